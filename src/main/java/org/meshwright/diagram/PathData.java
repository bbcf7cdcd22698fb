package org.meshwright.diagram;

import java.util.Arrays;
import java.util.Locale;

/**
 * A vector path as in SVG path data, reduced to absolute move, line, cubic and quadratic
 * Bézier segments and closes. {@link #parse(String)} reads the {@code M L H V C Q Z}
 * commands, absolute (upper case) and relative (lower case); arcs and smooth curves are
 * not supported. Immutable; {@link #toSvg()} writes it back in a stable form.
 */
public final class PathData {

    /** What a visitor is told, segment by segment, in absolute coordinates. */
    public interface Visitor {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void cubicTo(double x1, double y1, double x2, double y2, double x, double y);

        void quadTo(double x1, double y1, double x, double y);

        void close();
    }

    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CUBIC = 2;
    private static final byte QUAD = 3;
    private static final byte CLOSE = 4;

    private final byte[] ops;
    private final double[] coords;

    private PathData(byte[] ops, double[] coords) {
        this.ops = ops;
        this.coords = coords;
    }

    /** Reads SVG path data with the commands {@code M L H V C Q Z} (either case). */
    public static PathData parse(String d) {
        Builder b = new Builder();
        Scanner s = new Scanner(d);
        char command = 0;
        double cx = 0;
        double cy = 0;
        double startX = 0;
        double startY = 0;
        while (s.skipSeparators()) {
            if (Character.isLetter(s.peek())) {
                command = s.next();
            } else if (command == 0) {
                throw new IllegalArgumentException("path data must start with a command: " + d);
            } else if (command == 'Z' || command == 'z') {
                throw new IllegalArgumentException("number after Z in: " + d);
            }
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? cx : 0;
            double oy = rel ? cy : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    cx = ox + s.number();
                    cy = oy + s.number();
                    startX = cx;
                    startY = cy;
                    b.moveTo(cx, cy);
                    command = rel ? 'l' : 'L'; // further pairs are implicit line-tos
                }
                case 'L' -> {
                    cx = ox + s.number();
                    cy = oy + s.number();
                    b.lineTo(cx, cy);
                }
                case 'H' -> {
                    cx = ox + s.number();
                    b.lineTo(cx, cy);
                }
                case 'V' -> {
                    cy = oy + s.number();
                    b.lineTo(cx, cy);
                }
                case 'C' -> {
                    double x1 = ox + s.number();
                    double y1 = oy + s.number();
                    double x2 = ox + s.number();
                    double y2 = oy + s.number();
                    cx = ox + s.number();
                    cy = oy + s.number();
                    b.cubicTo(x1, y1, x2, y2, cx, cy);
                }
                case 'Q' -> {
                    double x1 = ox + s.number();
                    double y1 = oy + s.number();
                    cx = ox + s.number();
                    cy = oy + s.number();
                    b.quadTo(x1, y1, cx, cy);
                }
                case 'Z' -> {
                    b.close();
                    cx = startX;
                    cy = startY;
                }
                default -> throw new IllegalArgumentException("unsupported path command '" + command + "' in: " + d);
            }
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Tells {@code visitor} each segment in order. */
    public void accept(Visitor visitor) {
        int c = 0;
        for (byte op : ops) {
            switch (op) {
                case MOVE -> visitor.moveTo(coords[c++], coords[c++]);
                case LINE -> visitor.lineTo(coords[c++], coords[c++]);
                case CUBIC -> visitor.cubicTo(coords[c++], coords[c++], coords[c++], coords[c++], coords[c++],
                        coords[c++]);
                case QUAD -> visitor.quadTo(coords[c++], coords[c++], coords[c++], coords[c++]);
                default -> visitor.close();
            }
        }
    }

    /** The number of segments (moves and closes included). */
    public int size() {
        return ops.length;
    }

    /** The same path scaled by {@code factor} about the origin, then moved by {@code dx, dy}. */
    public PathData transform(double factor, double dx, double dy) {
        double[] t = new double[coords.length];
        for (int i = 0; i < coords.length; i += 2) {
            t[i] = coords[i] * factor + dx;
            t[i + 1] = coords[i + 1] * factor + dy;
        }
        return new PathData(ops, t);
    }

    /** The bounds of all points, control points included (so they hold the whole path). */
    public Rect bounds() {
        if (coords.length == 0) {
            return Rect.EMPTY;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < coords.length; i += 2) {
            minX = Math.min(minX, coords[i]);
            maxX = Math.max(maxX, coords[i]);
            minY = Math.min(minY, coords[i + 1]);
            maxY = Math.max(maxY, coords[i + 1]);
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** Absolute SVG path data, numbers with at most two decimals: the same path, the same text. */
    public String toSvg() {
        StringBuilder sb = new StringBuilder(ops.length * 16);
        appendSvg(sb, 1, 0, 0);
        return sb.toString();
    }

    /**
     * Appends to {@code sb} what {@code transform(factor, dx, dy).toSvg()} returns, without
     * making the transformed copy (the SVG export writes thousands of icons).
     */
    public void appendSvg(StringBuilder sb, double factor, double dx, double dy) {
        int start = sb.length();
        int c = 0;
        for (byte op : ops) {
            if (sb.length() > start) {
                sb.append(' ');
            }
            int n = switch (op) {
                case MOVE -> {
                    sb.append('M');
                    yield 2;
                }
                case LINE -> {
                    sb.append('L');
                    yield 2;
                }
                case CUBIC -> {
                    sb.append('C');
                    yield 6;
                }
                case QUAD -> {
                    sb.append('Q');
                    yield 4;
                }
                default -> {
                    sb.append('Z');
                    yield 0;
                }
            };
            for (int i = 0; i < n; i += 2, c += 2) {
                sb.append(i == 0 ? "" : " ");
                appendNumber(sb, coords[c] * factor + dx);
                sb.append(' ');
                appendNumber(sb, coords[c + 1] * factor + dy);
            }
        }
    }

    /** A number as SVG writes it: at most two decimals, no trailing zeros, no "-0". */
    public static String number(double v) {
        double hundredths = v * 100;
        if (!(Math.abs(hundredths) < 1e15)) {
            return wideNumber(v);
        }
        StringBuilder sb = new StringBuilder(12);
        appendNumber(sb, v);
        return sb.toString();
    }

    /**
     * Appends {@link #number(double)} of {@code v}: the value rounded half up to hundredths
     * (as {@link Math#round(double)}) and written from that integer, which is what
     * {@code String.format("%.2f")} of the rounded value gives, at a fraction of the cost.
     */
    public static void appendNumber(StringBuilder sb, double v) {
        double hundredths = v * 100;
        if (!(Math.abs(hundredths) < 1e15)) {
            sb.append(wideNumber(v));
            return;
        }
        long k = Math.round(hundredths);
        if (k == 0) {
            sb.append('0');
            return;
        }
        if (k < 0) {
            sb.append('-');
            k = -k;
        }
        sb.append(k / 100);
        int cents = (int) (k % 100);
        if (cents != 0) {
            sb.append('.').append((char) ('0' + cents / 10));
            if (cents % 10 != 0) {
                sb.append((char) ('0' + cents % 10));
            }
        }
    }

    /**
     * {@link #number(double)} the slow general way, through {@code String.format}: used for
     * values beyond 10^13 (or not finite), and by the tests as the reference.
     */
    static String wideNumber(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == 0) {
            return "0";
        }
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        String s = String.format(Locale.ROOT, "%.2f", r);
        while (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathData p && Arrays.equals(p.ops, ops) && Arrays.equals(p.coords, coords);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ops) + Arrays.hashCode(coords);
    }

    @Override
    public String toString() {
        return toSvg();
    }

    /** Builds a path segment by segment, in absolute coordinates. */
    public static final class Builder {
        private byte[] ops = new byte[16];
        private double[] coords = new double[32];
        private int opCount;
        private int coordCount;

        private Builder() {
        }

        public Builder moveTo(double x, double y) {
            return add(MOVE, x, y);
        }

        public Builder lineTo(double x, double y) {
            requireStart();
            return add(LINE, x, y);
        }

        public Builder cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
            requireStart();
            return add(CUBIC, x1, y1, x2, y2, x, y);
        }

        public Builder quadTo(double x1, double y1, double x, double y) {
            requireStart();
            return add(QUAD, x1, y1, x, y);
        }

        public Builder close() {
            requireStart();
            return add(CLOSE);
        }

        public PathData build() {
            return new PathData(Arrays.copyOf(ops, opCount), Arrays.copyOf(coords, coordCount));
        }

        private void requireStart() {
            if (opCount == 0) {
                throw new IllegalStateException("a path starts with moveTo");
            }
        }

        private Builder add(byte op, double... xs) {
            if (opCount == ops.length) {
                ops = Arrays.copyOf(ops, ops.length * 2);
            }
            ops[opCount++] = op;
            if (coordCount + xs.length > coords.length) {
                coords = Arrays.copyOf(coords, Math.max(coords.length * 2, coordCount + xs.length));
            }
            for (double x : xs) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("path coordinates must be finite");
                }
                coords[coordCount++] = x;
            }
            return this;
        }
    }

    /** Reads numbers and commands from path data. */
    private static final class Scanner {
        private final String s;
        private int i;

        Scanner(String s) {
            this.s = s;
        }

        /** Skips spaces and commas; whether anything is left. */
        boolean skipSeparators() {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
                i++;
            }
            return i < s.length();
        }

        char peek() {
            return s.charAt(i);
        }

        char next() {
            return s.charAt(i++);
        }

        double number() {
            if (!skipSeparators()) {
                throw new IllegalArgumentException("path data ends where a number is due: " + s);
            }
            int start = i;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                i++;
            }
            boolean dot = false;
            boolean exp = false;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isDigit(c)) {
                    i++;
                } else if (c == '.' && !dot && !exp) {
                    dot = true;
                    i++;
                } else if ((c == 'e' || c == 'E') && !exp && i > start) {
                    exp = true;
                    i++;
                    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                        i++;
                    }
                } else {
                    break;
                }
            }
            if (i == start) {
                throw new IllegalArgumentException("number expected at " + start + " in: " + s);
            }
            try {
                return Double.parseDouble(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad number at " + start + " in: " + s, e);
            }
        }
    }
}
