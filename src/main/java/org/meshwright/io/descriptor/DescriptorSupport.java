package org.meshwright.io.descriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.io.AtomicFiles;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;

/**
 * What the descriptor exporters share: a deterministic YAML writer and a few look-ups on
 * the mesh. Every string value is written double-quoted, so that YAML 1.1 and 1.2 readers
 * alike read {@code "no"}, {@code "1.0"} or {@code "null"} as strings; numbers and
 * booleans are written plain. No document start marker; keys keep insertion order.
 */
final class DescriptorSupport {

    /** The version given to a data product that has none. */
    static final String DEFAULT_VERSION = "1.0.0";

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private DescriptorSupport() {
    }

    /** The YAML text of {@code document} (maps, lists, strings, numbers, booleans). */
    static String yaml(Map<String, Object> document) {
        try {
            return YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code folder} when missing and writes each document into it, atomically. */
    static void writeAll(Map<String, String> documents, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> e : documents.entrySet()) {
            Path target = folder.resolve(e.getKey());
            if (!target.normalize().getParent().equals(folder.normalize())) {
                throw new IOException("refusing to write outside " + folder + ": " + e.getKey());
            }
            AtomicFiles.write(target, e.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }

    /** Puts the entry unless the value is null, a blank string or an empty collection. */
    static void put(Map<String, Object> map, String key, Object value) {
        if (value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof List<?> l && l.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty())) {
            return;
        }
        map.put(key, value);
    }

    /** An ODPS/ODCS custom property {@code {property, value}}. */
    static Map<String, Object> customProperty(String property, Object value) {
        Map<String, Object> p = map();
        p.put("property", property);
        p.put("value", value);
        return p;
    }

    static List<MeshNode> dataProducts(Mesh mesh) {
        List<MeshNode> products = new ArrayList<>();
        for (MeshNode n : mesh.nodes()) {
            if (n.kind() == NodeKind.DATA_PRODUCT) {
                products.add(n);
            }
        }
        return products;
    }

    /** The node's owner, or its domain's owner where it has none, or null. */
    static String owner(Mesh mesh, MeshNode node) {
        if (node.owner() != null && !node.owner().isBlank()) {
            return node.owner();
        }
        Domain d = node.domain() == null ? null : mesh.domain(node.domain());
        return d == null ? null : d.owner();
    }

    /** The product version, or {@link #DEFAULT_VERSION}. */
    static String version(MeshNode node) {
        return node != null && node.version() != null && !node.version().isBlank()
                ? node.version() : DEFAULT_VERSION;
    }

    static Port port(MeshNode node, String portId) {
        if (node == null || portId == null) {
            return null;
        }
        for (Port p : node.outputPorts()) {
            if (p.id().equals(portId)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The contract of a link: its own, else the one on the provider's port it reads (its
     * {@code fromPort}, or the provider's only port where it names none), else null.
     */
    static String contract(Mesh mesh, Link link) {
        if (link.contract() != null) {
            return link.contract();
        }
        MeshNode provider = mesh.node(link.from());
        Port p = link.fromPort() != null ? port(provider, link.fromPort())
                : provider != null && provider.outputPorts().size() == 1 ? provider.outputPorts().get(0) : null;
        return p == null ? null : p.contract();
    }

    /** The links into {@code nodeId}, in model order. */
    static List<Link> linksInto(Mesh mesh, String nodeId) {
        List<Link> in = new ArrayList<>();
        for (Link l : mesh.links()) {
            if (l.to().equals(nodeId)) {
                in.add(l);
            }
        }
        return in;
    }
}
