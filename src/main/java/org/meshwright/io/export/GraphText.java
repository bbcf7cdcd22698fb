package org.meshwright.io.export;

/**
 * Text clean-up shared by the graph-format exporters ({@link DotExporter},
 * {@link GraphmlExporter}, {@link MermaidExporter}).
 */
final class GraphText {

    private GraphText() {
    }

    /**
     * {@code s} with line breaks normalised to {@code \n} ({@code \r\n} and a lone {@code \r}
     * become {@code \n}) and everything dropped that is not allowed in XML 1.0 or is a
     * control character: C0 controls other than tab and line feed, DEL and C1 controls,
     * unpaired surrogates, U+FFFE and U+FFFF. {@code null} gives the empty string.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                b.append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                // dropped
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    b.append(c).append(s.charAt(i + 1));
                    i++;
                }
            } else if (Character.isLowSurrogate(c)) {
                // unpaired: dropped
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
