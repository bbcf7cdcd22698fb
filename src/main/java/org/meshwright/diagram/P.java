package org.meshwright.diagram;

/** A point in diagram units (or, where a method says so, in screen pixels). */
public record P(double x, double y) {

    public P translate(double dx, double dy) {
        return new P(x + dx, y + dy);
    }

    public double distance(P other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    /** The point a fraction {@code t} of the way to {@code other}. */
    public P towards(P other, double t) {
        return new P(x + (other.x - x) * t, y + (other.y - y) * t);
    }
}
