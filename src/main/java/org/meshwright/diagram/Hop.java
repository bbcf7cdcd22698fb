package org.meshwright.diagram;

/**
 * One stretch of a link from the border of one box to the border of the next, as a cubic
 * Bézier curve: it leaves {@code start} and arrives at {@code end} square to the box sides,
 * through the control points {@code c1} and {@code c2}. A link through hubs has one hop per
 * stretch; the part inside a hub's box is not drawn.
 */
public record Hop(P start, P c1, P c2, P end) {

    /** The point at parameter {@code t} (0 at start, 1 at end). */
    public P at(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new P(a * start.x() + b * c1.x() + c * c2.x() + d * end.x(),
                a * start.y() + b * c1.y() + c * c2.y() + d * end.y());
    }

    /** The unit direction of travel at the end (where the arrowhead points). */
    public P endDirection() {
        double dx = end.x() - c2.x();
        double dy = end.y() - c2.y();
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            dx = end.x() - start.x();
            dy = end.y() - start.y();
            len = Math.hypot(dx, dy);
        }
        return len < 1e-9 ? new P(1, 0) : new P(dx / len, dy / len);
    }

    /** The bounds of the four points, which hold the curve. */
    public Rect bounds() {
        double minX = Math.min(Math.min(start.x(), end.x()), Math.min(c1.x(), c2.x()));
        double minY = Math.min(Math.min(start.y(), end.y()), Math.min(c1.y(), c2.y()));
        double maxX = Math.max(Math.max(start.x(), end.x()), Math.max(c1.x(), c2.x()));
        double maxY = Math.max(Math.max(start.y(), end.y()), Math.max(c1.y(), c2.y()));
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The part of the curve from parameter {@code t0} to {@code t1}, itself a cubic (de Casteljau). */
    public Hop between(double t0, double t1) {
        if (t0 <= 0 && t1 >= 1) {
            return this;
        }
        Hop left = t1 >= 1 ? this : splitLeft(t1);
        return t0 <= 0 ? left : left.splitRight(t0 / t1);
    }

    private Hop splitLeft(double t) {
        P ab = start.towards(c1, t);
        P bc = c1.towards(c2, t);
        P cd = c2.towards(end, t);
        P abc = ab.towards(bc, t);
        P bcd = bc.towards(cd, t);
        return new Hop(start, ab, abc, abc.towards(bcd, t));
    }

    private Hop splitRight(double t) {
        P ab = start.towards(c1, t);
        P bc = c1.towards(c2, t);
        P cd = c2.towards(end, t);
        P abc = ab.towards(bc, t);
        P bcd = bc.towards(cd, t);
        return new Hop(abc.towards(bcd, t), bcd, cd, end);
    }

    /** The curve as {@code segments + 1} points, for hit testing and indexing. */
    public double[] flatten(int segments) {
        double[] xy = new double[2 * (segments + 1)];
        for (int i = 0; i <= segments; i++) {
            P p = at(i / (double) segments);
            xy[2 * i] = p.x();
            xy[2 * i + 1] = p.y();
        }
        return xy;
    }

    /** A rough length: the flattened curve's. */
    public double length() {
        double[] xy = flatten(8);
        double len = 0;
        for (int i = 2; i < xy.length; i += 2) {
            len += Math.hypot(xy[i] - xy[i - 2], xy[i + 1] - xy[i - 1]);
        }
        return len;
    }
}
