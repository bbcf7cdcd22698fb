package org.meshwright.io.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes YAML text in the mesh file's canonical style: two-space indentation, block maps,
 * compact block lists, flow style only for short lists of scalars and layout entries.
 * Strings are written plain only where every YAML 1.1 and 1.2 reader takes them as the same
 * string; otherwise they are quoted, so {@code no}, {@code 123} and {@code off} stay text.
 */
final class YamlEmitter {

    /** Plain scalars that YAML 1.1 or 1.2 would read as a boolean or null. */
    private static final Pattern RESERVED_WORD = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
                    + "|null|Null|NULL|~|<<|=");
    /** Plain scalars that look numeric, dated or sexagesimal to some YAML reader. */
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.[0-9_]|[0-9])[0-9a-fA-FxXoObB_.:eE+-]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

    private final StringBuilder out;

    YamlEmitter(StringBuilder out) {
        this.out = out;
    }

    // ---- structure ---------------------------------------------------------------------

    void indent(int level) {
        out.append("  ".repeat(level));
    }

    /** {@code key:} then a newline: a nested block follows. */
    void keyLine(int level, String key) {
        indent(level);
        out.append(key(key)).append(":\n");
    }

    /** {@code key: scalar} on one line (skipped where the value is {@code null}). */
    void scalarField(int level, String key, Object value) {
        if (value == null) {
            return;
        }
        indent(level);
        out.append(key(key)).append(": ");
        scalarValue(level, value);
        out.append('\n');
    }

    /** Starts a list item with its first field: {@code - key: value}; later fields go one level deeper. */
    void item(int level, String key, String value) {
        indent(level);
        out.append("- ").append(key(key)).append(": ").append(scalar(value, false)).append('\n');
    }

    /** Text written as it is, for numbers already formatted. */
    record Raw(String text) {
    }

    /** {@code key: [a, b]}: a short list of strings in flow style. */
    void flowList(int level, String key, List<String> values) {
        indent(level);
        out.append(key(key)).append(": [");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(scalar(values.get(i), true));
        }
        out.append("]\n");
    }

    /** {@code key: {x: 1, y: 2}}: a map of numbers on one line. */
    void flowNumbers(int level, String key, List<String> names, double... values) {
        indent(level);
        out.append(key(key)).append(": {");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(names.get(i)).append(": ").append(number(values[i]));
        }
        out.append("}\n");
    }

    /** Writes an extension value (any YAML value) under {@code key}. */
    void anyField(int level, String key, Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            keyLine(level, key);
            anyMapBody(level + 1, map);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            keyLine(level, key);
            anyListBody(level + 1, list);
        } else {
            indent(level);
            out.append(key(key)).append(": ");
            anyScalar(level, value);
            out.append('\n');
        }
    }

    private void anyMapBody(int level, Map<?, ?> map) {
        map.forEach((k, v) -> anyField(level, (String) k, v));
    }

    private void anyListBody(int level, List<?> list) {
        for (Object item : list) {
            indent(level);
            out.append("- ");
            anyItem(level + 1, item);
        }
    }

    /** A list item after its {@code "- "}: compact maps and lists continue on the same line. */
    private void anyItem(int level, Object item) {
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (first) {
                    int mark = out.length();
                    anyField(level, (String) e.getKey(), e.getValue());
                    out.delete(mark, mark + 2 * level); // the first key sits right after "- "
                    first = false;
                } else {
                    anyField(level, (String) e.getKey(), e.getValue());
                }
            }
        } else if (item instanceof List<?> list && !list.isEmpty()) {
            boolean first = true;
            for (Object inner : list) {
                if (!first) {
                    indent(level);
                }
                out.append("- ");
                anyItem(level + 1, inner);
                first = false;
            }
        } else {
            anyScalar(level, item);
            out.append('\n');
        }
    }

    private void anyScalar(int level, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?>) {
            out.append("{}");
        } else if (value instanceof List<?>) {
            out.append("[]");
        } else {
            scalarValue(level, value);
        }
    }

    private void scalarValue(int level, Object value) {
        if (value instanceof String s) {
            if (isLiteralBlockCandidate(s)) {
                literalBlock(level, s);
            } else {
                out.append(scalar(s, false));
            }
        } else if (value instanceof Boolean || value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(extensionDouble(d));
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName());
        }
    }

    // ---- scalars -----------------------------------------------------------------------

    /** A key, plain where that is safe. */
    static String key(String key) {
        return scalar(key, false);
    }

    /** A string as a YAML scalar: plain where safe, otherwise double-quoted. */
    static String scalar(String s, boolean flowContext) {
        return isSafePlain(s, flowContext) ? s : doubleQuoted(s);
    }

    static boolean isSafePlain(String s, boolean flowContext) {
        if (s.isEmpty() || RESERVED_WORD.matcher(s).matches() || NUMBER_LIKE.matcher(s).matches()) {
            return false;
        }
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@` \t".indexOf(first) >= 0) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ' ' || last == '\t' || last == ':') {
            return false;
        }
        if (s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || needsEscape(c) || Character.isSurrogate(c)) {
                return false;
            }
            if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return false;
            }
            if (c == '#' && s.charAt(i - 1) == ' ') {
                return false;
            }
            if (flowContext && ",[]{}?:#".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters above U+001F that YAML does not allow as they are (DEL, C1 controls, the
     * non-characters U+FFFE and U+FFFF), that readers take as line breaks or byte order
     * marks, or that reorder what a reviewer sees in a diff (the bidirectional controls, as
     * in "Trojan Source"): they are written as escapes in double quotes.
     */
    static boolean needsEscape(char c) {
        return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF' || isBidiControl(c);
    }

    /** The explicit directional marks, embeddings, overrides and isolates of Unicode. */
    static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\0' -> b.append("\\0");
                default -> {
                    if (c < 0x20 || needsEscape(c)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append("\\uFFFD"); // a lone surrogate cannot be stored in UTF-8
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * Multi-line text reads best as a literal block ({@code |}). Used only where the block
     * keeps the text exactly: no control characters but tabs, no carriage returns, no
     * leading space or line break, no trailing blanks on a line.
     */
    static boolean isLiteralBlockCandidate(String s) {
        if (s.indexOf('\n') < 0 || s.startsWith(" ") || s.startsWith("\n") || s.startsWith("\t")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || needsEscape(c) || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
                continue;
            }
            if (c == '\n' && i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return false;
            }
        }
        char last = s.charAt(s.length() - 1);
        return last != ' ' && last != '\t';
    }

    private void literalBlock(int level, String s) {
        int trailing = 0;
        while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        out.append(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+");
        String body = s.substring(0, s.length() - trailing);
        for (String line : body.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) {
                indent(level + 1);
                out.append(line);
            }
        }
        for (int i = 1; i < trailing; i++) {
            out.append('\n');
        }
    }

    /** A coordinate or percentage: integers without a fraction, others in shortest form. */
    static String number(double d) {
        if (d == 0 && 1 / d < 0) {
            return "-0"; // negative zero reads back as itself, so the round trip is exact
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String extensionDouble(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        String s = Double.toString(d); // shortest form that reads back to the same double
        return s.contains("E") ? s.replace("E", "e") : s;
    }
}
