package org.meshwright.diagram;

/**
 * An sRGB colour with opacity, independent of any toolkit: the painters turn it into their
 * own colour type, the SVG back end into {@code #rrggbb} and an opacity.
 *
 * @param red   0 to 255
 * @param green 0 to 255
 * @param blue  0 to 255
 * @param alpha 0 (transparent) to 1 (opaque)
 */
public record Colour(int red, int green, int blue, double alpha) {

    public static final Colour WHITE = new Colour(255, 255, 255, 1);
    public static final Colour BLACK = new Colour(0, 0, 0, 1);
    public static final Colour TRANSPARENT = new Colour(0, 0, 0, 0);

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("channels must be 0 to 255");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be 0 to 1: " + alpha);
        }
    }

    /** Parses {@code #rgb}, {@code #rrggbb} or {@code #rrggbbaa}. */
    public static Colour hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a hex colour: " + hex);
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        return new Colour(r, g, b, a);
    }

    public Colour withAlpha(double a) {
        return new Colour(red, green, blue, a);
    }

    /** The opaque colour {@code t} of the way from this one to {@code other} (alpha mixed too). */
    public Colour mix(Colour other, double t) {
        return new Colour(
                (int) Math.round(red + (other.red - red) * t),
                (int) Math.round(green + (other.green - green) * t),
                (int) Math.round(blue + (other.blue - blue) * t),
                alpha + (other.alpha - alpha) * t);
    }

    /** {@code #rrggbb}, lower case, opacity left out. */
    public String hex() {
        char[] c = {'#', HEX[red >> 4], HEX[red & 15], HEX[green >> 4], HEX[green & 15], HEX[blue >> 4], HEX[blue & 15]};
        return new String(c);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public boolean isOpaque() {
        return alpha >= 1;
    }

    /** Relative luminance (WCAG), 0 for black to 1 for white; opacity ignored. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG contrast ratio between this colour and {@code other}, 1 to 21; opacity ignored. */
    public double contrast(Colour other) {
        double a = luminance() + 0.05;
        double b = other.luminance() + 0.05;
        return Math.max(a, b) / Math.min(a, b);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
