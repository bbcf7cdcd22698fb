package org.meshwright.io.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.meshwright.diagram.Colour;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Painter;
import org.meshwright.diagram.PathData;
import org.meshwright.diagram.Rect;
import org.meshwright.diagram.Stroke;
import org.meshwright.diagram.TextAlign;
import org.meshwright.diagram.TextMetrics;
import org.meshwright.diagram.TextStyle;

/**
 * The SVG back end of {@link Painter}: builds a standalone SVG 1.1 document with real
 * {@code <text>}, no scripts, no {@code foreignObject} and no external references. The
 * transform is applied to the coordinates as they are written (the diagram only translates
 * and scales uniformly), so the document is flat but for one {@code <g>} per element, with
 * a {@code <title>}; opacity goes into each shape's {@code fill-opacity} or
 * {@code stroke-opacity}, as on the canvas. Numbers have at most two decimals and no
 * exponent; the same calls give the same bytes.
 *
 * <p>Call {@link #begin(double, double, String)} first and {@link #end()} last; in
 * between, let the {@link org.meshwright.diagram.DiagramPainter} draw.
 */
public final class SvgPainter extends ShiftScalePainter {

    /** The font families written on the document, for text whose style names the diagram's own. */
    static final String DEFAULT_FAMILIES = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Set<String> ids = new HashSet<>();
    private int groups;

    @Override
    public TextMetrics textMetrics() {
        return AwtFonts.metrics();
    }

    /** Starts the document: {@code width} by {@code height} units, titled {@code title}. */
    public void begin(double width, double height, String title) {
        String w = num(width);
        String h = num(height);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\">\n");
        if (title != null && !title.isEmpty()) {
            out.append("<title>").append(escape(title)).append("</title>\n");
        }
        out.append("<g font-family=\"").append(DEFAULT_FAMILIES)
                .append("\" stroke-linejoin=\"round\">\n");
    }

    /** Closes what is open and ends the document. */
    public void end() {
        while (groups > 0) {
            endGroup();
        }
        out.append("</g>\n</svg>\n");
    }

    /** The document so far. */
    public String document() {
        return out.toString();
    }

    @Override
    public void beginGroup(String id, String title) {
        out.append("<g id=\"").append(uniqueId(id)).append("\"><title>").append(escape(title)).append("</title>\n");
        groups++;
    }

    @Override
    public void endGroup() {
        if (groups > 0) {
            out.append("</g>\n");
            groups--;
        }
    }

    // ---- shapes --------------------------------------------------------------------------

    @Override
    public void fillRect(Rect r, Colour fill) {
        fillRoundRect(r, 0, fill);
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Colour fill) {
        if (invisible(fill)) {
            return;
        }
        rect(r, radius);
        fill(fill);
        out.append("/>\n");
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Stroke stroke) {
        if (invisible(stroke.colour())) {
            return;
        }
        rect(r, radius);
        stroke(stroke);
        out.append("/>\n");
    }

    private void rect(Rect r, double radius) {
        out.append("<rect x=\"").append(num(x(r.x()))).append("\" y=\"").append(num(y(r.y())))
                .append("\" width=\"").append(num(r.width() * scale)).append("\" height=\"")
                .append(num(r.height() * scale)).append('"');
        if (radius > 0) {
            String rr = num(radius * scale);
            out.append(" rx=\"").append(rr).append("\" ry=\"").append(rr).append('"');
        }
    }

    @Override
    public void fillOval(Rect r, Colour fill) {
        if (invisible(fill)) {
            return;
        }
        oval(r);
        fill(fill);
        out.append("/>\n");
    }

    @Override
    public void strokeOval(Rect r, Stroke stroke) {
        if (invisible(stroke.colour())) {
            return;
        }
        oval(r);
        stroke(stroke);
        out.append("/>\n");
    }

    private void oval(Rect r) {
        P c = r.center();
        out.append("<ellipse cx=\"").append(num(x(c.x()))).append("\" cy=\"").append(num(y(c.y())))
                .append("\" rx=\"").append(num(r.width() / 2 * scale)).append("\" ry=\"")
                .append(num(r.height() / 2 * scale)).append('"');
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (invisible(stroke.colour())) {
            return;
        }
        out.append("<line x1=\"").append(num(x(x1))).append("\" y1=\"").append(num(y(y1))).append("\" x2=\"")
                .append(num(x(x2))).append("\" y2=\"").append(num(y(y2))).append('"');
        stroke(stroke);
        out.append("/>\n");
    }

    @Override
    public void polyline(List<P> points, Stroke stroke) {
        if (points.size() < 2 || invisible(stroke.colour())) {
            return;
        }
        out.append("<polyline points=\"");
        points(points);
        out.append('"');
        stroke(stroke);
        out.append("/>\n");
    }

    @Override
    public void fillPolygon(List<P> points, Colour fill) {
        if (points.size() < 3 || invisible(fill)) {
            return;
        }
        out.append("<polygon points=\"");
        points(points);
        out.append('"');
        fill(fill);
        out.append("/>\n");
    }

    private void points(List<P> points) {
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(num(x(points.get(i).x()))).append(',').append(num(y(points.get(i).y())));
        }
    }

    @Override
    public void fillPath(PathData path, Colour fill) {
        if (path.size() == 0 || invisible(fill)) {
            return;
        }
        out.append("<path d=\"");
        path.appendSvg(out, scale, tx, ty);
        out.append('"');
        fill(fill);
        out.append("/>\n");
    }

    @Override
    public void strokePath(PathData path, Stroke stroke) {
        if (path.size() == 0 || invisible(stroke.colour())) {
            return;
        }
        out.append("<path d=\"");
        path.appendSvg(out, scale, tx, ty);
        out.append('"');
        stroke(stroke);
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align) {
        String clean = clean(text);
        if (clean.isEmpty() || invisible(colour)) {
            return;
        }
        out.append("<text x=\"").append(num(x(x))).append("\" y=\"").append(num(y(y))).append('"');
        if (!style.families().equals(DiagramStyle.FONT_FAMILIES)) {
            out.append(" font-family=\"").append(escape(style.cssFamilies())).append('"');
        }
        out.append(" font-size=\"").append(num(style.size() * scale)).append('"');
        if (style.weight() != 400) {
            out.append(" font-weight=\"").append(style.weight()).append('"');
        }
        switch (align) {
            case CENTER -> out.append(" text-anchor=\"middle\"");
            case RIGHT -> out.append(" text-anchor=\"end\"");
            default -> {
            }
        }
        fill(colour);
        out.append('>').append(escape(clean)).append("</text>\n");
    }

    // ---- attributes ----------------------------------------------------------------------

    private boolean invisible(Colour c) {
        return c.alpha() * opacity <= 0;
    }

    private void fill(Colour c) {
        out.append(" fill=\"").append(c.hex()).append('"');
        double a = c.alpha() * opacity;
        if (a < 1) {
            out.append(" fill-opacity=\"").append(opacityNum(a)).append('"');
        }
    }

    private void stroke(Stroke s) {
        out.append(" fill=\"none\" stroke=\"").append(s.colour().hex()).append('"');
        double a = s.colour().alpha() * opacity;
        if (a < 1) {
            out.append(" stroke-opacity=\"").append(opacityNum(a)).append('"');
        }
        out.append(" stroke-width=\"").append(num(s.width() * scale)).append('"');
        if (s.roundCaps()) {
            out.append(" stroke-linecap=\"round\"");
        }
        if (s.isDashed()) {
            double[] d = s.dashes();
            double sum = 0;
            for (double v : d) {
                sum += v;
            }
            if (sum > 0) {
                out.append(" stroke-dasharray=\"");
                for (int i = 0; i < d.length; i++) {
                    out.append(i == 0 ? "" : ",").append(num(Math.max(0, d[i]) * scale));
                }
                out.append('"');
                if (s.dashOffset() != 0) {
                    out.append(" stroke-dashoffset=\"").append(num(s.dashOffset() * scale)).append('"');
                }
            }
        }
    }

    private double x(double v) {
        return v * scale + tx;
    }

    private double y(double v) {
        return v * scale + ty;
    }

    /** A number with at most two decimals, no exponent, no locale. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        return PathData.number(v);
    }

    /** An opacity with at most three decimals. */
    static String opacityNum(double a) {
        long m = Math.round(Math.max(0, Math.min(1, a)) * 1000);
        if (m >= 1000) {
            return "1";
        }
        if (m == 0) {
            return "0";
        }
        // 0.ddd without trailing zeros
        String digits = Long.toString(1000 + m).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return "0." + digits.substring(0, end);
    }

    /**
     * {@code raw} made a valid XML id, unique in this document: characters outside
     * {@code [A-Za-z0-9._-]} become {@code _}, an id not starting with a letter gets
     * {@code g-} in front, and a repeat gets {@code -2}, {@code -3}, ... in drawing order.
     */
    String uniqueId(String raw) {
        StringBuilder sb = new StringBuilder(raw.length() + 2);
        raw.codePoints().forEach(cp -> {
            boolean ok = cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-');
            sb.append(ok ? (char) cp : '_');
        });
        if (sb.length() == 0 || !(sb.charAt(0) < 128 && Character.isLetter(sb.charAt(0)))) {
            sb.insert(0, "g-");
        }
        String base = sb.toString();
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * {@code s} with every character that XML 1.0 does not allow (controls but tab, line
     * feed and carriage return; lone surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.
     */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (ok) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append('\uFFFD');
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code s} cleaned and escaped for XML text and attributes: {@code & < > " '}, and tab and line ends as references. */
    static String escape(String s) {
        String c = clean(s);
        StringBuilder sb = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
