package org.meshwright.diagram;

/**
 * The part of the diagram to paint and at what scale: {@code visibleArea} in diagram units
 * appears at the painter's origin, {@code scale} screen pixels (or output units) per
 * diagram unit. The scale also chooses the level of detail.
 */
public record Viewport(Rect visibleArea, double scale) {

    public Viewport {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
    }

    /** The whole of {@code area} at scale 1, e.g. for an export. */
    public static Viewport of(Rect area) {
        return new Viewport(area, 1);
    }
}
