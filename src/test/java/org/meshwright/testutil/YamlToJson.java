package org.meshwright.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns a YAML document into a Jackson tree the way an editor's YAML 1.2 tooling sees it,
 * so that JSON Schemas can be checked against YAML files. Plain scalars are typed by the
 * YAML 1.2 core schema (not SnakeYAML's YAML 1.1 rules, which would make {@code off} a
 * boolean); quoted and block scalars are always strings. Aliases are expanded and merge
 * keys ({@code <<}) applied; duplicate keys, recursive aliases and custom tags are refused.
 */
public final class YamlToJson {

    private static final Pattern CORE_NULL = Pattern.compile("null|Null|NULL|~|");
    private static final Pattern CORE_BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern CORE_FLOAT =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    // SnakeYAML's own resolver, only to tell an explicit tag (!!str 123) from an implicit one.
    private static final Resolver RESOLVER = new Resolver();

    private YamlToJson() {
    }

    /** The one document of {@code file} (UTF-8) as a Jackson tree; an empty file gives a null node. */
    public static JsonNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one document of {@code yaml} as a Jackson tree. */
    public static JsonNode parse(String yaml) {
        return read(new StringReader(yaml));
    }

    /** The one document read from {@code reader} as a Jackson tree; the caller closes the reader. */
    public static JsonNode read(Reader reader) {
        Node root = new Yaml(options()).compose(reader);
        return root == null ? JSON.nullNode() : convert(root, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** Every document of a multi-document stream ({@code ---} separated), in order. */
    public static List<JsonNode> parseAll(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        for (Node root : new Yaml(options()).composeAll(new StringReader(yaml))) {
            documents.add(convert(root, Collections.newSetFromMap(new IdentityHashMap<>())));
        }
        return documents;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setMaxAliasesForCollections(1_000);
        return options;
    }

    private static JsonNode convert(Node node, Set<Node> path) {
        if (!path.add(node)) {
            throw new IllegalArgumentException("recursive alias at " + node.getStartMark());
        }
        try {
            return switch (node.getNodeId()) {
                case scalar -> scalar((ScalarNode) node);
                case sequence -> sequence((SequenceNode) node, path);
                case mapping -> mapping((MappingNode) node, path);
                default -> throw new IllegalArgumentException("unexpected node at " + node.getStartMark());
            };
        } finally {
            path.remove(node);
        }
    }

    private static JsonNode scalar(ScalarNode node) {
        String text = node.getValue();
        if (node.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            // Quoted and block scalars are strings; the composer tags them !!str unless tagged otherwise.
            return typed(node, text, node.getTag());
        }
        Tag implicit = RESOLVER.resolve(NodeId.scalar, text, true);
        if (!node.getTag().equals(implicit)) {
            return typed(node, text, node.getTag());
        }
        if (CORE_NULL.matcher(text).matches()) {
            return JSON.nullNode();
        }
        if (CORE_BOOL.matcher(text).matches()) {
            return JSON.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (CORE_INT.matcher(text).matches()) {
            return integer(text);
        }
        if (CORE_FLOAT.matcher(text).matches()) {
            return JSON.numberNode(new BigDecimal(text));
        }
        return JSON.textNode(text);
    }

    /** A scalar whose type is fixed by its quoting or by an explicit tag ({@code !!str 123}). */
    private static JsonNode typed(ScalarNode node, String text, Tag tag) {
        if (tag.equals(Tag.STR)) {
            return JSON.textNode(text);
        }
        if (tag.equals(Tag.INT) && CORE_INT.matcher(text).matches()) {
            return integer(text);
        }
        if (tag.equals(Tag.FLOAT) && CORE_FLOAT.matcher(text).matches()) {
            return JSON.numberNode(new BigDecimal(text));
        }
        if (tag.equals(Tag.BOOL) && CORE_BOOL.matcher(text).matches()) {
            return JSON.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.NULL) && CORE_NULL.matcher(text).matches()) {
            return JSON.nullNode();
        }
        throw new IllegalArgumentException("unsupported tag " + tag + " on '" + text + "' at " + node.getStartMark());
    }

    private static JsonNode integer(String text) {
        BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        return value.bitLength() < 64 ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
    }

    private static ArrayNode sequence(SequenceNode node, Set<Node> path) {
        requireTag(node, Tag.SEQ);
        ArrayNode array = JSON.arrayNode();
        for (Node item : node.getValue()) {
            array.add(convert(item, path));
        }
        return array;
    }

    private static ObjectNode mapping(MappingNode node, Set<Node> path) {
        requireTag(node, Tag.MAP);
        ObjectNode merged = JSON.objectNode();
        ObjectNode explicit = JSON.objectNode();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (key instanceof ScalarNode scalarKey && scalarKey.isPlain() && Tag.MERGE.equals(key.getTag())) {
                merge(tuple.getValueNode(), merged, path);
                continue;
            }
            if (!(key instanceof ScalarNode scalarKey)) {
                throw new IllegalArgumentException("a mapping key that is not a scalar at " + key.getStartMark());
            }
            String name = scalarKey.getValue();
            if (explicit.has(name)) {
                throw new IllegalArgumentException("duplicate key '" + name + "' at " + key.getStartMark());
            }
            explicit.set(name, convert(tuple.getValueNode(), path));
        }
        // Keys written in the map itself win over merged ones, as YAML's merge key says.
        merged.setAll(explicit);
        return merged;
    }

    /** Adds the entries of a merge value (a mapping or a list of them) that are not there yet. */
    private static void merge(Node value, ObjectNode target, Set<Node> path) {
        List<Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        for (Node source : sources) {
            if (!(source instanceof MappingNode)) {
                throw new IllegalArgumentException("a merge key takes mappings only, at " + source.getStartMark());
            }
            ObjectNode entries = (ObjectNode) convert(source, path);
            entries.properties().forEach(e -> {
                if (!target.has(e.getKey())) {
                    target.set(e.getKey(), e.getValue());
                }
            });
        }
    }

    private static void requireTag(Node node, Tag expected) {
        if (!node.getTag().equals(expected)) {
            throw new IllegalArgumentException("unsupported tag " + node.getTag() + " at " + node.getStartMark());
        }
    }
}
