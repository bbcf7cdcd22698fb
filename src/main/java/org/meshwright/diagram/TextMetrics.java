package org.meshwright.diagram;

/**
 * Measures text the way a painter will draw it, so that the diagram can cut long names to
 * fit. Each {@link Painter} provides one for its own fonts.
 */
public interface TextMetrics {

    /** The advance width of {@code text} in {@code style}, in diagram units. */
    double width(String text, TextStyle style);

    /**
     * {@code text} as drawn in at most {@code maxWidth}: itself where it fits, else the
     * longest prefix that fits followed by an ellipsis ("…"), else the empty string.
     */
    default String fit(String text, TextStyle style, double maxWidth) {
        if (text.isEmpty() || width(text, style) <= maxWidth) {
            return text;
        }
        String ellipsis = "\u2026";
        if (width(ellipsis, style) > maxWidth) {
            return "";
        }
        // The longest fitting prefix by bisection over code-point boundaries.
        int lo = 0;
        int hi = text.codePointCount(0, text.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            String candidate = text.substring(0, text.offsetByCodePoints(0, mid)).stripTrailing() + ellipsis;
            if (width(candidate, style) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, text.offsetByCodePoints(0, lo)).stripTrailing() + ellipsis;
    }

    /**
     * {@code text} broken at spaces into at most {@code maxLines} lines of at most
     * {@code maxWidth}; a word longer than a line, or text left over after the last line,
     * ends that line with an ellipsis. Empty text gives no lines.
     */
    default java.util.List<String> wrap(String text, TextStyle style, double maxWidth, int maxLines) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String[] words = text.trim().split("\\s+");
        if (text.isBlank()) {
            return lines;
        }
        double space = width(" ", style);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        int i = 0;
        while (i < words.length) {
            double w = width(words[i], style);
            if (line.length() == 0) {
                if (lines.size() == maxLines - 1) {
                    // The last line takes the rest, cut to fit.
                    lines.add(fit(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), style,
                            maxWidth));
                    return lines;
                }
                if (w > maxWidth) {
                    lines.add(fit(words[i], style, maxWidth));
                    i++;
                    continue;
                }
                line.append(words[i]);
                lineWidth = w;
                i++;
            } else if (lineWidth + space + w <= maxWidth) {
                line.append(' ').append(words[i]);
                lineWidth += space + w;
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * An estimate without any font: a fixed share of the size per character, wider for
     * capitals and bold. For tests and for back ends that have no font at hand.
     */
    static TextMetrics approximate() {
        return (text, style) -> {
            double w = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                w += Character.isUpperCase(c) ? 0.68 : c == ' ' || c == '.' || c == 'i' || c == 'l' ? 0.3 : 0.55;
            }
            return w * style.size() * (style.weight() >= 600 ? 1.05 : 1);
        };
    }
}
