package org.meshwright.diagram;

import java.util.Collection;

/**
 * An axis-aligned rectangle in diagram units: top-left corner and size. Width and height
 * are never negative; {@link #EMPTY} (all zero, at the origin) stands for "nothing".
 */
public record Rect(double x, double y, double width, double height) {

    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("width and height must not be negative: " + width + " x " + height);
        }
    }

    /** The rectangle between two corners given in any order. */
    public static Rect between(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /** The smallest rectangle holding all of {@code rects}, or {@link #EMPTY} for none. */
    public static Rect union(Collection<Rect> rects) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Rect r : rects) {
            minX = Math.min(minX, r.x);
            minY = Math.min(minY, r.y);
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        return rects.isEmpty() ? EMPTY : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public P center() {
        return new P(x + width / 2, y + height / 2);
    }

    public boolean isEmpty() {
        return width == 0 && height == 0;
    }

    /** Whether the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }

    public boolean contains(P p) {
        return contains(p.x(), p.y());
    }

    /** Whether {@code other} lies wholly inside this rectangle (borders may touch). */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** Whether the two rectangles share at least one point (touching borders count). */
    public boolean intersects(Rect other) {
        return other.x <= x + width && other.maxX() >= x && other.y <= y + height && other.maxY() >= y;
    }

    /** Whether the interiors overlap: touching borders do not count. */
    public boolean overlaps(Rect other) {
        return other.x < x + width && other.maxX() > x && other.y < y + height && other.maxY() > y;
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** Grown by {@code d} on every side (shrunk for negative {@code d}, never below zero size). */
    public Rect inflate(double d) {
        return inflate(d, d);
    }

    public Rect inflate(double dx, double dy) {
        double w = Math.max(0, width + 2 * dx);
        double h = Math.max(0, height + 2 * dy);
        return new Rect(x + width / 2 - w / 2, y + height / 2 - h / 2, w, h);
    }

    public Rect translate(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public Rect moveTo(double nx, double ny) {
        return new Rect(nx, ny, width, height);
    }

    /** The distance from the point to the nearest point of this rectangle (0 inside). */
    public double distance(double px, double py) {
        double dx = Math.max(Math.max(x - px, 0), px - maxX());
        double dy = Math.max(Math.max(y - py, 0), py - maxY());
        return Math.hypot(dx, dy);
    }
}
