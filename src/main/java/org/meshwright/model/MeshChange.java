package org.meshwright.model;

/**
 * One change to a {@link Mesh} or its {@link Diagram}, as announced to a
 * {@link MeshListener}. Each record holds the state before and after, so a listener can
 * refresh only what changed.
 */
public sealed interface MeshChange {

    record MetadataChanged(Metadata before, Metadata after) implements MeshChange {
    }

    record TopologyChanged(Topology before, Topology after) implements MeshChange {
    }

    record PoliciesChanged(Policies before, Policies after) implements MeshChange {
    }

    /** The extension fields of the root, of {@code spec} or of {@code layout} changed. */
    record ExtensionsChanged(String section) implements MeshChange {
    }

    record DomainAdded(int index, Domain domain) implements MeshChange {
    }

    record DomainRemoved(int index, Domain domain) implements MeshChange {
    }

    record DomainReplaced(Domain before, Domain after) implements MeshChange {
    }

    record NodeAdded(int index, MeshNode node) implements MeshChange {
    }

    record NodeRemoved(int index, MeshNode node) implements MeshChange {
    }

    record NodeReplaced(MeshNode before, MeshNode after) implements MeshChange {
    }

    record LinkAdded(int index, Link link) implements MeshChange {
    }

    record LinkRemoved(int index, Link link) implements MeshChange {
    }

    record LinkReplaced(Link before, Link after) implements MeshChange {
    }

    /** A node's position was set, moved or cleared ({@code null} for none). */
    record PositionChanged(String nodeId, Point before, Point after) implements MeshChange {
    }

    /** A domain's bounds were set, changed or cleared ({@code null} for none). */
    record BoundsChanged(String domainId, Bounds before, Bounds after) implements MeshChange {
    }
}
