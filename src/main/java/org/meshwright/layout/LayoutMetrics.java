package org.meshwright.layout;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;

/**
 * What a drawing of a mesh costs the eye, measured on the links as the diagram draws them:
 * each hop of a link (provider, {@code via} nodes, consumer) a segment from where the line
 * between the two cards' centres leaves the one card to where it enters the other.
 *
 * @param crossings         pairs of hop segments that cross (segments that share a card are not counted)
 * @param bends             {@code via} nodes at which a link changes direction by more than 5 degrees
 * @param nodeOverlaps      pairs of cards that overlap
 * @param linksThroughCards hop segments that pass over a card that is not one of their ends
 * @param unplaced          nodes without a position (left out of every count)
 */
public record LayoutMetrics(long crossings, long bends, long nodeOverlaps, long linksThroughCards, int unplaced) {

    private static final double BEND_DEGREES = 5;
    private static final double CELL = 400;

    /** Measures {@code mesh} as laid out in its diagram, with cards of the default size. */
    public static LayoutMetrics of(Mesh mesh) {
        return of(mesh, LayoutGeometry.defaults());
    }

    /** Measures {@code mesh} as laid out in its diagram, with cards of {@code geometry}'s size. */
    public static LayoutMetrics of(Mesh mesh, LayoutGeometry geometry) {
        double w = geometry.nodeWidth();
        double h = geometry.nodeHeight();
        Map<String, Integer> index = new HashMap<>();
        List<double[]> boxes = new ArrayList<>();
        int unplaced = 0;
        for (MeshNode n : mesh.nodes()) {
            Point p = mesh.diagram().position(n.id());
            if (p == null) {
                unplaced++;
            } else {
                index.put(n.id(), boxes.size());
                boxes.add(new double[] {p.x(), p.y(), p.x() + w, p.y() + h});
            }
        }
        List<Segment> segments = new ArrayList<>();
        long bends = 0;
        for (Link link : mesh.links()) {
            List<Integer> path = path(link, index);
            if (path == null) {
                continue;
            }
            Segment previous = null;
            for (int k = 1; k < path.size(); k++) {
                Segment s = Segment.between(path.get(k - 1), path.get(k), boxes, segments.size());
                segments.add(s);
                if (previous != null && turns(previous, s)) {
                    bends++;
                }
                previous = s;
            }
        }
        Grid<Segment> segmentGrid = new Grid<>();
        segments.forEach(s -> segmentGrid.add(s, s.minX(), s.minY(), s.maxX(), s.maxY()));
        Grid<Integer> boxGrid = new Grid<>();
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            boxGrid.add(i, b[0], b[1], b[2], b[3]);
        }
        long crossings = 0;
        long through = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            for (Segment o : segmentGrid.near(s.minX(), s.minY(), s.maxX(), s.maxY())) {
                if (o.order > s.order && !s.sharesCard(o) && s.crosses(o)) {
                    crossings++;
                }
            }
            for (int b : boxGrid.near(s.minX(), s.minY(), s.maxX(), s.maxY())) {
                if (b != s.a && b != s.b && s.passesThrough(boxes.get(b))) {
                    through++;
                }
            }
        }
        long overlaps = 0;
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            for (int j : boxGrid.near(b[0], b[1], b[2], b[3])) {
                double[] c = boxes.get(j);
                if (j > i && b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3]) {
                    overlaps++;
                }
            }
        }
        return new LayoutMetrics(crossings, bends, overlaps, through, unplaced);
    }

    /** The link's cards in order, consecutive repeats dropped, or {@code null} if an end has no place. */
    private static List<Integer> path(Link link, Map<String, Integer> index) {
        Integer from = index.get(link.from());
        Integer to = index.get(link.to());
        if (from == null || to == null || from.equals(to)) {
            return null;
        }
        List<Integer> path = new ArrayList<>();
        path.add(from);
        for (String v : link.via()) {
            Integer i = index.get(v);
            if (i != null && !i.equals(path.get(path.size() - 1))) {
                path.add(i);
            }
        }
        if (!to.equals(path.get(path.size() - 1))) {
            path.add(to);
        }
        return path;
    }

    private static boolean turns(Segment in, Segment out) {
        double a1 = Math.atan2(in.y2 - in.y1, in.x2 - in.x1);
        double a2 = Math.atan2(out.y2 - out.y1, out.x2 - out.x1);
        double d = Math.abs(Math.toDegrees(a2 - a1)) % 360;
        return Math.min(d, 360 - d) > BEND_DEGREES;
    }

    /** One hop as drawn: from card {@code a}'s border towards card {@code b}'s centre, to {@code b}'s border. */
    private static final class Segment {
        final int a;
        final int b;
        final double x1;
        final double y1;
        final double x2;
        final double y2;
        final int order;

        private Segment(int a, int b, double x1, double y1, double x2, double y2, int order) {
            this.a = a;
            this.b = b;
            this.x1 = x1;
            this.y1 = y1;
            this.x2 = x2;
            this.y2 = y2;
            this.order = order;
        }

        static Segment between(int a, int b, List<double[]> boxes, int order) {
            double[] ba = boxes.get(a);
            double[] bb = boxes.get(b);
            double[] pa = border(ba, (bb[0] + bb[2]) / 2, (bb[1] + bb[3]) / 2);
            double[] pb = border(bb, (ba[0] + ba[2]) / 2, (ba[1] + ba[3]) / 2);
            return new Segment(a, b, pa[0], pa[1], pb[0], pb[1], order);
        }

        double minX() {
            return Math.min(x1, x2);
        }

        double maxX() {
            return Math.max(x1, x2);
        }

        double minY() {
            return Math.min(y1, y2);
        }

        double maxY() {
            return Math.max(y1, y2);
        }

        boolean sharesCard(Segment o) {
            return a == o.a || a == o.b || b == o.a || b == o.b;
        }

        /** Whether the two segments cross at a point inside both (touching ends do not count). */
        boolean crosses(Segment o) {
            double d1 = cross(o.x1, o.y1, o.x2, o.y2, x1, y1);
            double d2 = cross(o.x1, o.y1, o.x2, o.y2, x2, y2);
            double d3 = cross(x1, y1, x2, y2, o.x1, o.y1);
            double d4 = cross(x1, y1, x2, y2, o.x2, o.y2);
            return (d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0);
        }

        /** Whether the segment passes over the inside of box {@code r} (shrunk by a unit, so that touching is not). */
        boolean passesThrough(double[] r) {
            return new Rectangle2D.Double(r[0] + 1, r[1] + 1, r[2] - r[0] - 2, r[3] - r[1] - 2)
                    .intersectsLine(x1, y1, x2, y2);
        }

        private static double cross(double ax, double ay, double bx, double by, double px, double py) {
            return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        }

        /** Where the line from the centre of box {@code r} towards (tx, ty) leaves it. */
        private static double[] border(double[] r, double tx, double ty) {
            double cx = (r[0] + r[2]) / 2;
            double cy = (r[1] + r[3]) / 2;
            double dx = tx - cx;
            double dy = ty - cy;
            if (dx == 0 && dy == 0) {
                return new double[] {cx, cy};
            }
            double sx = dx == 0 ? Double.POSITIVE_INFINITY : ((r[2] - r[0]) / 2) / Math.abs(dx);
            double sy = dy == 0 ? Double.POSITIVE_INFINITY : ((r[3] - r[1]) / 2) / Math.abs(dy);
            double t = Math.min(sx, sy);
            return new double[] {cx + dx * t, cy + dy * t};
        }
    }

    /** Items by the cells of a uniform grid their extent touches; {@link #near} lists each item once. */
    private static final class Grid<T> {
        private final Map<Long, List<T>> cells = new HashMap<>();

        void add(T item, double x1, double y1, double x2, double y2) {
            for (long key : keys(x1, y1, x2, y2)) {
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
        }

        List<T> near(double x1, double y1, double x2, double y2) {
            java.util.Set<T> found = new java.util.HashSet<>();
            List<T> out = new ArrayList<>();
            for (long key : keys(x1, y1, x2, y2)) {
                for (T t : cells.getOrDefault(key, List.of())) {
                    if (found.add(t)) {
                        out.add(t);
                    }
                }
            }
            return out;
        }

        private static long[] keys(double x1, double y1, double x2, double y2) {
            long c0 = (long) Math.floor(x1 / CELL);
            long c1 = (long) Math.floor(x2 / CELL);
            long r0 = (long) Math.floor(y1 / CELL);
            long r1 = (long) Math.floor(y2 / CELL);
            long[] keys = new long[(int) ((c1 - c0 + 1) * (r1 - r0 + 1))];
            int k = 0;
            for (long r = r0; r <= r1; r++) {
                for (long c = c0; c <= c1; c++) {
                    keys[k++] = r * 4_000_003L + c;
                }
            }
            return keys;
        }
    }
}
