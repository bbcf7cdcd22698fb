package org.meshwright.diagram;

/**
 * How links run between boxes: each hop leaves its box where the line between the two
 * centres crosses the border, square to that side, and bends smoothly into the next box.
 * Pure geometry, shared by the scene and its tests.
 */
final class Routing {

    private static final double MIN_BEND = 14;
    private static final double MAX_BEND = 110;

    private Routing() {
    }

    /** The hop from box {@code a} to box {@code b}. */
    static Hop hop(Rect a, Rect b) {
        P ca = a.center();
        P cb = b.center();
        if (ca.distance(cb) < 1e-6) {
            // Boxes on top of each other: a short stub out of the right side.
            P s = new P(a.maxX(), ca.y());
            return new Hop(s, s.translate(8, 0), s.translate(16, 0), s.translate(24, 0));
        }
        P pa = border(a, cb);
        P pb = border(b, ca);
        P na = normal(a, pa);
        P nb = normal(b, pb);
        double bend = Math.max(MIN_BEND, Math.min(MAX_BEND, pa.distance(pb) * 0.4));
        return new Hop(pa, pa.translate(na.x() * bend, na.y() * bend), pb.translate(nb.x() * bend, nb.y() * bend),
                pb);
    }

    /** A loop on the right of {@code box}, for a link from a node to itself. */
    static Hop selfLoop(Rect box) {
        P c = box.center();
        P s = new P(box.maxX(), c.y() - box.height() * 0.22);
        P e = new P(box.maxX(), c.y() + box.height() * 0.22);
        return new Hop(s, s.translate(56, -30), e.translate(56, 30), e);
    }

    /** Where the line from the centre of {@code box} towards {@code target} leaves the box. */
    static P border(Rect box, P target) {
        P c = box.center();
        double dx = target.x() - c.x();
        double dy = target.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new P(c.x() + dx * t, c.y() + dy * t);
    }

    /** The outward unit normal of the side of {@code box} that {@code p} (on its border) lies on. */
    static P normal(Rect box, P p) {
        double left = Math.abs(p.x() - box.x());
        double right = Math.abs(p.x() - box.maxX());
        double top = Math.abs(p.y() - box.y());
        double bottom = Math.abs(p.y() - box.maxY());
        double min = Math.min(Math.min(left, right), Math.min(top, bottom));
        if (min == top) {
            return new P(0, -1);
        }
        if (min == bottom) {
            return new P(0, 1);
        }
        return min == left ? new P(-1, 0) : new P(1, 0);
    }

    /** The distance from a point to the segment from (x1, y1) to (x2, y2). */
    static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    /** The distance from a point to a hop's curve, within about a tenth of a unit. */
    static double distance(Hop hop, double px, double py) {
        double[] xy = hop.flatten(24);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 2; i < xy.length; i += 2) {
            best = Math.min(best, segmentDistance(px, py, xy[i - 2], xy[i - 1], xy[i], xy[i + 1]));
        }
        return best;
    }

    /** Whether the segment from (x1, y1) to (x2, y2) meets rectangle {@code r}. */
    static boolean segmentIntersects(Rect r, double x1, double y1, double x2, double y2) {
        // Liang-Barsky clipping: the segment meets r if some part survives.
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - r.x(), r.maxX() - x1, y1 - r.y(), r.maxY() - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the hop's curve passes through {@code r}. */
    static boolean intersects(Hop hop, Rect r) {
        if (!hop.bounds().intersects(r)) {
            return false;
        }
        double[] xy = hop.flatten(16);
        for (int i = 2; i < xy.length; i += 2) {
            if (segmentIntersects(r, xy[i - 2], xy[i - 1], xy[i], xy[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** A link's marker: the middle of its longest hop, or a little along it where the middle is under a card. */
    static P linkMarkerCenter(DiagramScene scene, DiagramScene.LinkRoute l, double radius, double[] places) {
        Hop hop = longestHop(l);
        for (double t : places) {
            P c = hop.at(t);
            if (scene.nodesIn(new Rect(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius)).isEmpty()) {
                return c;
            }
        }
        return hop.at(0.5);
    }

    static Hop longestHop(DiagramScene.LinkRoute l) {
        Hop best = l.hops().get(0);
        for (Hop h : l.hops()) {
            if (h.start().distance(h.end()) > best.start().distance(best.end())) {
                best = h;
            }
        }
        return best;
    }

    static final int CLIP_STEPS = 48;

    /** The parameter range {t0, t1} of the hop's part that meets {@code clip}, or {@code null} for none. */
    static double[] visibleRange(Hop h, Rect clip) {
        double[] xy = h.flatten(CLIP_STEPS);
        int first = -1;
        int last = -1;
        for (int i = 1; i <= CLIP_STEPS; i++) {
            if (Routing.segmentIntersects(clip, xy[2 * i - 2], xy[2 * i - 1], xy[2 * i], xy[2 * i + 1])) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        return new double[] {(first - 1) / (double) CLIP_STEPS, last / (double) CLIP_STEPS};
    }

    /** The length of the hop from its start to parameter {@code t}. */
    static double length(Hop h, double t) {
        double[] xy = h.flatten(CLIP_STEPS);
        double len = 0;
        int steps = (int) Math.round(t * CLIP_STEPS);
        for (int i = 1; i <= steps; i++) {
            len += Math.hypot(xy[2 * i] - xy[2 * i - 2], xy[2 * i + 1] - xy[2 * i - 1]);
        }
        return len;
    }
}
