package org.meshwright.io.export;

/**
 * What a PNG export produced.
 *
 * @param width     pixels
 * @param height    pixels
 * @param scale     the scale used: the one asked for, or less where the picture would have been too large
 * @param message   for people: why the scale was reduced, or {@code null} where it was not
 */
public record PngResult(int width, int height, double scale, String message) {

    /** Whether the scale asked for was reduced to keep within {@link DiagramExporter#MAX_PNG_SIDE}. */
    public boolean scaleReduced() {
        return message != null;
    }
}
