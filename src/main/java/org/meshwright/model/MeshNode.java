package org.meshwright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of the mesh: a data product, source system, consumer, hub, platform, governance
 * service, anonymizer or virtualization service. Immutable; change it through
 * {@link #toBuilder()}.
 *
 * <p>Invariants: the id is valid; {@code archetype}, {@code deidentified}, {@code version},
 * {@code outputPorts} and {@code slo} are set on data products only; port ids are unique
 * within the node; an empty {@code slo} is {@code null}; a name equal to the id is
 * {@code null} (the default).
 */
public record MeshNode(
        String id,
        NodeKind kind,
        String name,
        String domain,
        Archetype archetype,
        String owner,
        NodeStatus status,
        Classification classification,
        boolean pii,
        boolean deidentified,
        String description,
        List<String> tags,
        String version,
        List<Port> outputPorts,
        Slo slo,
        Map<String, Object> extensions) {

    public MeshNode {
        Ids.require(id, "node id");
        Objects.requireNonNull(kind, "kind");
        Ids.optional(domain, "domain");
        if (id.equals(name)) {
            name = null;
        }
        status = status == null ? NodeStatus.ACTIVE : status;
        classification = classification == null ? Classification.INTERNAL : classification;
        tags = tags == null ? List.of() : List.copyOf(tags);
        outputPorts = outputPorts == null ? List.of() : List.copyOf(outputPorts);
        if (slo != null && slo.isEmpty()) {
            slo = null;
        }
        extensions = Extensions.copyOf(extensions);
        if (kind != NodeKind.DATA_PRODUCT) {
            if (archetype != null || deidentified || version != null || !outputPorts.isEmpty() || slo != null) {
                throw new IllegalArgumentException("node '" + id + "' is a " + kind.keyword()
                        + ": archetype, deidentified, version, outputPorts and slo belong to data products only");
            }
        }
        var portIds = new java.util.HashSet<String>();
        for (Port port : outputPorts) {
            if (!portIds.add(port.id())) {
                throw new IllegalArgumentException("node '" + id + "' has two ports with id '" + port.id() + "'");
            }
        }
    }

    public static Builder builder(String id, NodeKind kind) {
        return new Builder(id, kind);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The name, or the id where there is none. */
    public String displayName() {
        return name != null ? name : id;
    }

    public boolean isDataProduct() {
        return kind == NodeKind.DATA_PRODUCT;
    }

    /** The output port with this id, or {@code null}. */
    public Port port(String portId) {
        for (Port port : outputPorts) {
            if (port.id().equals(portId)) {
                return port;
            }
        }
        return null;
    }

    /** Builds a {@link MeshNode}; every field starts at its default. */
    public static final class Builder {
        private String id;
        private NodeKind kind;
        private String name;
        private String domain;
        private Archetype archetype;
        private String owner;
        private NodeStatus status = NodeStatus.ACTIVE;
        private Classification classification = Classification.INTERNAL;
        private boolean pii;
        private boolean deidentified;
        private String description;
        private List<String> tags = new ArrayList<>();
        private String version;
        private List<Port> outputPorts = new ArrayList<>();
        private Slo slo;
        private Map<String, Object> extensions = new LinkedHashMap<>();

        private Builder(String id, NodeKind kind) {
            this.id = id;
            this.kind = kind;
        }

        private Builder(MeshNode n) {
            this(n.id, n.kind);
            name = n.name;
            domain = n.domain;
            archetype = n.archetype;
            owner = n.owner;
            status = n.status;
            classification = n.classification;
            pii = n.pii;
            deidentified = n.deidentified;
            description = n.description;
            tags = new ArrayList<>(n.tags);
            version = n.version;
            outputPorts = new ArrayList<>(n.outputPorts);
            slo = n.slo;
            extensions = new LinkedHashMap<>(n.extensions);
        }

        public Builder id(String v) { id = v; return this; }
        public Builder kind(NodeKind v) { kind = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder domain(String v) { domain = v; return this; }
        public Builder archetype(Archetype v) { archetype = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder status(NodeStatus v) { status = v; return this; }
        public Builder classification(Classification v) { classification = v; return this; }
        public Builder pii(boolean v) { pii = v; return this; }
        public Builder deidentified(boolean v) { deidentified = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder tags(List<String> v) { tags = new ArrayList<>(v); return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder outputPorts(List<Port> v) { outputPorts = new ArrayList<>(v); return this; }
        public Builder addPort(Port v) { outputPorts.add(v); return this; }
        public Builder slo(Slo v) { slo = v; return this; }
        public Builder extensions(Map<String, Object> v) { extensions = new LinkedHashMap<>(v); return this; }

        public MeshNode build() {
            return new MeshNode(id, kind, name, domain, archetype, owner, status, classification, pii,
                    deidentified, description, tags, version, outputPorts, slo, extensions);
        }
    }
}
