package org.meshwright.model;

/** A node's top-left corner in diagram units. */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite: " + x + ", " + y);
        }
    }

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
