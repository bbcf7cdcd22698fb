package org.meshwright.diagram;

/**
 * How a line is drawn: colour, width in diagram units, dash pattern (lengths of dash and
 * gap, alternating; empty for solid), where in the pattern the line starts, and round or
 * flat ends. Joins are always round.
 */
public record Stroke(Colour colour, double width, double[] dashes, boolean roundCaps, double dashOffset) {

    private static final double[] SOLID = new double[0];

    public Stroke {
        dashes = dashes == null || dashes.length == 0 ? SOLID : dashes.clone();
    }

    public Stroke(Colour colour, double width, double[] dashes, boolean roundCaps) {
        this(colour, width, dashes, roundCaps, 0);
    }

    /** The same stroke starting {@code offset} units into its dash pattern. */
    public Stroke withDashOffset(double offset) {
        return new Stroke(colour, width, dashes, roundCaps, offset);
    }

    public static Stroke solid(Colour colour, double width) {
        return new Stroke(colour, width, SOLID, true);
    }

    public static Stroke dashed(Colour colour, double width, double... dashes) {
        return new Stroke(colour, width, dashes, false);
    }

    public Stroke withColour(Colour c) {
        return new Stroke(c, width, dashes, roundCaps, dashOffset);
    }

    public Stroke withWidth(double w) {
        return new Stroke(colour, w, dashes, roundCaps, dashOffset);
    }

    public boolean isDashed() {
        return dashes.length > 0;
    }

    @Override
    public double[] dashes() {
        return dashes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && s.colour.equals(colour) && s.width == width
                && java.util.Arrays.equals(s.dashes, dashes) && s.roundCaps == roundCaps && s.dashOffset == dashOffset;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(colour, width, java.util.Arrays.hashCode(dashes), roundCaps, dashOffset);
    }

    @Override
    public String toString() {
        return "Stroke[" + colour.hex() + ", " + width + ", " + java.util.Arrays.toString(dashes) + "]";
    }
}
