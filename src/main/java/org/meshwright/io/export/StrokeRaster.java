package org.meshwright.io.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.meshwright.diagram.PathData;

/**
 * Strokes thin anti-aliased paths with round caps and joins straight into the pixels of a
 * {@code TYPE_INT_RGB} image, row by row, for the PNG export. Java2D's general rasteriser
 * (Marlin) pays about half a microsecond for each pixel row a stroke spans, whatever its
 * width; a 10,000-node diagram has a hundred million such rows of links. Here a row costs
 * the few pixels the line touches.
 *
 * <p>A stroke is first {@linkplain #prepare prepared}: flattened and cut into its dashes
 * ("pieces") in device pixels, once; then {@linkplain #fill filled} into any band of rows.
 *
 * <p>Coverage: a pixel takes the overlap of the stroke's cross-section (width {@code w}
 * about the centre line) with the pixel's unit extent along the normal, at the distance of
 * the pixel centre from the nearest centre-line segment of its piece: exact for lines
 * along the axes and ink-preserving at any angle, and the union of the piece's segments
 * (joins are not drawn twice). By a round cap that model would overstate the cap, so there
 * the pixel is sampled on a 6 x 6 grid, or, for strokes thinner than 1.5 px (whose caps
 * are far smaller than a pixel), the piece is taken as lengthened by the cap's area.
 * Dashes follow Java2D's rules (lengths and phase in pixels, each subpath restarts the
 * pattern). Colour is composited source-over with 8-bit coverage, as Java2D's mask fills do.
 */
final class StrokeRaster {

    /** The widest stroke, in pixels, drawn here; wider ones go through Java2D. */
    static final double MAX_WIDTH = 6;
    /** Round caps are sampled from this half-width on; thinner ones are modelled by their area (see {@link #fillPiece}). */
    static final double SAMPLED_CAP_RADIUS = 0.75;
    /** Curves are flattened until no control point is further than this from the chord, in pixels. */
    private static final double FLATNESS = 0.1;
    /** Samples a side of a pixel by a wide stroke's round cap. */
    private static final int SAMPLES = 6;
    private static final double HALF_DIAGONAL = Math.sqrt(0.5);

    /**
     * One dash (or the whole line): its centre-line segments and its two ends with their
     * directions. A long piece keeps its segments ready for the row sweep, made once for all
     * the bands it crosses; a short one (most dashes) is made ready where it is filled.
     */
    private static final class Piece {
        /** Pieces with more segments than this keep a {@link Sweep}. */
        static final int KEEP_SWEEP = 16;

        final double[] seg;
        final int segCount;
        final double minY;
        final double maxY;
        final double startX;
        final double startY;
        final double startDx;
        final double startDy;
        final double endX;
        final double endY;
        final double endDx;
        final double endDy;
        final boolean extended;
        final Sweep sweep;

        /** {@code extended}: see {@link Sweep#load}. */
        Piece(double[] seg, int segCount, double startDx, double startDy, double endDx, double endDy,
              boolean extended) {
            this.seg = seg;
            this.segCount = segCount;
            this.startX = seg[0];
            this.startY = seg[1];
            this.endX = seg[4 * segCount - 2];
            this.endY = seg[4 * segCount - 1];
            this.startDx = startDx;
            this.startDy = startDy;
            this.endDx = endDx;
            this.endDy = endDy;
            this.extended = extended;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < segCount; i++) {
                lo = Math.min(lo, Math.min(seg[4 * i + 1], seg[4 * i + 3]));
                hi = Math.max(hi, Math.max(seg[4 * i + 1], seg[4 * i + 3]));
            }
            this.minY = lo;
            this.maxY = hi;
            this.sweep = segCount > KEEP_SWEEP ? new Sweep().load(this) : null;
        }
    }

    /**
     * A piece's segments ready for the row sweep: origin, direction, 1 / squared length,
     * parameter range, top and bottom, and their order by top.
     */
    private static final class Sweep {
        double[] x = new double[0];
        double[] y = x;
        double[] dx = x;
        double[] dy = x;
        double[] inv = x;
        double[] lo = x;
        double[] hi = x;
        double[] top = x;
        double[] bottom = x;
        int[] order = new int[0];
        double tallest;

        /**
         * Makes ready the segments of {@code p}. Extended (thin strokes): the first segment
         * runs on backwards and the last onwards, and a dot becomes the line through it along
         * the centre line, so that by a thin cap the distance is the one across the line and
         * the cap's rectangle alone shapes the end.
         */
        Sweep load(Piece p) {
            int n = p.segCount;
            if (x.length < n) {
                x = new double[n];
                y = new double[n];
                dx = new double[n];
                dy = new double[n];
                inv = new double[n];
                lo = new double[n];
                hi = new double[n];
                top = new double[n];
                bottom = new double[n];
                order = new int[n];
            }
            double[] seg = p.seg;
            boolean extended = p.extended;
            tallest = 0;
            for (int i = 0; i < n; i++) {
                double x0 = seg[4 * i];
                double y0 = seg[4 * i + 1];
                double ddx = seg[4 * i + 2] - x0;
                double ddy = seg[4 * i + 3] - y0;
                double len2 = ddx * ddx + ddy * ddy;
                x[i] = x0;
                y[i] = y0;
                top[i] = Math.min(y0, y0 + ddy);
                bottom[i] = Math.max(y0, y0 + ddy);
                tallest = Math.max(tallest, bottom[i] - top[i]);
                if (len2 == 0 && extended) {
                    dx[i] = p.startDx;
                    dy[i] = p.startDy;
                    inv[i] = 1;
                    lo[i] = Double.NEGATIVE_INFINITY;
                    hi[i] = Double.POSITIVE_INFINITY;
                } else {
                    dx[i] = ddx;
                    dy[i] = ddy;
                    inv[i] = len2 == 0 ? 0 : 1 / len2;
                    lo[i] = extended && i == 0 ? Double.NEGATIVE_INFINITY : 0;
                    hi[i] = extended && i == n - 1 ? Double.POSITIVE_INFINITY : 1;
                }
            }
            // insertion sort by top, from the likelier direction (a line runs up or down)
            boolean down = n < 2 || top[0] <= top[n - 1];
            for (int i = 0; i < n; i++) {
                int s = down ? i : n - 1 - i;
                int k = i;
                while (k > 0 && top[order[k - 1]] > top[s]) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = s;
            }
            return this;
        }
    }

    /** A stroke in device pixels, ready to be filled into any rows. */
    static final class Prepared {
        private final Piece[] pieces;
        private final double tallestPiece;
        private final double radius;
        private final int rgb;
        private final int alpha255;
        private final double minY;
        private final double maxY;

        private Prepared(List<Piece> list, double radius, int rgb, int alpha255) {
            this.pieces = list.toArray(new Piece[0]);
            Arrays.sort(pieces, Comparator.comparingDouble((Piece p) -> p.minY));
            double tallest = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Piece p : pieces) {
                tallest = Math.max(tallest, p.maxY - p.minY);
                lo = Math.min(lo, p.minY);
                hi = Math.max(hi, p.maxY);
            }
            this.tallestPiece = tallest;
            this.radius = radius;
            this.rgb = rgb;
            this.alpha255 = alpha255;
            this.minY = lo;
            this.maxY = hi;
        }

        /** The rows the stroke may touch: first and last, in device pixels. */
        double top() {
            return minY - radius - 1;
        }

        double bottom() {
            return maxY + radius + 1;
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
        Geometry g = new Geometry(dashes == null || dashes.length == 0 ? null : dashes, phase,
                strokeWidth / 2 < SAMPLED_CAP_RADIUS);
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
        return new Prepared(g.pieces, strokeWidth / 2, rgb & 0xffffff,
                (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }

    // ---- geometry: flattening and dashing ------------------------------------------------

    /** Builds the pieces of one stroke. */
    private static final class Geometry {
        private final double[] pattern;
        private final double phase;
        private final List<Piece> pieces = new ArrayList<>();
        /** Thin: caps are modelled, so pieces are made with extended ends (see {@link Piece}). */
        private final boolean thin;
        // the centre line of the current subpath, flattened
        private double[] line = new double[256];
        private int linePoints;

        Geometry(double[] pattern, double phase, boolean thin) {
            this.pattern = pattern;
            this.phase = phase;
            this.thin = thin;
        }

        void addPoint(double x, double y) {
            if (linePoints * 2 + 2 > line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[linePoints * 2] = x;
            line[linePoints * 2 + 1] = y;
            linePoints++;
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

        /** Turns the centre line built so far into pieces, dashed where there is a pattern. */
        void endSubpath() {
            if (linePoints >= 2) {
                if (pattern == null) {
                    piece(0, 0, linePoints - 2, 1);
                } else {
                    dash();
                }
            }
            linePoints = 0;
        }

        /**
         * Adds the centre line from fraction {@code ta} of its segment {@code ia} to fraction
         * {@code tb} of its segment {@code ib} (segment i runs from point i to point i + 1) as
         * a piece with a round cap at both ends: a dot where the piece has no length.
         */
        private void piece(int ia, double ta, int ib, double tb) {
            double sx = at(ia, ta, 0);
            double sy = at(ia, ta, 1);
            double ex = at(ib, tb, 0);
            double ey = at(ib, tb, 1);
            double[] seg = new double[4 * (ib - ia + 1)];
            int n = 0;
            double px = sx;
            double py = sy;
            for (int i = ia + 1; i <= ib; i++) {
                n = put(seg, n, px, py, line[2 * i], line[2 * i + 1]);
                px = line[2 * i];
                py = line[2 * i + 1];
            }
            n = put(seg, n, px, py, ex, ey);
            double[] d0 = direction(ia);
            double[] d1 = direction(ib);
            pieces.add(new Piece(seg, n, d0[0], d0[1], d1[0], d1[1], thin));
        }

        private static int put(double[] seg, int n, double x0, double y0, double x1, double y1) {
            seg[4 * n] = x0;
            seg[4 * n + 1] = y0;
            seg[4 * n + 2] = x1;
            seg[4 * n + 3] = y1;
            return n + 1;
        }

        /** Coordinate {@code axis} of the point at fraction {@code t} of segment {@code i}. */
        private double at(int i, double t, int axis) {
            double v0 = line[2 * i + axis];
            double v1 = line[2 * i + 2 + axis];
            return t <= 0 ? v0 : t >= 1 ? v1 : v0 + (v1 - v0) * t;
        }

        /** The unit direction of centre-line segment {@code i}, or of the nearest one with a length. */
        private double[] direction(int i) {
            for (int k = 0; k < linePoints; k++) {
                for (int j : new int[] {i + k, i - k}) {
                    if (j >= 0 && j < linePoints - 1) {
                        double dx = line[2 * j + 2] - line[2 * j];
                        double dy = line[2 * j + 3] - line[2 * j + 1];
                        double len = Math.hypot(dx, dy);
                        if (len > 0) {
                            return new double[] {dx / len, dy / len};
                        }
                    }
                }
            }
            return new double[] {1, 0};
        }

        /** Cuts the centre line into the "on" parts of the pattern, as Java2D's dasher does. */
        private void dash() {
            double total = 0;
            for (double d : pattern) {
                total += d;
            }
            if (!(total > 0)) {
                piece(0, 0, linePoints - 2, 1);
                return;
            }
            // where the pattern starts: which dash or gap, and how much of it is left
            double p = ((phase % total) + total) % total;
            int idx = 0;
            while (p >= pattern[idx]) {
                p -= pattern[idx];
                idx = (idx + 1) % pattern.length;
            }
            double left = pattern[idx] - p;
            boolean on = idx % 2 == 0;
            int startSeg = 0;
            double startT = 0;
            for (int i = 0; i < linePoints - 1; i++) {
                double len = Math.hypot(line[2 * i + 2] - line[2 * i], line[2 * i + 3] - line[2 * i + 1]);
                double pos = 0;
                while (len - pos >= left) {
                    pos += left;
                    double t = len == 0 ? 1 : pos / len;
                    if (on) {
                        piece(startSeg, startT, i, t);
                    } else {
                        startSeg = i;
                        startT = t;
                    }
                    on = !on;
                    idx = (idx + 1) % pattern.length;
                    left = pattern[idx];
                }
                left -= len - pos;
            }
            if (on) {
                piece(startSeg, startT, linePoints - 2, 1);
            }
        }
    }

    // ---- pixels --------------------------------------------------------------------------

    private final int[] pixels;
    private final int width;
    private final int top;
    private final int bottom;
    private final int rowOffset;

    // the piece being filled
    private double[] seg;
    private int segCount;
    // per-pixel least distance in the row being filled, as wide as the image, reset after each row
    private final double[] rowDistance;
    // scratch for the sweep over a piece's segments
    private final Sweep scratch = new Sweep();
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int[] active = new int[64];
    // the span found by span(): first and last pixel
    private int spanFrom;
    private int spanTo;

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
        this.rowDistance = new double[width];
        Arrays.fill(rowDistance, Double.POSITIVE_INFINITY);
    }

    /** Fills the part of {@code stroke} that lies in this raster's rows. */
    void fill(Prepared stroke) {
        double reach = stroke.radius + 0.75;
        if (stroke.pieces.length == 0 || stroke.maxY + reach < top || stroke.minY - reach >= bottom) {
            return;
        }
        // pieces are sorted by their top: skip those that end above the rows
        double lowestStart = top - reach - stroke.tallestPiece;
        int lo = 0;
        int hi = stroke.pieces.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stroke.pieces[mid].minY < lowestStart) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < stroke.pieces.length && stroke.pieces[i].minY - reach < bottom; i++) {
            Piece p = stroke.pieces[i];
            if (p.maxY + reach >= top) {
                fillPiece(p, stroke.radius, stroke.rgb, stroke.alpha255);
            }
        }
    }

    /**
     * Fills one piece, row by row: each segment visits only the pixels of its own span in
     * the row, keeping per pixel the least distance to the piece's centre line.
     */
    private void fillPiece(Piece p, double r, int rgb, int alpha255) {
        seg = p.seg;
        segCount = p.segCount;
        double reach = r + 0.75; // past this from the centre line a pixel (and each of its samples) is outside
        double reach2 = reach * reach;
        boolean sampled = r >= SAMPLED_CAP_RADIUS;
        // a pixel is by an end when it lies (nearly) past it and close: there the cap shapes it
        double near2 = (r + 2.5) * (r + 2.5);
        double sx = p.startX;
        double sy = p.startY;
        double sdx = p.startDx;
        double sdy = p.startDy;
        double ex = p.endX;
        double ey = p.endY;
        double edx = p.endDx;
        double edy = p.endDy;
        if (active.length < segCount) {
            active = new int[segCount];
            from = new int[segCount];
            to = new int[segCount];
        }
        int firstRow = Math.max(top, (int) Math.floor(p.minY - reach));
        int lastRow = Math.min(bottom - 1, (int) Math.ceil(p.maxY + reach));
        Sweep w = p.sweep != null ? p.sweep : scratch.load(p);
        // segments that start far enough above the first row have ended before it
        int[] order = w.order;
        double skipBelow = firstRow - 0.5 - reach - w.tallest;
        int next = 0;
        int hiIdx = segCount;
        while (next < hiIdx) {
            int mid = (next + hiIdx) >>> 1;
            if (w.top[order[mid]] < skipBelow) {
                next = mid + 1;
            } else {
                hiIdx = mid;
            }
        }
        int activeCount = 0;
        for (int row = firstRow; row <= lastRow; row++) {
            double cy = row + 0.5;
            while (next < segCount && w.top[order[next]] - reach <= cy + 0.5) {
                active[activeCount++] = order[next++];
            }
            int kept = 0;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int k = 0; k < activeCount; k++) {
                int s = active[k];
                if (w.bottom[s] + reach < cy - 0.5) {
                    continue; // ended above this row: gone for good
                }
                active[kept] = s;
                if (span(s, cy, reach)) {
                    from[kept] = spanFrom;
                    to[kept] = spanTo;
                    lo = Math.min(lo, spanFrom);
                    hi = Math.max(hi, spanTo);
                } else {
                    from[kept] = 1;
                    to[kept] = 0;
                }
                kept++;
            }
            activeCount = kept;
            if (lo > hi) {
                continue;
            }
            for (int k = 0; k < activeCount; k++) {
                int s = active[k];
                double ax = w.x[s];
                double ay = w.y[s];
                double ddx = w.dx[s];
                double ddy = w.dy[s];
                double inv = w.inv[s];
                double tlo = w.lo[s];
                double thi = w.hi[s];
                double ry = cy - ay;
                double ryd = ry * ddy;
                for (int px = from[k], end = to[k]; px <= end; px++) {
                    double rx = px + 0.5 - ax;
                    double t = (rx * ddx + ryd) * inv;
                    t = t < tlo ? tlo : t > thi ? thi : t;
                    double qx = t * ddx - rx;
                    double qy = t * ddy - ry;
                    double d2 = qx * qx + qy * qy;
                    if (d2 < rowDistance[px]) {
                        rowDistance[px] = d2;
                    }
                }
            }
            int base = (row - rowOffset) * width;
            boolean endsNear = Math.abs(cy - sy) <= r + 2.5 || Math.abs(cy - ey) <= r + 2.5;
            for (int px = lo; px <= hi; px++) {
                double d2 = rowDistance[px];
                rowDistance[px] = Double.POSITIVE_INFINITY;
                if (d2 >= reach2) {
                    continue;
                }
                double coverage;
                double x = px + 0.5;
                double alongStart = 0;
                double alongEnd = 0;
                boolean nearStart = false;
                boolean nearEnd = false;
                if (endsNear) {
                    alongStart = (x - sx) * sdx + (cy - sy) * sdy;
                    alongEnd = (ex - x) * edx + (ey - cy) * edy;
                    nearStart = alongStart < 0.75 && dist2(sx, sy, x, cy) <= near2;
                    nearEnd = alongEnd < 0.75 && dist2(ex, ey, x, cy) <= near2;
                }
                if (!nearStart && !nearEnd) {
                    coverage = across(Math.sqrt(d2), r);
                } else if (sampled) {
                    double d = Math.sqrt(d2);
                    // wholly inside or wholly outside the round end: no need to sample
                    coverage = d + HALF_DIAGONAL <= r ? 1 : d - HALF_DIAGONAL >= r ? 0
                            : sampledCoverage(x, cy, activeCount, px, r * r);
                } else {
                    // a thin cap: the piece lengthened by pi r / 4 at that end, the rectangle of the cap's area
                    double extra = r * Math.PI / 4;
                    double a = nearStart ? Math.min(0.5, alongStart + extra) : 0.5;
                    double b = nearEnd ? Math.min(0.5, alongEnd + extra) : 0.5;
                    coverage = across(Math.sqrt(d2), r) * Math.max(0, Math.min(1, a + b));
                }
                if (coverage > 0) {
                    blend(base + px, rgb, alpha255, coverage);
                }
            }
        }
    }

    /** The overlap of the stroke's cross-section {@code [-r, r]} with a pixel's extent about distance {@code d}. */
    private static double across(double d, double r) {
        return Math.max(0, Math.min(1, Math.min(d + 0.5, r) - Math.max(d - 0.5, -r)));
    }

    /** The share of the pixel's 36 samples within {@code sqrt(r2)} of the piece (its segments in this row). */
    private double sampledCoverage(double cx, double cy, int activeCount, int px, double r2) {
        long bits = 0;
        for (int k = 0; k < activeCount; k++) {
            if (px >= from[k] && px <= to[k]) {
                bits |= samples(active[k], cx, cy, r2);
            }
        }
        return Long.bitCount(bits) / (double) (SAMPLES * SAMPLES);
    }

    /** Which of the 36 samples of the pixel centred at (cx, cy) lie within {@code sqrt(r2)} of segment {@code s}. */
    private long samples(int s, double cx, double cy, double r2) {
        long bits = 0;
        int bit = 0;
        for (int sy = 0; sy < SAMPLES; sy++) {
            double y = cy - 0.5 + (sy + 0.5) / SAMPLES;
            for (int sx = 0; sx < SAMPLES; sx++, bit++) {
                if (distance2(s, cx - 0.5 + (sx + 0.5) / SAMPLES, y) <= r2) {
                    bits |= 1L << bit;
                }
            }
        }
        return bits;
    }

    /**
     * The pixels of the row centred at {@code cy} that segment {@code s} may touch, into
     * {@link #spanFrom} and {@link #spanTo}; false where there are none.
     */
    private boolean span(int s, double cy, double reach) {
        double x0 = seg[4 * s];
        double y0 = seg[4 * s + 1];
        double x1 = seg[4 * s + 2];
        double y1 = seg[4 * s + 3];
        double ya = cy - reach;
        double yb = cy + reach;
        if (Math.max(y0, y1) < ya || Math.min(y0, y1) > yb) {
            return false;
        }
        double xa;
        double xb;
        if (y0 == y1) {
            xa = Math.min(x0, x1);
            xb = Math.max(x0, x1);
        } else {
            double ta = (ya - y0) / (y1 - y0);
            double tb = (yb - y0) / (y1 - y0);
            double lo = Math.max(0, Math.min(ta, tb));
            double hi = Math.min(1, Math.max(ta, tb));
            double ea = x0 + (x1 - x0) * lo;
            double eb = x0 + (x1 - x0) * hi;
            xa = Math.min(ea, eb);
            xb = Math.max(ea, eb);
        }
        spanFrom = Math.max(0, (int) Math.floor(xa - reach - 0.5));
        spanTo = Math.min(width - 1, (int) Math.ceil(xb + reach - 0.5));
        return spanFrom <= spanTo;
    }

    private static double dist2(double x, double y, double px, double py) {
        double dx = px - x;
        double dy = py - y;
        return dx * dx + dy * dy;
    }

    /** Squared distance from (px, py) to segment {@code s} (the capsule's centre line). */
    private double distance2(int s, double px, double py) {
        double x0 = seg[4 * s];
        double y0 = seg[4 * s + 1];
        double dx = seg[4 * s + 2] - x0;
        double dy = seg[4 * s + 3] - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - x0) * dx + (py - y0) * dy) / len2;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        double ex = x0 + t * dx - px;
        double ey = y0 + t * dy - py;
        return ex * ex + ey * ey;
    }

    /** Source-over of {@code rgb} at {@code alpha255} times {@code coverage}, in Java2D's 8-bit arithmetic. */
    private void blend(int index, int rgb, int alpha255, double coverage) {
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
        int r = mul8(a, rgb >>> 16 & 0xff) + mul8(inv, dst >>> 16 & 0xff);
        int g = mul8(a, rgb >>> 8 & 0xff) + mul8(inv, dst >>> 8 & 0xff);
        int b = mul8(a, rgb & 0xff) + mul8(inv, dst & 0xff);
        pixels[index] = r << 16 | g << 8 | b;
    }

    /** {@code a * b / 255} rounded, as Java2D's {@code mul8table}. */
    private static int mul8(int a, int b) {
        int t = a * b + 128;
        return (t + (t >>> 8)) >>> 8;
    }
}
