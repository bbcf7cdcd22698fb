package org.meshwright.io.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.meshwright.model.Extensions;
import org.meshwright.model.Ids;
import org.meshwright.model.Keyword;
import org.meshwright.model.SourceMap;

/**
 * Reads typed values out of a YAML node tree the way the mesh format wants: scalars as
 * written (no YAML 1.1 guessing), booleans {@code true}/{@code false} only, plain numbers,
 * keywords and ids checked, merge keys applied, duplicate and unknown keys reported.
 * Problems are collected as {@link ReadError}s with the node's position; a method that
 * cannot produce a value returns {@code null} after recording why.
 */
final class TreeReader {

    /** Past this many errors the reader stops: the rest is rarely worth reading. */
    static final int MAX_ERRORS = 100;

    static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+");
    static final Pattern CORE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /** Thrown when {@link #MAX_ERRORS} is reached, to stop reading early. */
    static final class TooManyErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    /** A field of a map: its key (for positions) and value. */
    record Field(YNode.Scalar key, YNode value) {
    }

    /**
     * The fields of one map: the known ones by their place in the list of known fields (a
     * large file has half a million maps, and a hash map each was most of the reading's
     * garbage), and the {@code x-} extensions in file order.
     */
    static final class Fields {
        final YNode.Mapping node;
        private final List<String> names;
        private final Field[] known;
        private Map<String, Field> extensions = Map.of();

        Fields(YNode.Mapping node, List<String> names) {
            this.node = node;
            this.names = names;
            this.known = new Field[names.size()];
        }

        Field get(String name) {
            int i = names.indexOf(name);
            return i < 0 ? null : known[i];
        }

        YNode value(String name) {
            Field f = get(name);
            return f == null ? null : f.value();
        }

        boolean has(String name) {
            return get(name) != null;
        }

        /** The extension fields, in file order. */
        Map<String, Field> extensions() {
            return extensions;
        }

        private void putExtension(String name, Field field) {
            if (extensions.isEmpty()) {
                extensions = new LinkedHashMap<>();
            }
            extensions.put(name, field);
        }
    }

    final String file;
    final List<ReadError> errors = new ArrayList<>();

    TreeReader(String file) {
        this.file = file;
    }

    // ---- errors and positions ----------------------------------------------------------

    void error(YNode at, String message) {
        errors.add(at == null ? new ReadError(file, 0, 0, message)
                : new ReadError(file, at.line(), at.column(), message));
        if (errors.size() >= MAX_ERRORS) {
            throw new TooManyErrors();
        }
    }

    static SourceMap.Position position(YNode node) {
        return new SourceMap.Position(node.line(), node.column());
    }

    static int line(YNode node) {
        return node.line();
    }

    static String describe(YNode node) {
        if (node instanceof YNode.Mapping) {
            return "a map";
        }
        if (node instanceof YNode.Sequence) {
            return "a list";
        }
        YNode.Scalar s = (YNode.Scalar) node;
        return s.value().isEmpty() ? "nothing" : "'" + abbreviate(s.value()) + "'";
    }

    static String abbreviate(String s) {
        String oneLine = printable(s.length() > 200 ? s.substring(0, 200) : s);
        if (oneLine.length() <= 60) {
            return oneLine;
        }
        int cut = Character.isHighSurrogate(oneLine.charAt(56)) ? 56 : 57;
        return oneLine.substring(0, cut) + "...";
    }

    /**
     * {@code s} with line breaks, control characters and bidirectional overrides written as
     * escapes ({@code \n}, {@code \t}, or a backslash, {@code u} and four hex digits), so
     * that a message shows what the file holds on one line and a hostile file cannot reorder
     * or recolour a terminal.
     */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029'
                    || YamlEmitter.isBidiControl(c);
            if (unsafe && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (!unsafe) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else {
                    b.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return b == null ? s : b.toString();
    }

    // ---- maps --------------------------------------------------------------------------

    /**
     * The fields of {@code node}, which should be a map of the known fields of {@code what}
     * plus extensions; unknown fields and duplicate keys are reported. {@code null} (and an
     * error) where {@code node} is no map.
     */
    Fields fields(YNode node, String what, List<String> known, boolean extensionsAllowed) {
        if (!(node instanceof YNode.Mapping map)) {
            error(node, what + " must be a map of fields, found " + describe(node));
            return null;
        }
        Fields fields = new Fields(map, known);
        java.util.Set<String> unknownSeen = null;
        for (YNode.Entry tuple : flatten(map)) {
            YNode.Scalar key = keyOf(tuple.key());
            if (key == null) {
                continue;
            }
            String name = key.value();
            int index = known.indexOf(name);
            Field first = index >= 0 ? fields.known[index] : fields.extensions.get(name);
            if (first != null || (unknownSeen != null && unknownSeen.contains(name))) {
                if (!mergedIn(tuple)) {
                    error(key, "duplicate key '" + abbreviate(name) + "'"
                            + (first == null ? "" : " (first at line " + line(first.key()) + ")") + "; keep one of them");
                }
                continue; // an explicit key overrides a merged one, and the first merge wins
            }
            if (index >= 0) {
                fields.known[index] = new Field(key, tuple.value());
            } else if (extensionsAllowed && Extensions.isExtensionKey(name)) {
                fields.putExtension(name, new Field(key, tuple.value()));
            } else {
                if (unknownSeen == null) {
                    unknownSeen = new java.util.HashSet<>();
                }
                unknownSeen.add(name);
                unknownField(key, name, what, known, extensionsAllowed);
            }
        }
        return fields;
    }

    void unknownField(YNode.Scalar key, String name, String what, Collection<String> known, boolean extensionsAllowed) {
        String message = "unknown field '" + abbreviate(name) + "'";
        var suggestion = Suggestions.nearest(name, known);
        if (suggestion.isPresent()) {
            message += "; did you mean '" + suggestion.get() + "'?";
        } else {
            message += " in " + what + "; known fields are " + String.join(", ", known)
                    + (extensionsAllowed ? " (extension fields start with 'x-')" : "");
        }
        error(key, message);
    }

    /** The key as a scalar; other keys are reported. */
    YNode.Scalar keyOf(YNode key) {
        if (key instanceof YNode.Scalar s) {
            return s;
        }
        error(key, "a key must be plain text, found " + describe(key));
        return null;
    }

    /**
     * The entries of a map whose keys are data (ids, rule ids, extension content), in file
     * order, duplicate keys reported ({@code what} names the map in messages, or is
     * {@code null}); {@code null} (and an error) where {@code node} is no map.
     */
    List<Field> entries(YNode node, String what) {
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof YNode.Mapping map)) {
            error(node, what + " must be a map, found " + describe(node));
            return null;
        }
        List<Field> entries = new ArrayList<>();
        Map<String, Integer> seenAt = new LinkedHashMap<>();
        for (YNode.Entry tuple : flatten(map)) {
            YNode.Scalar key = keyOf(tuple.key());
            if (key == null) {
                continue;
            }
            Integer first = seenAt.putIfAbsent(key.value(), line(key));
            if (first != null) {
                if (!mergedIn(tuple)) {
                    error(key, "duplicate key '" + abbreviate(key.value()) + "'" + (what == null ? "" : " in " + what)
                            + " (first at line " + first + "); keep one of them");
                }
                continue;
            }
            entries.add(new Field(key, tuple.value()));
        }
        return entries;
    }

    /** Tuples merged in through {@code <<} are marked by the set below while flattening. */
    private final java.util.Set<YNode.Entry> merged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private boolean mergedIn(YNode.Entry tuple) {
        return merged.contains(tuple);
    }

    /** The map's own tuples first, then those merged in by {@code <<}, in merge order. */
    private List<YNode.Entry> flatten(YNode.Mapping map) {
        if (!hasMergeKey(map)) {
            return map.entries();
        }
        List<YNode.Entry> own = new ArrayList<>();
        List<YNode.Entry> fromMerges = new ArrayList<>();
        for (YNode.Entry tuple : map.entries()) {
            YNode key = tuple.key();
            if (key instanceof YNode.Scalar s && s.isMergeKey()) {
                YNode source = tuple.value();
                List<YNode> sources = source instanceof YNode.Sequence seq ? seq.items() : List.of(source);
                for (YNode src : sources) {
                    if (src instanceof YNode.Mapping m) {
                        for (YNode.Entry t : flatten(m)) {
                            merged.add(t);
                            fromMerges.add(t);
                        }
                    } else {
                        error(src, "a merge key '<<' takes a map or a list of maps, found " + describe(src));
                    }
                }
            } else {
                own.add(tuple);
            }
        }
        own.addAll(fromMerges);
        return own;
    }

    private static boolean hasMergeKey(YNode.Mapping map) {
        for (YNode.Entry tuple : map.entries()) {
            if (tuple.key() instanceof YNode.Scalar s && s.isMergeKey()) {
                return true;
            }
        }
        return false;
    }

    /** The items of a list; {@code null} (and an error) where {@code node} is no list. */
    List<YNode> items(YNode node, String what) {
        if (node instanceof YNode.Sequence seq) {
            return seq.items();
        }
        if (isNull(node)) {
            return List.of();
        }
        error(node, what + " must be a list, found " + describe(node));
        return null;
    }

    // ---- scalars -----------------------------------------------------------------------

    static boolean isPlain(YNode.Scalar s) {
        return s.plain();
    }

    /** A plain empty, {@code ~} or {@code null} scalar: no value. */
    static boolean isNull(YNode node) {
        if (node instanceof YNode.Scalar s && isPlain(s)) {
            String v = s.value();
            return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
        }
        return false;
    }

    /** A text field, taken as written; {@code null} for no value. */
    String string(YNode node, String field) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YNode.Scalar s) {
            return s.value();
        }
        error(node, "'" + field + "' must be text, found " + describe(node));
        return null;
    }

    /** An id or a reference to one, checked against the id pattern. */
    String id(YNode node, String field) {
        String value = string(node, field);
        if (value != null && !Ids.isValid(value)) {
            error(node, "'" + abbreviate(value) + "' is not a valid id for '" + field + "': use 1 to 63 lower-case"
                    + " letters, digits, '.', '_' or '-', starting and ending with a letter or digit"
                    + suggestId(value));
            return null;
        }
        return value;
    }

    private static String suggestId(String value) {
        String s = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[._-]+|[._-]+$", "");
        if (s.length() > 63) {
            s = s.substring(0, 63).replaceAll("[._-]+$", "");
        }
        return Ids.isValid(s) ? " (e.g. '" + s + "')" : "";
    }

    /** A required id: missing is an error at the map. */
    String requiredId(Fields fields, String field, String what) {
        YNode value = fields.value(field);
        if (value == null || isNull(value)) {
            error(value != null ? value : fields.node, what + " has no '" + field + "'; add one");
            return null;
        }
        return id(value, field);
    }

    Boolean bool(YNode node, String field) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YNode.Scalar s && isPlain(s)) {
            if (s.value().equals("true")) {
                return Boolean.TRUE;
            }
            if (s.value().equals("false")) {
                return Boolean.FALSE;
            }
        }
        error(node, "'" + field + "' must be true or false, found " + describe(node)
                + (node instanceof YNode.Scalar s && !isPlain(s) ? " in quotes (write it without quotes)" : ""));
        return null;
    }

    boolean flag(YNode node, String field) {
        return Boolean.TRUE.equals(bool(node, field));
    }

    Double number(YNode node, String field) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof YNode.Scalar s && isPlain(s) && isCoreNumber(s.value())) {
            double d = Double.parseDouble(s.value());
            if (Double.isFinite(d)) {
                return d;
            }
        }
        error(node, "'" + field + "' must be a number, found " + describe(node)
                + (node instanceof YNode.Scalar s && !isPlain(s) ? " in quotes (write it without quotes)" : ""));
        return null;
    }

    /** An integer or a float of the YAML 1.2 core schema. */
    private static boolean isCoreNumber(String v) {
        return isShortInteger(v) || CORE_INT.matcher(v).matches() || CORE_FLOAT.matcher(v).matches();
    }

    /**
     * Up to nine digits, perhaps after a minus: most numbers of a mesh file (a position each
     * node), told without a regular expression.
     */
    private static boolean isShortInteger(String v) {
        int start = v.startsWith("-") ? 1 : 0;
        if (start == v.length() || v.length() - start > 9) {
            return false;
        }
        for (int i = start; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A keyword of {@code type}; unknown ones are reported with the choices. */
    <E extends Enum<E> & Keyword> E keyword(YNode node, Class<E> type, String field) {
        String value = string(node, field);
        if (value == null) {
            return null;
        }
        var parsed = Keyword.parse(type, value);
        if (parsed.isPresent()) {
            return parsed.get();
        }
        List<String> choices = Keyword.keywords(type);
        String hint = Suggestions.nearest(value, choices).map(s -> "did you mean '" + s + "'? ").orElse("");
        error(node, "'" + abbreviate(value) + "' is not a valid " + field + "; " + hint + "use one of "
                + String.join(", ", choices));
        return null;
    }

    /** A list of text values (tags). */
    List<String> strings(YNode node, String field) {
        return scalarList(node, field, this::string);
    }

    /** A list of ids ({@code via}). */
    List<String> ids(YNode node, String field) {
        return scalarList(node, field, this::id);
    }

    private List<String> scalarList(YNode node, String field,
                                    java.util.function.BiFunction<YNode, String, String> read) {
        List<YNode> items = node == null ? List.of() : items(node, "'" + field + "'");
        if (items == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YNode item : items) {
            String value = read.apply(item, field);
            if (value != null) {
                values.add(value);
            } else if (isNull(item)) {
                error(item, "'" + field + "' holds an empty entry; remove it");
            }
        }
        return values;
    }

    // ---- extensions --------------------------------------------------------------------

    Map<String, Object> extensions(Fields fields) {
        if (fields == null || fields.extensions().isEmpty()) {
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        fields.extensions().forEach((name, field) -> values.put(name, anyValue(field.value())));
        return values;
    }

    /** A free YAML value under the YAML 1.2 core schema (extension content). */
    Object anyValue(YNode node) {
        if (node instanceof YNode.Scalar s) {
            if (!isPlain(s)) {
                return s.value();
            }
            String v = s.value();
            if (isNull(s)) {
                return null;
            }
            if (v.equals("true")) {
                return Boolean.TRUE;
            }
            if (v.equals("false")) {
                return Boolean.FALSE;
            }
            if (CORE_INT.matcher(v).matches()) {
                BigInteger big = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            if (CORE_FLOAT.matcher(v).matches()) {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
            }
            return v;
        }
        if (node instanceof YNode.Sequence seq) {
            List<Object> list = new ArrayList<>();
            for (YNode item : seq.items()) {
                list.add(anyValue(item));
            }
            return list;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field entry : entries(node, null)) {
            values.put(entry.key().value(), anyValue(entry.value()));
        }
        return values;
    }
}
