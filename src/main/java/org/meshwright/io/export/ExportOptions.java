package org.meshwright.io.export;

/**
 * How the diagram is exported.
 *
 * @param scale    pixels per diagram unit of the PNG (default 2); the SVG is always at 1
 * @param findings whether finding markers from the {@link org.meshwright.rules.Validator} are drawn
 */
public record ExportOptions(double scale, boolean findings) {

    /** Scale 2, no finding markers. */
    public static final ExportOptions DEFAULT = new ExportOptions(2, false);

    public ExportOptions {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
    }

    public ExportOptions withScale(double v) {
        return new ExportOptions(v, findings);
    }

    public ExportOptions withFindings(boolean v) {
        return new ExportOptions(scale, v);
    }
}
