package org.meshwright.model;

/** A domain's rectangle in diagram units: top-left corner and size (never negative). */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("bounds must be finite");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("width and height must not be negative: " + width + " x " + height);
        }
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }

    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }
}
