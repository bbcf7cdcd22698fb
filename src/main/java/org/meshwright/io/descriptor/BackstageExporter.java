package org.meshwright.io.descriptor;

import static org.meshwright.io.descriptor.DescriptorSupport.map;
import static org.meshwright.io.descriptor.DescriptorSupport.put;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.meshwright.io.AtomicFiles;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;

/**
 * Writes a mesh as one multi-document Backstage {@code catalog-info.yaml}: per domain a
 * {@code Domain} and a {@code System} of the same name in it; per data product a
 * {@code Component} of type {@code data-product} that {@code dependsOn} its providers; a
 * {@code Resource} per source system, platform and hub; a {@code Group} of type
 * {@code team} per owner. Every entity passes Backstage's own validators and every
 * reference names an entity of the same file.
 *
 * <p>Entity names are the mesh ids (valid Backstage names by the format's id pattern);
 * owners become valid, distinct group names ({@link BackstageNames#distinctNames}) with the
 * original text as title; elements without an owner (a node inherits its domain's) are
 * owned by group {@code unowned}. Tags are made valid tags. Status, archetype,
 * classification and personal data go to {@code meshwright.org/} labels; version, SLOs,
 * output ports and inputs to {@code meshwright.org/} annotations. Consumers, governance
 * services, anonymizers and virtualization services have no entity. Documents in model
 * order (domains, then nodes), then the groups by name; the same mesh gives the same bytes.
 */
public final class BackstageExporter {

    /** The file name Backstage looks for. */
    public static final String FILE_NAME = "catalog-info.yaml";
    /** The group that owns what names no owner. */
    public static final String UNOWNED = "unowned";

    static final String API_VERSION = "backstage.io/v1alpha1";
    static final String PREFIX = "meshwright.org/";

    /** Writes the catalog to {@code out}; flushes but does not close it. */
    public void write(Mesh mesh, Writer out) throws IOException {
        out.write(catalog(mesh));
        out.flush();
    }

    /** Writes the catalog to {@code target} in UTF-8, atomically. */
    public void write(Mesh mesh, Path target) throws IOException {
        AtomicFiles.write(target, catalog(mesh).getBytes(StandardCharsets.UTF_8));
    }

    /** The catalog: YAML documents separated by {@code ---} lines; empty for an empty mesh. */
    public String catalog(Mesh mesh) {
        StringBuilder b = new StringBuilder(4096);
        for (Map<String, Object> entity : entities(mesh)) {
            if (b.length() > 0) {
                b.append("---\n");
            }
            b.append(DescriptorSupport.yaml(entity));
        }
        return b.toString();
    }

    /** The entities of the catalog, in file order. */
    List<Map<String, Object>> entities(Mesh mesh) {
        Owners owners = new Owners(mesh);
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Domain domain : mesh.domains()) {
            entities.add(domain(mesh, owners, domain, "Domain"));
            entities.add(domain(mesh, owners, domain, "System"));
        }
        for (MeshNode node : mesh.nodes()) {
            switch (node.kind()) {
                case DATA_PRODUCT -> entities.add(component(mesh, owners, node));
                case SOURCE_SYSTEM, PLATFORM, HUB -> entities.add(resource(mesh, owners, node));
                default -> {
                    // consumers, governance, anonymizers and virtualization have no Backstage kind here
                }
            }
        }
        for (Map.Entry<String, String> group : owners.used().entrySet()) {
            entities.add(group(mesh, group.getKey(), group.getValue()));
        }
        return entities;
    }

    private static Map<String, Object> domain(Mesh mesh, Owners owners, Domain domain, String kind) {
        Map<String, Object> labels = labels(mesh);
        put(labels, PREFIX + "platform", domain.platform());
        Map<String, Object> spec = map();
        spec.put("owner", "group:" + owners.use(domain.owner()));
        if (kind.equals("System")) {
            spec.put("domain", "domain:" + domain.id());
        }
        return entity(kind, metadata(domain.id(), domain.name(), domain.description(), labels, map(), List.of()), spec);
    }

    private static Map<String, Object> component(Mesh mesh, Owners owners, MeshNode product) {
        Map<String, Object> labels = labels(mesh);
        labels.put(PREFIX + "status", product.status().keyword());
        if (product.archetype() != null) {
            labels.put(PREFIX + "archetype", product.archetype().keyword());
        }
        labels.put(PREFIX + "classification", product.classification().keyword());
        labels.put(PREFIX + "personal-data", Boolean.toString(product.pii()));
        labels.put(PREFIX + "deidentified", Boolean.toString(product.deidentified()));

        Map<String, Object> annotations = map();
        put(annotations, PREFIX + "version", product.version());
        Slo slo = product.slo();
        if (slo != null && slo.availability() != null) {
            annotations.put(PREFIX + "slo-availability", BigDecimal.valueOf(slo.availability())
                    .stripTrailingZeros().toPlainString());
        }
        if (slo != null) {
            put(annotations, PREFIX + "slo-freshness", slo.freshness());
        }
        put(annotations, PREFIX + "output-ports", outputPorts(product));
        List<String> dependsOn = new ArrayList<>();
        put(annotations, PREFIX + "inputs", inputs(mesh, product, dependsOn));

        Map<String, Object> spec = map();
        spec.put("type", NodeKind.DATA_PRODUCT.keyword());
        spec.put("lifecycle", lifecycle(product.status()));
        spec.put("owner", "group:" + owners.use(owners.of(product)));
        putSystem(mesh, spec, product);
        put(spec, "dependsOn", dependsOn);
        return entity("Component", metadata(product.id(), product.name(), product.description(), labels,
                annotations, product.tags()), spec);
    }

    private static Map<String, Object> resource(Mesh mesh, Owners owners, MeshNode node) {
        Map<String, Object> labels = labels(mesh);
        labels.put(PREFIX + "status", node.status().keyword());
        labels.put(PREFIX + "classification", node.classification().keyword());
        labels.put(PREFIX + "personal-data", Boolean.toString(node.pii()));
        Map<String, Object> spec = map();
        spec.put("type", node.kind().keyword());
        spec.put("owner", "group:" + owners.use(owners.of(node)));
        putSystem(mesh, spec, node);
        return entity("Resource", metadata(node.id(), node.name(), node.description(), labels, map(), node.tags()),
                spec);
    }

    private static Map<String, Object> group(Mesh mesh, String name, String owner) {
        Map<String, Object> spec = map();
        spec.put("type", "team");
        Map<String, Object> profile = map();
        profile.put("displayName", owner);
        spec.put("profile", profile);
        spec.put("children", List.of());
        String description = owner.equals(UNOWNED) ? "Owns the elements of the mesh that name no owner." : null;
        return entity("Group", metadata(name, owner, description, labels(mesh), map(), List.of()), spec);
    }

    /** A node's system: its domain's, where the domain is declared (an unknown one has no entity). */
    private static void putSystem(Mesh mesh, Map<String, Object> spec, MeshNode node) {
        if (node.domain() != null && mesh.domain(node.domain()) != null) {
            spec.put("system", "system:" + node.domain());
        }
    }

    /** Backstage's well-known lifecycles; the exact status stays in a label. */
    static String lifecycle(NodeStatus status) {
        return switch (status) {
            case PROPOSED, DRAFT -> "experimental";
            case ACTIVE -> "production";
            case DEPRECATED, RETIRED -> "deprecated";
        };
    }

    /** One line per port: {@code id: type, format, contract C}. */
    private static String outputPorts(MeshNode product) {
        List<String> lines = new ArrayList<>();
        for (Port port : product.outputPorts()) {
            List<String> parts = new ArrayList<>();
            addIfSet(parts, "", port.type());
            addIfSet(parts, "", port.format());
            addIfSet(parts, "contract ", port.contract());
            lines.add(parts.isEmpty() ? port.id() : port.id() + ": " + String.join(", ", parts));
        }
        return String.join("\n", lines);
    }

    /**
     * One line per link into the product ({@code provider[.port] via a, b: mode, contract C,
     * anonymized, purpose: P}); collects in {@code dependsOn} the providers that are entities
     * of the catalog: data products and source systems.
     */
    private static String inputs(Mesh mesh, MeshNode product, List<String> dependsOn) {
        Set<String> refs = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (Link link : DescriptorSupport.linksInto(mesh, product.id())) {
            MeshNode provider = mesh.node(link.from());
            if (provider != null && provider.kind() == NodeKind.DATA_PRODUCT) {
                refs.add("component:" + provider.id());
            } else if (provider != null && provider.kind() == NodeKind.SOURCE_SYSTEM) {
                refs.add("resource:" + provider.id());
            }
            StringBuilder line = new StringBuilder(link.from());
            if (link.fromPort() != null) {
                line.append('.').append(link.fromPort());
            }
            if (!link.via().isEmpty()) {
                line.append(" via ").append(String.join(", ", link.via()));
            }
            List<String> parts = new ArrayList<>();
            parts.add(link.accessMode().keyword());
            addIfSet(parts, "contract ", DescriptorSupport.contract(mesh, link));
            if (link.anonymized()) {
                parts.add("anonymized");
            }
            addIfSet(parts, "purpose: ", link.purpose());
            lines.add(line + ": " + String.join(", ", parts));
        }
        dependsOn.addAll(refs);
        return String.join("\n", lines);
    }

    private static void addIfSet(List<String> parts, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(prefix + value);
        }
    }

    private static Map<String, Object> labels(Mesh mesh) {
        Map<String, Object> labels = map();
        labels.put(PREFIX + "mesh", mesh.metadata().name());
        return labels;
    }

    private static Map<String, Object> metadata(String name, String title, String description,
                                                Map<String, Object> labels, Map<String, Object> annotations,
                                                List<String> tags) {
        Map<String, Object> metadata = map();
        metadata.put("name", name);
        put(metadata, "title", title);
        put(metadata, "description", description);
        put(metadata, "labels", labels);
        put(metadata, "annotations", annotations);
        put(metadata, "tags", BackstageNames.tags(tags));
        return metadata;
    }

    private static Map<String, Object> entity(String kind, Map<String, Object> metadata, Map<String, Object> spec) {
        Map<String, Object> entity = map();
        entity.put("apiVersion", API_VERSION);
        entity.put("kind", kind);
        entity.put("metadata", metadata);
        entity.put("spec", spec);
        return entity;
    }

    /** The owners of the mesh as group names, and which of them the catalog uses. */
    private static final class Owners {
        private final Mesh mesh;
        private final Map<String, String> names;
        private final Map<String, String> used = new TreeMap<>();

        Owners(Mesh mesh) {
            this.mesh = mesh;
            Set<String> texts = new LinkedHashSet<>();
            texts.add(UNOWNED);
            for (Domain d : mesh.domains()) {
                texts.add(d.owner());
            }
            for (MeshNode n : mesh.nodes()) {
                texts.add(n.owner());
            }
            names = BackstageNames.distinctNames(texts, "team");
        }

        /** A node's owner: its own, else its domain's, else null. */
        String of(MeshNode node) {
            if (node.owner() != null && !node.owner().isBlank()) {
                return node.owner();
            }
            Domain d = node.domain() == null ? null : mesh.domain(node.domain());
            return d == null ? null : d.owner();
        }

        /** The group name of {@code owner} ({@code unowned} for none), noted as used. */
        String use(String owner) {
            String text = owner == null || owner.isBlank() ? UNOWNED : owner.strip();
            String name = names.get(text);
            used.put(name, text);
            return name;
        }

        /** Group name to original owner text, by name. */
        Map<String, String> used() {
            return used;
        }
    }
}
