package org.meshwright.edit;

import java.util.Objects;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Metadata;
import org.meshwright.model.Point;
import org.meshwright.model.Policies;
import org.meshwright.model.Topology;

/**
 * One elementary change with its state before and after, the building block of the commands
 * that {@link Edits} makes. Removals keep the index they removed from, so that a revert puts
 * the element back in its place.
 */
sealed interface Step {

    void apply(Mesh mesh);

    void revert(Mesh mesh);

    /** Whether the step changes nothing (such steps are left out of commands). */
    default boolean isNoOp() {
        return false;
    }

    // ---- domains ---------------------------------------------------------------------------

    record AddDomain(int index, Domain domain) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.addDomain(index, domain);
        }

        @Override
        public void revert(Mesh mesh) {
            removeAt(mesh.indexOfDomain(domain.id()), index, domain.id());
            mesh.removeDomain(domain.id());
        }
    }

    record RemoveDomain(int index, Domain domain) implements Step {
        @Override
        public void apply(Mesh mesh) {
            removeAt(mesh.indexOfDomain(domain.id()), index, domain.id());
            mesh.removeDomain(domain.id());
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.addDomain(index, domain);
        }
    }

    record ReplaceDomain(Domain before, Domain after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.replaceDomain(before.id(), after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.replaceDomain(after.id(), before);
        }

        @Override
        public boolean isNoOp() {
            return before.equals(after);
        }
    }

    // ---- nodes -----------------------------------------------------------------------------

    record AddNode(int index, MeshNode node) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.addNode(index, node);
        }

        @Override
        public void revert(Mesh mesh) {
            removeAt(mesh.indexOfNode(node.id()), index, node.id());
            mesh.removeNode(node.id());
        }
    }

    record RemoveNode(int index, MeshNode node) implements Step {
        @Override
        public void apply(Mesh mesh) {
            removeAt(mesh.indexOfNode(node.id()), index, node.id());
            mesh.removeNode(node.id());
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.addNode(index, node);
        }
    }

    record ReplaceNode(MeshNode before, MeshNode after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.replaceNode(before.id(), after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.replaceNode(after.id(), before);
        }

        @Override
        public boolean isNoOp() {
            return before.equals(after);
        }
    }

    // ---- links -----------------------------------------------------------------------------

    record AddLink(int index, Link link) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.addLink(index, link);
        }

        @Override
        public void revert(Mesh mesh) {
            removeAt(mesh.indexOfLink(link.effectiveId()), index, link.effectiveId());
            mesh.removeLink(link.effectiveId());
        }
    }

    record RemoveLink(int index, Link link) implements Step {
        @Override
        public void apply(Mesh mesh) {
            removeAt(mesh.indexOfLink(link.effectiveId()), index, link.effectiveId());
            mesh.removeLink(link.effectiveId());
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.addLink(index, link);
        }
    }

    record ReplaceLink(Link before, Link after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.replaceLink(before.effectiveId(), after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.replaceLink(after.effectiveId(), before);
        }

        @Override
        public boolean isNoOp() {
            return before.equals(after);
        }
    }

    // ---- diagram ---------------------------------------------------------------------------

    /** Sets, moves or (to {@code null}) clears the position under a node id. */
    record SetPosition(String nodeId, Point before, Point after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.diagram().setPosition(nodeId, after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.diagram().setPosition(nodeId, before);
        }

        @Override
        public boolean isNoOp() {
            return Objects.equals(before, after);
        }
    }

    /** Sets, changes or (to {@code null}) clears the bounds under a domain id. */
    record SetBounds(String domainId, Bounds before, Bounds after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.diagram().setBounds(domainId, after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.diagram().setBounds(domainId, before);
        }

        @Override
        public boolean isNoOp() {
            return Objects.equals(before, after);
        }
    }

    // ---- whole mesh ------------------------------------------------------------------------

    record SetTopology(Topology before, Topology after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.setTopology(after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.setTopology(before);
        }

        @Override
        public boolean isNoOp() {
            return before == after;
        }
    }

    record SetMetadata(Metadata before, Metadata after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.setMetadata(after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.setMetadata(before);
        }

        @Override
        public boolean isNoOp() {
            return before.equals(after);
        }
    }

    record SetPolicies(Policies before, Policies after) implements Step {
        @Override
        public void apply(Mesh mesh) {
            mesh.setPolicies(after);
        }

        @Override
        public void revert(Mesh mesh) {
            mesh.setPolicies(before);
        }

        @Override
        public boolean isNoOp() {
            return before.equals(after);
        }
    }

    /**
     * Refuses to remove an element that is not where the command expects it: the command was
     * made for another state of the mesh, and going on would make its revert inexact.
     */
    private static void removeAt(int actual, int expected, String id) {
        if (actual != expected) {
            throw new IllegalStateException("'" + id + "' is at index " + actual + ", expected " + expected
                    + ": the command was made for another state of the mesh");
        }
    }
}
