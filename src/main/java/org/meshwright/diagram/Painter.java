package org.meshwright.diagram;

import java.util.List;

/**
 * The drawing surface the {@link DiagramPainter} draws on: one implementation per back end
 * (a JavaFX canvas, an SVG document, a bitmap), so that the picture is the same in the app
 * and in every export. Coordinates are in user units, mapped by the current transform;
 * {@link #save()} and {@link #restore()} bracket changes of transform and opacity.
 *
 * <p>Lines join round. Text is drawn on its baseline. Filled paths use the non-zero rule.
 */
public interface Painter {

    /** Measures text in this painter's fonts. */
    TextMetrics textMetrics();

    /** Pushes the transform and opacity. */
    void save();

    /** Pops what the matching {@link #save()} pushed. */
    void restore();

    void translate(double dx, double dy);

    void scale(double factor);

    /** Multiplies the opacity of what follows by {@code opacity} (0 to 1), until {@link #restore()}. */
    void setOpacity(double opacity);

    void fillRect(Rect r, Colour fill);

    void fillRoundRect(Rect r, double radius, Colour fill);

    void strokeRoundRect(Rect r, double radius, Stroke stroke);

    /** The ellipse inside {@code r}; a square gives a circle. */
    void fillOval(Rect r, Colour fill);

    void strokeOval(Rect r, Stroke stroke);

    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    void polyline(List<P> points, Stroke stroke);

    void fillPolygon(List<P> points, Colour fill);

    void fillPath(PathData path, Colour fill);

    void strokePath(PathData path, Stroke stroke);

    /** One line of text with its baseline at {@code y}, placed by {@code align} about {@code x}. */
    void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align);

    /** Like {@link #text(String, double, double, TextStyle, Colour, TextAlign)}, cut with an ellipsis to {@code maxWidth}. */
    default void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align,
                      double maxWidth) {
        String fitted = textMetrics().fit(text, style, maxWidth);
        if (!fitted.isEmpty()) {
            text(fitted, x, y, style, colour, align);
        }
    }

    /** An icon in a {@value KindIcons#VIEW_BOX}-unit view box, filled into the square {@code box}. */
    default void icon(PathData icon, Rect box, Colour fill) {
        save();
        translate(box.x(), box.y());
        scale(box.width() / KindIcons.VIEW_BOX);
        fillPath(icon, fill);
        restore();
    }

    /**
     * Starts the drawing of one element: {@code id} is {@code KIND-ID} ({@code node-orders},
     * {@code domain-sales}, {@code link-a->b}, not yet made safe for any format) and
     * {@code title} names it for people. Back ends with structure (SVG: a {@code <g>} with a
     * {@code <title>}) use it; the others ignore it.
     */
    default void beginGroup(String id, String title) {
    }

    /** Ends the innermost {@link #beginGroup(String, String)}. */
    default void endGroup() {
    }
}
