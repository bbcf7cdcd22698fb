package org.meshwright.io.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.io.yaml.SectionSink.Section;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Bounds;
import org.meshwright.model.Classification;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Metadata;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Point;
import org.meshwright.model.Policies;
import org.meshwright.model.PolicySeverity;
import org.meshwright.model.Port;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Slo;
import org.meshwright.model.SourceMap;
import org.meshwright.model.Topology;

/**
 * Reads a mesh file (format version 1) into a {@link Mesh} with its {@link SourceMap}.
 * Everything the format calls a read error ends in a {@link MeshReadException} listing
 * each problem with file, line and column; references to missing elements are not read
 * errors (the rules report them). Thread-safe: it holds no state between reads.
 */
public final class MeshReader {

    /** Reads the file at {@code file}; the path as given names it in messages. */
    public MeshDocument read(Path file) throws MeshReadException {
        String name = file.toString();
        return read(bytesOf(file, name), name);
    }

    /**
     * The bytes of the file at {@code file}, with the same errors as {@link #read(Path)}: for
     * a caller that needs what was read as well as the mesh ({@code read(bytes, file.toString())}).
     */
    public byte[] readBytes(Path file) throws MeshReadException {
        return bytesOf(file, file.toString());
    }

    private static byte[] bytesOf(Path file, String name) throws MeshReadException {
        try {
            if (Files.isDirectory(file)) {
                throw single(name, "is a folder, not a mesh file; name a *.mesh.yaml file");
            }
            if (Files.size(file) > YamlSource.MAX_BYTES) {
                throw single(name, "the file is " + (Files.size(file) / (1024 * 1024))
                        + " MiB; mesh files are limited to 64 MiB. Split the mesh or remove large embedded text");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single(name, "no such file; check the path");
        } catch (AccessDeniedException e) {
            throw single(name, "permission denied; check that you may read the file");
        } catch (IOException e) {
            throw single(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a file's bytes; {@code fileName} names it in messages. */
    public MeshDocument read(byte[] bytes, String fileName) throws MeshReadException {
        YamlSource source = new YamlSource(fileName);
        return parse(source, source.utf8(bytes), bytes, null, fileName);
    }

    /** Reads a file's text; {@code fileName} names it in messages. */
    public MeshDocument read(String text, String fileName) throws MeshReadException {
        YamlSource source = new YamlSource(fileName);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // a lone surrogate has no UTF-8: SnakeYAML reports it
        byte[] utf8 = text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? null : text.getBytes(StandardCharsets.UTF_8);
        return parse(source, utf8, null, text, fileName);
    }

    private static MeshReadException single(String file, String message) {
        return new MeshReadException(new ReadError(file, 0, 0, message));
    }

    /**
     * Reads the mesh from a file's {@code utf8} bytes where the fast parser can ({@code null}:
     * it cannot), else from its text: the given {@code text}, or the decoded {@code bytes}.
     */
    private MeshDocument parse(YamlSource source, byte[] utf8, byte[] bytes, String text, String fileName)
            throws MeshReadException {
        Build streaming = new Build(new TreeReader(fileName), new SourceMap(), true);
        boolean fastParserGaveUp = true;
        try {
            YNode rest = utf8 == null ? null : source.parseFast(utf8, streaming);
            fastParserGaveUp = rest == null;
            Mesh mesh = rest == null ? null : streaming.mesh(rest);
            if (mesh != null && streaming.isComplete()) {
                return new MeshDocument(mesh, streaming.sourceMap, fileName);
            }
        } catch (TreeReader.TooManyErrors e) {
            // read again below
        }
        // The file has errors, or needs what only a whole tree gives (merge keys in the
        // layout): read it again from a whole tree, so that every problem is found and
        // reported as it always is.
        YNode root = fastParserGaveUp ? source.composeWithSnakeYaml(text != null ? text : source.decode(bytes))
                : source.parseFast(utf8, null);
        return fromTree(source, root, fileName);
    }

    /** Reads the mesh from the whole tree of a file ({@code null}: the file holds no document). */
    static MeshDocument fromTree(YamlSource source, YNode root, String fileName) throws MeshReadException {
        if (root == null) {
            throw source.error(1, 1, "the file holds no mesh; a mesh file starts with 'apiVersion: "
                    + MeshFields.API_VERSION + "' and 'kind: " + MeshFields.KIND + "'");
        }
        TreeReader reader = new TreeReader(fileName);
        SourceMap sourceMap = new SourceMap();
        Mesh mesh = null;
        try {
            mesh = new Build(reader, sourceMap, false).mesh(root);
        } catch (TreeReader.TooManyErrors e) {
            // the errors so far are reported below
        }
        if (!reader.errors.isEmpty() || mesh == null) {
            List<ReadError> errors = new ArrayList<>(reader.errors);
            errors.sort(Comparator.comparingInt(ReadError::line).thenComparingInt(ReadError::column));
            if (errors.size() >= TreeReader.MAX_ERRORS) {
                errors.add(new ReadError(fileName, 0, 0, "stopped after " + TreeReader.MAX_ERRORS
                        + " errors; fix these and read the file again"));
            }
            throw new MeshReadException(errors);
        }
        return new MeshDocument(mesh, sourceMap, fileName);
    }

    /**
     * One read: walks the tree once, building elements and recording positions. Streaming,
     * it takes the items of the large sections while the parser reads them (their lists are
     * empty in the tree it then walks), into a mesh made beforehand. Items then come in file
     * order rather than domains, nodes, links, layout: the same mesh for a file without
     * errors, but another choice of which of two duplicates is reported, so a streaming read
     * only counts where it finds no error.
     */
    private static final class Build implements SectionSink {
        private final TreeReader r;
        private final SourceMap sourceMap;
        /** The mesh the streamed items go to; {@code null} when not streaming. */
        private final Mesh streamed;
        private final java.util.Set<String> layoutNodeKeys = new java.util.HashSet<>();
        private final java.util.Set<String> layoutDomainKeys = new java.util.HashSet<>();
        private boolean needsTree;

        Build(TreeReader r, SourceMap sourceMap, boolean streaming) {
            this.r = r;
            this.sourceMap = sourceMap;
            this.streamed = streaming ? new Mesh(new Metadata("unnamed"), Topology.GOVERNED) : null;
        }

        /** Whether a streaming read found no error and needed no whole tree. */
        boolean isComplete() {
            return r.errors.isEmpty() && !needsTree;
        }

        @Override
        public void item(Section section, YNode item) {
            switch (section) {
                case DOMAINS -> domain(streamed, item);
                case NODES -> node(streamed, item);
                case LINKS -> link(streamed, item);
                default -> throw new IllegalArgumentException(section + " is a map");
            }
        }

        @Override
        public void entry(Section section, YNode.Entry entry) {
            YNode.Scalar key = (YNode.Scalar) entry.key(); // the fast parser's keys are scalars
            java.util.Set<String> keys = section == Section.LAYOUT_NODES ? layoutNodeKeys : layoutDomainKeys;
            if (key.isMergeKey() || !keys.add(key.value())) {
                needsTree = true; // merging, or a duplicate key to report
            } else if (section == Section.LAYOUT_NODES) {
                layoutNode(streamed, new TreeReader.Field(key, entry.value()));
            } else {
                layoutDomain(streamed, new TreeReader.Field(key, entry.value()));
            }
        }

        Mesh mesh(YNode root) {
            TreeReader.Fields top = r.fields(root, "the mesh file", MeshFields.ROOT, true);
            if (top == null) {
                return null;
            }
            expectConstant(top, "apiVersion", MeshFields.API_VERSION);
            expectConstant(top, "kind", MeshFields.KIND);

            Metadata metadata = metadata(top);
            TreeReader.Fields spec = required(top, "spec", MeshFields.SPEC, "the mesh file");
            Topology topology = null;
            if (spec != null) {
                YNode topologyNode = spec.value("topology");
                if (topologyNode == null || TreeReader.isNull(topologyNode)) {
                    r.error(topologyNode != null ? topologyNode : spec.node,
                            "'spec' has no 'topology'; use one of governed, harmonized, federated");
                } else {
                    topology = r.keyword(topologyNode, Topology.class, "topology");
                    sourceMap.put(ElementRef.MESH, TreeReader.position(topologyNode));
                }
            }
            if (metadata == null || topology == null) {
                // keep reading the rest for its errors, on a stand-in mesh
                metadata = metadata != null ? metadata : new Metadata("unnamed");
                topology = topology != null ? topology : Topology.GOVERNED;
            }
            Mesh mesh = streamed != null ? streamed : new Mesh(metadata, topology);
            mesh.setMetadata(metadata);
            mesh.setTopology(topology);
            mesh.setExtensions(r.extensions(top));
            if (spec != null) {
                mesh.setSpecExtensions(r.extensions(spec));
                for (YNode item : list(spec, "domains")) {
                    domain(mesh, item);
                }
                for (YNode item : list(spec, "nodes")) {
                    node(mesh, item);
                }
                for (YNode item : list(spec, "links")) {
                    link(mesh, item);
                }
                if (spec.has("policies")) {
                    mesh.setPolicies(policies(spec.value("policies")));
                }
            }
            if (top.has("layout")) {
                layout(mesh, top.value("layout"));
            }
            return mesh;
        }

        private void expectConstant(TreeReader.Fields top, String field, String expected) {
            YNode node = top.value(field);
            if (node == null) {
                r.error(top.node, "the file has no '" + field + "'; a mesh file starts with 'apiVersion: "
                        + MeshFields.API_VERSION + "' and 'kind: " + MeshFields.KIND + "'");
                return;
            }
            String value = r.string(node, field);
            if (!expected.equals(value)) {
                r.error(node, "'" + field + "' is " + (value == null ? "empty" : "'" + TreeReader.abbreviate(value) + "'")
                        + "; this version of Meshwright reads '" + field + ": " + expected + "'");
            }
        }

        private TreeReader.Fields required(TreeReader.Fields parent, String field, List<String> known, String where) {
            YNode node = parent.value(field);
            if (node == null) {
                r.error(parent.node, where + " has no '" + field + "'; add it");
                return null;
            }
            return r.fields(node, "'" + field + "'", known, true);
        }

        private List<YNode> list(TreeReader.Fields parent, String field) {
            YNode node = parent.value(field);
            if (node == null) {
                return List.of();
            }
            List<YNode> items = r.items(node, "'spec." + field + "'");
            return items == null ? List.of() : items;
        }

        private Metadata metadata(TreeReader.Fields top) {
            TreeReader.Fields f = required(top, "metadata", MeshFields.METADATA, "the mesh file");
            if (f == null) {
                return null;
            }
            String name = r.requiredId(f, "name", "'metadata'");
            if (name == null) {
                return null;
            }
            return new Metadata(name, r.string(f.value("title"), "title"), r.string(f.value("description"), "description"),
                    r.string(f.value("owner"), "owner"), r.extensions(f));
        }

        /** Claims a domain or node id; false (and an error) where another element has it. */
        private boolean claimId(Mesh mesh, String id, YNode definition) {
            if (mesh.isIdTaken(id)) {
                int line = Math.max(sourceMap.lineOf(ElementRef.domain(id)), sourceMap.lineOf(ElementRef.node(id)));
                r.error(definition, "duplicate id '" + id + "': already used at line " + line
                        + "; ids must be unique among domains and nodes");
                return false;
            }
            return true;
        }

        private void domain(Mesh mesh, YNode item) {
            TreeReader.Fields f = r.fields(item, "a domain", MeshFields.DOMAIN, true);
            if (f == null) {
                return;
            }
            String id = r.requiredId(f, "id", "a domain");
            String name = r.string(f.value("name"), "name");
            String owner = r.string(f.value("owner"), "owner");
            String description = r.string(f.value("description"), "description");
            String platform = r.id(f.value("platform"), "platform");
            var extensions = r.extensions(f);
            if (id == null || !claimId(mesh, id, f.value("id"))) {
                return;
            }
            sourceMap.put(ElementRef.domain(id), TreeReader.position(item));
            build(item, () -> mesh.addDomain(new Domain(id, name, owner, description, platform, extensions)));
        }

        private void node(Mesh mesh, YNode item) {
            TreeReader.Fields f = r.fields(item, "a node", MeshFields.NODE, true);
            if (f == null) {
                return;
            }
            String id = r.requiredId(f, "id", "a node");
            YNode kindNode = f.value("kind");
            NodeKind kind = null;
            if (kindNode == null || TreeReader.isNull(kindNode)) {
                r.error(kindNode != null ? kindNode : item, "node " + (id == null ? "" : "'" + id + "' ")
                        + "has no 'kind'; use one of " + String.join(", ", org.meshwright.model.Keyword.keywords(NodeKind.class)));
            } else {
                kind = r.keyword(kindNode, NodeKind.class, "kind");
            }
            if (kind != null && kind != NodeKind.DATA_PRODUCT) {
                for (String field : MeshFields.DATA_PRODUCT_ONLY) {
                    TreeReader.Field present = f.get(field);
                    if (present != null) {
                        r.error(present.key(), "'" + field + "' belongs to data products only; node '"
                                + (id == null ? "?" : id) + "' is a " + kind.keyword()
                                + " (remove the field or make the node a data-product)");
                    }
                }
            }
            MeshNode.Builder b = MeshNode.builder(id, kind)
                    .name(r.string(f.value("name"), "name"))
                    .domain(r.id(f.value("domain"), "domain"))
                    .archetype(r.keyword(f.value("archetype"), Archetype.class, "archetype"))
                    .owner(r.string(f.value("owner"), "owner"))
                    .status(r.keyword(f.value("status"), NodeStatus.class, "status"))
                    .classification(r.keyword(f.value("classification"), Classification.class, "classification"))
                    .pii(r.flag(f.value("pii"), "pii"))
                    .deidentified(r.flag(f.value("deidentified"), "deidentified"))
                    .description(r.string(f.value("description"), "description"))
                    .tags(r.strings(f.value("tags"), "tags"))
                    .version(r.string(f.value("version"), "version"))
                    .outputPorts(ports(id, f.value("outputPorts")))
                    .slo(slo(f.value("slo")))
                    .extensions(r.extensions(f));
            if (id == null || kind == null || !claimId(mesh, id, f.value("id"))) {
                return;
            }
            sourceMap.put(ElementRef.node(id), TreeReader.position(item));
            if (kind != NodeKind.DATA_PRODUCT) {
                b.archetype(null).deidentified(false).version(null).outputPorts(List.of()).slo(null);
            }
            build(item, () -> mesh.addNode(b.build()));
        }

        private List<Port> ports(String productId, YNode node) {
            if (node == null) {
                return List.of();
            }
            List<YNode> items = r.items(node, "'outputPorts'");
            if (items == null) {
                return List.of();
            }
            List<Port> ports = new ArrayList<>();
            Map<String, YNode> seen = new HashMap<>();
            for (YNode item : items) {
                TreeReader.Fields f = r.fields(item, "an output port", MeshFields.PORT, true);
                if (f == null) {
                    continue;
                }
                String id = r.requiredId(f, "id", "an output port");
                String type = r.string(f.value("type"), "type");
                String format = r.string(f.value("format"), "format");
                String contract = r.id(f.value("contract"), "contract");
                var extensions = r.extensions(f);
                if (id == null) {
                    continue;
                }
                YNode previous = seen.putIfAbsent(id, f.value("id"));
                if (previous != null) {
                    r.error(f.value("id"), "duplicate port id '" + id + "' (first at line " + TreeReader.line(previous)
                            + "); port ids must be unique within their data product");
                    continue;
                }
                if (productId != null) {
                    sourceMap.put(ElementRef.port(productId, id), TreeReader.position(item));
                }
                ports.add(new Port(id, type, format, contract, extensions));
            }
            return ports;
        }

        private Slo slo(YNode node) {
            if (node == null || TreeReader.isNull(node)) {
                return null;
            }
            TreeReader.Fields f = r.fields(node, "'slo'", MeshFields.SLO, true);
            if (f == null) {
                return null;
            }
            Double availability = r.number(f.value("availability"), "availability");
            if (availability != null && (availability < 0 || availability > 100)) {
                r.error(f.value("availability"), "'availability' is a percentage from 0 to 100 (e.g. 99.9), found "
                        + TreeReader.describe(f.value("availability")));
                availability = null;
            }
            String freshness = r.string(f.value("freshness"), "freshness");
            if (freshness != null && !Slo.isDuration(freshness)) {
                r.error(f.value("freshness"), "'freshness' must be an ISO-8601 duration such as PT15M, PT1H or P1D, found "
                        + TreeReader.describe(f.value("freshness")));
                freshness = null;
            }
            return new Slo(availability, freshness, r.extensions(f));
        }

        private void link(Mesh mesh, YNode item) {
            TreeReader.Fields f = r.fields(item, "a link", MeshFields.LINK, true);
            if (f == null) {
                return;
            }
            String from = r.requiredId(f, "from", "a link");
            String to = r.requiredId(f, "to", "a link");
            String id = r.id(f.value("id"), "id");
            Link.Builder b = Link.builder(from, to)
                    .id(id)
                    .fromPort(r.id(f.value("fromPort"), "fromPort"))
                    .via(r.ids(f.value("via"), "via"))
                    .contract(r.id(f.value("contract"), "contract"))
                    .anonymized(r.flag(f.value("anonymized"), "anonymized"))
                    .purpose(r.string(f.value("purpose"), "purpose"))
                    .description(r.string(f.value("description"), "description"))
                    .extensions(r.extensions(f));
            AccessMode accessMode = r.keyword(f.value("accessMode"), AccessMode.class, "accessMode");
            LinkStatus status = r.keyword(f.value("status"), LinkStatus.class, "status");
            if (accessMode != null) {
                b.accessMode(accessMode);
            }
            if (status != null) {
                b.status(status);
            }
            if (from == null || to == null || (f.has("id") && id == null)) {
                return;
            }
            String effectiveId = id != null ? id : org.meshwright.model.Ids.defaultLinkId(from, to);
            if (mesh.link(effectiveId) != null) {
                int previous = sourceMap.lineOf(ElementRef.link(effectiveId));
                r.error(item, id != null
                        ? "duplicate link id '" + id + "' (first at line " + previous + "); link ids must be unique"
                        : "a second link from '" + from + "' to '" + to + "' (the first at line " + previous
                                + "); two links between the same pair need an explicit 'id' each");
                return;
            }
            sourceMap.put(ElementRef.link(effectiveId), TreeReader.position(item));
            build(item, () -> mesh.addLink(b.build()));
        }

        private Policies policies(YNode node) {
            TreeReader.Fields f = r.fields(node, "'policies'", MeshFields.POLICIES, true);
            if (f == null) {
                return Policies.NONE;
            }
            Map<String, PolicySeverity> severities = new LinkedHashMap<>();
            YNode severitiesNode = f.value("severities");
            List<TreeReader.Field> entries = severitiesNode == null ? List.of()
                    : r.entries(severitiesNode, "'policies.severities'");
            for (TreeReader.Field entry : entries == null ? List.<TreeReader.Field>of() : entries) {
                String rule = entry.key().value();
                if (!RuleIds.isKnown(rule)) {
                    String hint = Suggestions.nearest(rule, RuleIds.ALL).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; see the rule catalogue for the ids");
                    r.error(entry.key(), "unknown rule id '" + TreeReader.abbreviate(rule) + "' under policies.severities" + hint);
                    continue;
                }
                PolicySeverity severity = r.keyword(entry.value(), PolicySeverity.class, "severity");
                if (severity == null && TreeReader.isNull(entry.value())) {
                    r.error(entry.value(), "rule '" + rule + "' has no severity; use one of error, warning, info, off");
                }
                if (severity != null) {
                    severities.put(rule, severity);
                }
            }
            return new Policies(severities, r.extensions(f));
        }

        private void layout(Mesh mesh, YNode node) {
            if (TreeReader.isNull(node)) {
                return;
            }
            TreeReader.Fields f = r.fields(node, "'layout'", MeshFields.LAYOUT, true);
            if (f == null) {
                return;
            }
            mesh.diagram().setExtensions(r.extensions(f));
            List<TreeReader.Field> nodes = f.has("nodes") ? r.entries(f.value("nodes"), "'layout.nodes'") : List.of();
            for (TreeReader.Field entry : nodes == null ? List.<TreeReader.Field>of() : nodes) {
                layoutNode(mesh, entry);
            }
            List<TreeReader.Field> domains = f.has("domains") ? r.entries(f.value("domains"), "'layout.domains'") : List.of();
            for (TreeReader.Field entry : domains == null ? List.<TreeReader.Field>of() : domains) {
                layoutDomain(mesh, entry);
            }
        }

        private void layoutNode(Mesh mesh, TreeReader.Field entry) {
            String key = r.id(entry.key(), "layout.nodes key");
            TreeReader.Fields p = r.fields(entry.value(), "the position of '" + TreeReader.abbreviate(entry.key().value()) + "'",
                    MeshFields.POSITION, false);
            if (key == null || p == null) {
                return;
            }
            Double x = coordinate(p, "x", key);
            Double y = coordinate(p, "y", key);
            if (x != null && y != null) {
                sourceMap.put(ElementRef.layoutNode(key), TreeReader.position(entry.key()));
                mesh.diagram().setPosition(key, new Point(x, y));
            }
        }

        private void layoutDomain(Mesh mesh, TreeReader.Field entry) {
            String key = r.id(entry.key(), "layout.domains key");
            TreeReader.Fields b = r.fields(entry.value(), "the bounds of '" + TreeReader.abbreviate(entry.key().value()) + "'",
                    MeshFields.BOUNDS, false);
            if (key == null || b == null) {
                return;
            }
            Double x = coordinate(b, "x", key);
            Double y = coordinate(b, "y", key);
            Double w = size(b, "width", key);
            Double h = size(b, "height", key);
            if (x != null && y != null && w != null && h != null) {
                sourceMap.put(ElementRef.layoutDomain(key), TreeReader.position(entry.key()));
                mesh.diagram().setBounds(key, new Bounds(x, y, w, h));
            }
        }

        private Double coordinate(TreeReader.Fields f, String field, String key) {
            YNode node = f.value(field);
            if (node == null || TreeReader.isNull(node)) {
                r.error(node != null ? node : f.node, "the layout entry of '" + key + "' has no '" + field + "'; add it");
                return null;
            }
            return r.number(node, field);
        }

        private Double size(TreeReader.Fields f, String field, String key) {
            Double value = coordinate(f, field, key);
            if (value != null && value < 0) {
                r.error(f.value(field), "'" + field + "' of '" + key + "' must not be negative");
                return null;
            }
            return value;
        }

        /** Adds an element; a model invariant the checks above missed becomes a read error. */
        private void build(YNode at, Runnable add) {
            try {
                add.run();
            } catch (IllegalArgumentException | NullPointerException e) {
                r.error(at, String.valueOf(e.getMessage()));
            }
        }
    }
}
