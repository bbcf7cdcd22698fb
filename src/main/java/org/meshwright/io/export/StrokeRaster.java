package org.meshwright.io.export;

import java.util.Arrays;
import org.meshwright.diagram.PathData;

/**
 * Strokes thin anti-aliased paths with round caps and joins straight into the pixels of a
 * {@code TYPE_INT_RGB} image, for the PNG export. Java2D's general rasteriser (Marlin) pays
 * about half a microsecond for each pixel row a stroke spans, whatever its width; a
 * 10,000-node diagram has a hundred million such rows of links. Here a row costs the few
 * pixels the line covers.
 *
 * <p>A stroke is first {@linkplain #prepare prepared}: its centre line flattened to a polyline
 * in device pixels, with the length along it at each point; then {@linkplain #fill filled}
 * into any band of rows. Dashes are not stored: where a segment of the polyline crosses the
 * band, the pattern's position at the segment's start (from the length along the line) gives
 * the dashes in it, so a dotted link costs no more memory than a solid one.
 *
 * <p>Each part of a dash within one segment is drawn over its own rows, pixel by pixel only
 * across the width of the stroke in each row. Coverage: a pixel takes the overlap of the
 * stroke's cross-section (width {@code w} about the centre line) with the pixel's unit extent
 * along the normal, at the distance of the pixel centre from the centre line: exact for lines
 * along the axes and ink-preserving at any angle. Where a dash runs on from one segment into
 * the next, the line bisecting their angle parts the pixels between them (each is drawn once,
 * by the segment nearer to it), and beyond the shared point the distance is to that point: a
 * round join. By a round cap that model would overstate the cap, so there the pixel is
 * sampled on a 6 x 6 grid, or, for strokes thinner than 1.5 px (whose caps are far smaller
 * than a pixel), the dash is taken as lengthened by the cap's area. Dashes follow Java2D's
 * rules (lengths and phase in pixels, each subpath restarts the pattern). Colour is
 * composited source-over with 8-bit coverage, as Java2D's mask fills do.
 */
final class StrokeRaster {

    /** The widest stroke, in pixels, drawn here; wider ones go through Java2D. */
    static final double MAX_WIDTH = 6;
    /** Round caps are sampled from this half-width on; thinner ones are modelled by their area. */
    static final double SAMPLED_CAP_RADIUS = 0.75;
    /** Curves are flattened until no control point is further than this from the chord, in pixels. */
    private static final double FLATNESS = 0.1;
    /** Samples a side of a pixel by a wide stroke's round cap. */
    private static final int SAMPLES = 6;
    private static final double HALF_DIAGONAL = Math.sqrt(0.5);
    /** Segments a row of a stroke's index of rows: a band looks at the segments of the rows it meets. */
    private static final int CHUNK = 8;

    /** A stroke in device pixels, ready to be filled into any rows. */
    static final class Prepared {
        /** The centre line's points, x and y in turn; subpath {@code k} has points {@code subpaths[k]} to {@code subpaths[k + 1] - 1}. */
        private final double[] xy;
        /** The length along the centre line from its subpath's start to each point. */
        private final double[] arc;
        /** The unit direction of each segment (from its point to the next), x and y in turn. */
        private final double[] direction;
        private final int[] subpaths;
        /** Per run of up to {@link #CHUNK} segments of one subpath: its subpath, first segment, end, and rows. */
        private final int[] chunkSubpath;
        private final int[] chunkFirst;
        private final int[] chunkEnd;
        private final double[] chunkTop;
        private final double[] chunkBottom;
        /** Dash lengths (on, off, ...) in pixels, or null: solid. */
        private final double[] pattern;
        private final double patternLength;
        private final double phase;
        private final double radius;
        private final int rgb;
        private final int alpha255;
        private final double minY;
        private final double maxY;

        private Prepared(double[] xy, double[] arc, int[] subpaths, double[] pattern, double phase, double radius,
                         int rgb, int alpha255) {
            this.xy = xy;
            this.arc = arc;
            this.subpaths = subpaths;
            this.direction = new double[xy.length];
            for (int k = 0; k + 1 < subpaths.length; k++) {
                for (int j = subpaths[k]; j < subpaths[k + 1] - 1; j++) {
                    double len = arc[j + 1] - arc[j];
                    direction[2 * j] = len > 0 ? (xy[2 * j + 2] - xy[2 * j]) / len : 1;
                    direction[2 * j + 1] = len > 0 ? (xy[2 * j + 3] - xy[2 * j + 1]) / len : 0;
                }
            }
            this.radius = radius;
            this.rgb = rgb;
            this.alpha255 = alpha255;
            double total = 0;
            if (pattern != null) {
                for (double d : pattern) {
                    total += d;
                }
            }
            this.pattern = total > 0 ? pattern : null;
            this.patternLength = total;
            // where the pattern starts: as far into it as the phase, modulo its length
            this.phase = total > 0 ? ((phase % total) + total) % total : 0;
            int chunks = 0;
            for (int k = 0; k + 1 < subpaths.length; k++) {
                chunks += (subpaths[k + 1] - subpaths[k] - 1 + CHUNK - 1) / CHUNK;
            }
            chunkSubpath = new int[chunks];
            chunkFirst = new int[chunks];
            chunkEnd = new int[chunks];
            chunkTop = new double[chunks];
            chunkBottom = new double[chunks];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int c = 0;
            for (int k = 0; k + 1 < subpaths.length; k++) {
                int lastSegment = subpaths[k + 1] - 2;
                for (int j = subpaths[k]; j <= lastSegment; j += CHUNK, c++) {
                    int end = Math.min(lastSegment + 1, j + CHUNK);
                    double top = Double.POSITIVE_INFINITY;
                    double bottom = Double.NEGATIVE_INFINITY;
                    for (int i = j; i <= end; i++) {
                        top = Math.min(top, xy[2 * i + 1]);
                        bottom = Math.max(bottom, xy[2 * i + 1]);
                    }
                    chunkSubpath[c] = k;
                    chunkFirst[c] = j;
                    chunkEnd[c] = end;
                    chunkTop[c] = top;
                    chunkBottom[c] = bottom;
                    lo = Math.min(lo, top);
                    hi = Math.max(hi, bottom);
                }
            }
            this.minY = lo;
            this.maxY = hi;
        }

        /** How far from its centre line, in rows, the stroke may touch pixels. */
        private double reach() {
            return radius + 0.5 + Math.max(radius + 0.5, capReach(radius)) + 1;
        }

        /** The rows the stroke may touch: first and last, in device pixels. */
        double top() {
            return minY - reach();
        }

        double bottom() {
            return maxY + reach();
        }
    }

    /**
     * Prepares {@code path} mapped to pixels by {@code x * scale + tx}, {@code y * scale + ty},
     * {@code strokeWidth} pixels wide, with {@code dashes} (pixel lengths, on and off in turn;
     * null or empty: solid) starting {@code phase} pixels into the pattern, in opaque colour
     * {@code rgb} at {@code alpha} (0 to 1).
     */
    static Prepared prepare(PathData path, double scale, double tx, double ty, double strokeWidth, double[] dashes,
                            double phase, int rgb, double alpha) {
        Polyline g = new Polyline();
        path.accept(new PathData.Visitor() {
            double startX;
            double startY;
            double lastX;
            double lastY;

            @Override
            public void moveTo(double x, double y) {
                g.endSubpath();
                startX = lastX = x * scale + tx;
                startY = lastY = y * scale + ty;
                g.addPoint(lastX, lastY);
            }

            @Override
            public void lineTo(double x, double y) {
                lastX = x * scale + tx;
                lastY = y * scale + ty;
                g.addPoint(lastX, lastY);
            }

            @Override
            public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
                double ex = x * scale + tx;
                double ey = y * scale + ty;
                g.cubic(lastX, lastY, x1 * scale + tx, y1 * scale + ty, x2 * scale + tx, y2 * scale + ty, ex, ey, 0);
                lastX = ex;
                lastY = ey;
            }

            @Override
            public void quadTo(double x1, double y1, double x, double y) {
                double cx = x1 * scale + tx;
                double cy = y1 * scale + ty;
                double ex = x * scale + tx;
                double ey = y * scale + ty;
                // the same curve as a cubic
                g.cubic(lastX, lastY, lastX + 2.0 / 3 * (cx - lastX), lastY + 2.0 / 3 * (cy - lastY),
                        ex + 2.0 / 3 * (cx - ex), ey + 2.0 / 3 * (cy - ey), ex, ey, 0);
                lastX = ex;
                lastY = ey;
            }

            @Override
            public void close() {
                lastX = startX;
                lastY = startY;
                g.addPoint(startX, startY);
            }
        });
        g.endSubpath();
        return new Prepared(Arrays.copyOf(g.xy, 2 * g.points), Arrays.copyOf(g.arc, g.points),
                Arrays.copyOf(g.subpaths, g.subpathCount + 1), dashes == null || dashes.length == 0 ? null
                : dashes.clone(), phase, strokeWidth / 2, rgb & 0xffffff,
                (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }

    // ---- geometry: flattening ------------------------------------------------------------

    /** The centre line as it is built: flattened subpaths of two or more points, none repeated. */
    private static final class Polyline {
        double[] xy = new double[256];
        double[] arc = new double[128];
        int points;
        int[] subpaths = new int[] {0, 0};
        int subpathCount;
        /** Points of the current subpath, the first one included even where it is repeated. */
        private int open;

        void addPoint(double x, double y) {
            if (open > 0 && x == xy[2 * points - 2] && y == xy[2 * points - 1]) {
                open++; // no length: the point is there already
                return;
            }
            if (2 * points + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
                arc = Arrays.copyOf(arc, arc.length * 2);
            }
            if (open == 0) {
                arc[points] = 0;
            } else {
                double dx = x - xy[2 * points - 2];
                double dy = y - xy[2 * points - 1];
                arc[points] = arc[points - 1] + Math.sqrt(dx * dx + dy * dy);
            }
            xy[2 * points] = x;
            xy[2 * points + 1] = y;
            points++;
            open++;
        }

        void cubic(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3,
                   int depth) {
            double dx = x3 - x0;
            double dy = y3 - y0;
            double d1 = Math.abs((x1 - x3) * dy - (y1 - y3) * dx);
            double d2 = Math.abs((x2 - x3) * dy - (y2 - y3) * dx);
            double chord2 = dx * dx + dy * dy;
            boolean flat = (d1 + d2) * (d1 + d2) <= FLATNESS * FLATNESS * chord2
                    || chord2 == 0 && Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x0, y2 - y0) <= FLATNESS;
            if (flat || depth >= 16) {
                addPoint(x3, y3);
                return;
            }
            double x01 = (x0 + x1) / 2;
            double y01 = (y0 + y1) / 2;
            double x12 = (x1 + x2) / 2;
            double y12 = (y1 + y2) / 2;
            double x23 = (x2 + x3) / 2;
            double y23 = (y2 + y3) / 2;
            double xa = (x01 + x12) / 2;
            double ya = (y01 + y12) / 2;
            double xb = (x12 + x23) / 2;
            double yb = (y12 + y23) / 2;
            double xm = (xa + xb) / 2;
            double ym = (ya + yb) / 2;
            cubic(x0, y0, x01, y01, xa, ya, xm, ym, depth + 1);
            cubic(xm, ym, xb, yb, x23, y23, x3, y3, depth + 1);
        }

        /**
         * Ends the current subpath: one of a single point is dropped, one of two or more points
         * all in one place is kept as a segment of no length (drawn as a dot).
         */
        void endSubpath() {
            int start = subpaths[subpathCount];
            int kept = points - start;
            if (open >= 2 && kept == 1) {
                addDuplicate();
                kept = 2;
            }
            if (kept < 2) {
                points = start;
            } else {
                if (subpathCount + 2 > subpaths.length) {
                    subpaths = Arrays.copyOf(subpaths, subpaths.length * 2);
                }
                subpaths[++subpathCount] = points;
            }
            open = 0;
        }

        private void addDuplicate() {
            if (2 * points + 2 > xy.length) {
                xy = Arrays.copyOf(xy, xy.length * 2);
                arc = Arrays.copyOf(arc, arc.length * 2);
            }
            xy[2 * points] = xy[2 * points - 2];
            xy[2 * points + 1] = xy[2 * points - 1];
            arc[points] = 0;
            points++;
        }
    }

    /** How far past a cap's end point along the line the cap may touch pixel centres. */
    private static double capReach(double r) {
        return r >= SAMPLED_CAP_RADIUS ? r + 0.5 : 0.5 + r * Math.PI / 4;
    }

    // ---- pixels --------------------------------------------------------------------------

    private final int[] pixels;
    private final int width;
    private final int top;
    private final int bottom;
    private final int rowOffset;

    // the stroke being filled
    private double r;
    private boolean sampled;
    /** A thin stroke's pixel this far inside both ends of its dash is not by a cap. */
    private double whole;
    private int rgb;
    private int alpha255;

    /**
     * Draws into {@code pixels} (row-major, {@code width} a row, device row {@code y} at
     * index {@code (y - rowOffset) * width}), only in device rows {@code top} (inclusive) to
     * {@code bottom} (exclusive).
     */
    StrokeRaster(int[] pixels, int width, int top, int bottom, int rowOffset) {
        this.pixels = pixels;
        this.width = width;
        this.top = top;
        this.bottom = bottom;
        this.rowOffset = rowOffset;
    }

    /** Fills the part of {@code stroke} that lies in this raster's rows. */
    void fill(Prepared stroke) {
        double reach = stroke.reach();
        if (stroke.chunkFirst.length == 0 || stroke.maxY + reach < top || stroke.minY - reach >= bottom) {
            return;
        }
        r = stroke.radius;
        sampled = r >= SAMPLED_CAP_RADIUS;
        whole = 0.5 - r * Math.PI / 4;
        rgb = stroke.rgb;
        alpha255 = stroke.alpha255;
        double[] xy = stroke.xy;
        for (int c = 0; c < stroke.chunkFirst.length; c++) {
            if (stroke.chunkBottom[c] + reach < top || stroke.chunkTop[c] - reach >= bottom) {
                continue;
            }
            int k = stroke.chunkSubpath[c];
            int first = stroke.subpaths[k];
            int last = stroke.subpaths[k + 1] - 2;
            for (int j = stroke.chunkFirst[c], end = stroke.chunkEnd[c]; j < end; j++) {
                double y0 = xy[2 * j + 1];
                double y1 = xy[2 * j + 3];
                if (max(y0, y1) + reach >= top && min(y0, y1) - reach < bottom) {
                    segment(stroke, j, first, last, reach);
                }
            }
        }
    }

    // the segment being filled: its start, direction, length, length along the subpath at its
    // start and end, its place in the subpath
    private double x0;
    private double y0;
    private double ux;
    private double uy;
    private double len;
    private double s0;
    private double s1;
    private int segment;
    private int firstSegment;
    private int lastSegment;

    /**
     * Draws the dashes, or parts of them, that lie on segment {@code j} (from point j to
     * point j + 1) of the subpath whose segments are {@code first} to {@code last}, as far as
     * they may reach this raster's rows ({@code reach} above and below them).
     */
    private void segment(Prepared s, int j, int first, int last, double reach) {
        double[] xy = s.xy;
        x0 = xy[2 * j];
        y0 = xy[2 * j + 1];
        ux = s.direction[2 * j];
        uy = s.direction[2 * j + 1];
        s0 = s.arc[j];
        s1 = s.arc[j + 1];
        len = s1 - s0;
        segment = j;
        firstSegment = first;
        lastSegment = last;
        double lineEnd = s.arc[last + 1];
        if (s.pattern == null) {
            dash(s, 0, lineEnd);
            return;
        }
        // the stretch of the segment near the rows: dashes wholly outside it cannot reach them
        double from = s0;
        double to = s1;
        if (uy != 0) {
            double ta = (top - reach - y0) / uy;
            double tb = (bottom + reach - y0) / uy;
            from = s0 + max(0, min(ta, tb));
            to = s0 + min(len, max(ta, tb));
        }
        double[] pattern = s.pattern;
        // which dash or gap the stretch starts in, and where that one began
        double into = s.phase + from;
        into -= Math.floor(into / s.patternLength) * s.patternLength; // % costs far more
        int idx = 0;
        while (into >= pattern[idx] && idx < pattern.length - 1) {
            into -= pattern[idx];
            idx++;
        }
        double start = from - into;
        boolean toEnd = to >= s1 && j == last;
        while (start < to || start == to && toEnd) {
            double end = start + pattern[idx];
            if (idx % 2 == 0) {
                dash(s, start, min(end, lineEnd));
            }
            start = end;
            idx = idx + 1 == pattern.length ? 0 : idx + 1;
        }
    }

    /**
     * Draws the part on the current segment of the dash from {@code u0} to {@code u1} (lengths
     * along the subpath), if it has one there: where the dash carries on into the segment
     * before or after, that end is a join, otherwise a cap.
     */
    private void dash(Prepared s, double u0, double u1) {
        double from = max(u0, s0);
        double to = min(u1, s1);
        boolean capStart;
        boolean capEnd;
        if (to > from) {
            capStart = u0 >= s0 || segment == firstSegment;
            capEnd = u1 <= s1 || segment == lastSegment;
        } else if (to == from && u0 >= s0 && (u0 < s1 || segment == lastSegment)) {
            // a dot: a dash of no length, or one that starts where the line ends
            capStart = true;
            capEnd = true;
            u1 = u0;
        } else {
            return;
        }
        // the join planes: a pixel belongs to this segment on its side of the bisector at a shared point
        double[] dir = s.direction;
        int j = segment;
        double nsx = capStart ? 0 : dir[2 * j - 2] + ux;
        double nsy = capStart ? 0 : dir[2 * j - 1] + uy;
        double nex = capEnd ? 0 : dir[2 * j + 2] + ux;
        double ney = capEnd ? 0 : dir[2 * j + 3] + uy;
        // lengths along this segment from its start: the part drawn, and the dash's own ends
        piece(from - s0, to - s0, max(u0, 0) - s0, u1 - s0, capStart, capEnd, nsx, nsy, nex, ney);
    }

    /**
     * Draws the part from {@code a} to {@code b} along the current segment of a dash from {@code ds} to {@code de} along it; each end
     * a cap or a join with the plane normal (ns or ne, unnormalised) that bounds this
     * segment's pixels there.
     */
    private void piece(double a, double b, double ds, double de, boolean capStart, boolean capEnd, double nsx,
                       double nsy, double nex, double ney) {
        double x0 = this.x0;
        double y0 = this.y0;
        double ux = this.ux;
        double uy = this.uy;
        double rr = r + 0.5; // pixel centres this far from the centre line or further have no coverage
        double cap = capReach(r);
        double tLo = a - (capStart ? cap : rr);
        double tHi = b + (capEnd ? cap : rr);
        double yLo = y0 + uy * tLo;
        double yHi = y0 + uy * tHi;
        double spread = Math.abs(ux) * rr;
        int firstRow = Math.max(top, (int) Math.ceil(min(yLo, yHi) - spread - 0.5));
        int lastRow = Math.min(bottom - 1, (int) Math.floor(max(yLo, yHi) + spread - 0.5));
        if (firstRow > lastRow) {
            return;
        }
        boolean joinStart = !capStart;
        boolean joinEnd = !capEnd;
        double ex = len * ux;
        double ey = len * uy;
        double invUx = ux != 0 ? 1 / ux : 0;
        double invUy = uy != 0 ? 1 / uy : 0;
        double e = r * Math.PI / 4;
        for (int row = firstRow; row <= lastRow; row++) {
            double yr = row + 0.5 - y0;
            // pixel centres in the row with tLo <= t <= tHi and |perpendicular distance| <= rr
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            double ty = yr * uy;
            if (ux != 0) {
                double q0 = (tLo - ty) * invUx;
                double q1 = (tHi - ty) * invUx;
                lo = min(q0, q1);
                hi = max(q0, q1);
            } else if (ty < tLo || ty > tHi) {
                continue;
            }
            double py = yr * ux;
            if (uy != 0) {
                double q0 = (py - rr) * invUy;
                double q1 = (py + rr) * invUy;
                lo = max(lo, min(q0, q1));
                hi = min(hi, max(q0, q1));
            } else if (Math.abs(py) > rr) {
                continue;
            }
            int pxFrom = (int) max(0, Math.ceil(lo + x0 - 0.5));
            int pxTo = (int) min(width - 1, Math.floor(hi + x0 - 0.5));
            int base = (row - rowOffset) * width;
            if (pxFrom > pxTo) {
                continue;
            }
            if (!sampled && plain(pxFrom + 0.5 - x0, yr, a, b, ds, de, joinStart, joinEnd, nsx, nsy, nex, ney, ex, ey)
                    && plain(pxTo + 0.5 - x0, yr, a, b, ds, de, joinStart, joinEnd, nsx, nsy, nex, ney, ex, ey)) {
                // the whole span is away from the ends and the neighbouring segments (each test is linear
                // along the row, so it holds between its ends): coverage from the distance alone
                double perp = py - (pxFrom + 0.5 - x0) * uy;
                for (int px = pxFrom; px <= pxTo; px++, perp -= uy) {
                    double coverage = across(perp < 0 ? -perp : perp, r);
                    if (coverage > 0) {
                        blend(base + px, coverage);
                    }
                }
                continue;
            }
            for (int px = pxFrom; px <= pxTo; px++) {
                double xr = px + 0.5 - x0;
                if (joinStart && xr * nsx + yr * nsy < 0 || joinEnd && (xr - ex) * nex + (yr - ey) * ney >= 0) {
                    continue; // the neighbouring segment's pixel
                }
                double t = xr * ux + ty;
                double perp = py - xr * uy;
                double coverage;
                if (!sampled) {
                    double d = t < a && !capStart ? Math.sqrt((t - a) * (t - a) + perp * perp)
                            : t > b && !capEnd ? Math.sqrt((t - b) * (t - b) + perp * perp) : Math.abs(perp);
                    coverage = across(d, r);
                    if (t - ds < whole || de - t < whole) {
                        // by a thin cap: the dash lengthened by pi r / 4 at each end, the rectangle of the cap's area
                        coverage *= max(0, min(1, min(0.5, t - ds + e) + min(0.5, de - t + e)));
                    }
                } else {
                    double tc = t < a ? a : t > b ? b : t;
                    double d = tc == t ? Math.abs(perp) : Math.sqrt((t - tc) * (t - tc) + perp * perp);
                    if (t - ds < 0.75 || de - t < 0.75) {
                        // by a round cap: wholly inside or wholly outside it, or else sampled
                        coverage = d + HALF_DIAGONAL <= r ? 1 : d - HALF_DIAGONAL >= r ? 0
                                : sampledCoverage(xr, yr, ux, uy, a, b);
                    } else {
                        coverage = across(d, r);
                    }
                }
                if (coverage > 0) {
                    blend(base + px, coverage);
                }
            }
        }
    }

    /**
     * Whether a thin stroke's pixel centred at (xr, yr) (relative to the segment's start) is
     * drawn by this segment, along it (not past either end) and not by a cap: its coverage
     * is then that of its distance from the line alone.
     */
    private boolean plain(double xr, double yr, double a, double b, double ds, double de, boolean joinStart,
                          boolean joinEnd, double nsx, double nsy, double nex, double ney, double ex, double ey) {
        double t = xr * ux + yr * uy;
        return t >= a && t <= b && t - ds >= whole && de - t >= whole
                && !(joinStart && xr * nsx + yr * nsy < 0) && !(joinEnd && (xr - ex) * nex + (yr - ey) * ney >= 0);
    }

    /** The overlap of the stroke's cross-section {@code [-r, r]} with a pixel's extent about distance {@code d}. */
    private static double across(double d, double r) {
        return max(0, min(1, min(d + 0.5, r) - max(d - 0.5, -r)));
    }

    // Math.min and Math.max of doubles mind NaN and -0.0, and cost several times as much; neither occurs here
    private static double min(double a, double b) {
        return a < b ? a : b;
    }

    private static double max(double a, double b) {
        return a > b ? a : b;
    }

    /**
     * The share of the 36 samples of the pixel centred at (xr, yr) (relative to the segment's
     * start) within {@code r} of the segment's part from {@code a} to {@code b}.
     */
    private double sampledCoverage(double xr, double yr, double ux, double uy, double a, double b) {
        double r2 = r * r;
        int inside = 0;
        for (int sy = 0; sy < SAMPLES; sy++) {
            double y = yr - 0.5 + (sy + 0.5) / SAMPLES;
            for (int sx = 0; sx < SAMPLES; sx++) {
                double x = xr - 0.5 + (sx + 0.5) / SAMPLES;
                double t = x * ux + y * uy;
                t = t < a ? a : t > b ? b : t;
                double qx = x - t * ux;
                double qy = y - t * uy;
                if (qx * qx + qy * qy <= r2) {
                    inside++;
                }
            }
        }
        return inside / (double) (SAMPLES * SAMPLES);
    }

    /** Source-over of the stroke's colour times {@code coverage}, in Java2D's 8-bit arithmetic. */
    private void blend(int index, double coverage) {
        int mask = (int) (coverage * 255 + 0.5);
        int a = mul8(mask, alpha255);
        if (a == 0) {
            return;
        }
        if (a == 255) {
            pixels[index] = rgb;
            return;
        }
        int dst = pixels[index];
        int inv = 255 - a;
        int red = mul8(a, rgb >>> 16 & 0xff) + mul8(inv, dst >>> 16 & 0xff);
        int green = mul8(a, rgb >>> 8 & 0xff) + mul8(inv, dst >>> 8 & 0xff);
        int blue = mul8(a, rgb & 0xff) + mul8(inv, dst & 0xff);
        pixels[index] = red << 16 | green << 8 | blue;
    }

    /** {@code a * b / 255} rounded, as Java2D's {@code mul8table}. */
    private static int mul8(int a, int b) {
        int t = a * b + 128;
        return (t + (t >>> 8)) >>> 8;
    }
}
