package org.meshwright.io.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.diagram.Colour;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Painter;
import org.meshwright.diagram.PathData;
import org.meshwright.diagram.Rect;
import org.meshwright.diagram.Stroke;
import org.meshwright.diagram.TextAlign;
import org.meshwright.diagram.TextMetrics;
import org.meshwright.diagram.TextStyle;

/**
 * The Java2D back end of {@link Painter}: draws on a {@link Graphics2D} (a bitmap for the
 * PNG export), antialiased, with the bundled Inter faces and the same text metrics as the
 * SVG back end. Headless. Opacity multiplies each colour's alpha, as on the canvas.
 */
public final class Java2dPainter implements Painter {

    private final Graphics2D g;
    private final Deque<Object[]> stack = new ArrayDeque<>();
    private final Map<Colour, Color> colours = new HashMap<>();
    private double opacity = 1;
    /** Draws thin round-capped strokes straight into the image, or null where {@code g} draws everything. */
    private final StrokeRaster strokes;
    /** The device row of the image's first row (a band of a larger picture starts below 0). */
    private final int firstRow;

    public Java2dPainter(Graphics2D g) {
        this(g, null, 0);
    }

    /**
     * Draws on {@code g}, which draws on {@code image}, whose first row is device row
     * {@code firstRow} of the picture ({@code g}'s transform already shifts by it): where the
     * image is an opaque {@code TYPE_INT_RGB} one, thin strokes with round caps (the links)
     * are drawn by a {@link StrokeRaster}, much faster than Java2D draws long thin lines.
     */
    Java2dPainter(Graphics2D g, java.awt.image.BufferedImage image, int firstRow) {
        this.g = g;
        this.firstRow = firstRow;
        this.strokes = image != null && image.getType() == java.awt.image.BufferedImage.TYPE_INT_RGB
                ? new StrokeRaster(((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData(),
                        image.getWidth(), firstRow, firstRow + image.getHeight(), firstRow)
                : null;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public TextMetrics textMetrics() {
        return AwtFonts.metrics();
    }

    @Override
    public void save() {
        stack.push(new Object[] {g.getTransform(), opacity});
    }

    @Override
    public void restore() {
        Object[] s = stack.pop();
        g.setTransform((AffineTransform) s[0]);
        stateScale = Double.NaN;
        opacity = (Double) s[1];
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
        stateScale = Double.NaN;
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
        stateScale = Double.NaN;
    }

    @Override
    public void setOpacity(double o) {
        opacity *= o;
    }

    @Override
    public void fillRect(Rect r, Colour fill) {
        g.setColor(awt(fill));
        g.fill(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Colour fill) {
        g.setColor(awt(fill));
        g.fill(roundRect(r, radius));
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Stroke stroke) {
        stroke(stroke);
        g.draw(roundRect(r, radius));
    }

    private static java.awt.Shape roundRect(Rect r, double radius) {
        if (radius <= 0) {
            return new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        }
        return new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
    }

    @Override
    public void fillOval(Rect r, Colour fill) {
        g.setColor(awt(fill));
        g.fill(new Ellipse2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void strokeOval(Rect r, Stroke stroke) {
        stroke(stroke);
        g.draw(new Ellipse2D.Double(r.x(), r.y(), r.width(), r.height()));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        stroke(stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(List<P> points, Stroke stroke) {
        if (points.size() < 2) {
            return;
        }
        stroke(stroke);
        g.draw(path(points, false));
    }

    @Override
    public void fillPolygon(List<P> points, Colour fill) {
        if (points.size() < 3) {
            return;
        }
        g.setColor(awt(fill));
        g.fill(path(points, true));
    }

    private static Path2D path(List<P> points, boolean close) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, points.size() + 1);
        for (int i = 0; i < points.size(); i++) {
            P p = points.get(i);
            if (i == 0) {
                path.moveTo(p.x(), p.y());
            } else {
                path.lineTo(p.x(), p.y());
            }
        }
        if (close) {
            path.closePath();
        }
        return path;
    }

    @Override
    public void fillPath(PathData data, Colour fill) {
        g.setColor(awt(fill));
        g.fill(path(data));
    }

    @Override
    public void strokePath(PathData data, Stroke stroke) {
        if (strokes != null && rasterStroke(data, stroke)) {
            return;
        }
        stroke(stroke);
        g.draw(path(data));
    }

    /** Draws with the {@link StrokeRaster} where the transform is a scale and a shift and the stroke is thin. */
    private boolean rasterStroke(PathData data, Stroke s) {
        AffineTransform t = g.getTransform();
        if (t.getShearX() != 0 || t.getShearY() != 0 || t.getScaleY() != t.getScaleX()) {
            return false;
        }
        StrokeRaster.Prepared prepared = prepare(data, s, t.getScaleX(), t.getTranslateX(),
                t.getTranslateY() + firstRow, opacity);
        if (prepared == null) {
            return false;
        }
        strokes.fill(prepared);
        return true;
    }

    /**
     * {@code data} stroked with {@code s} at device {@code x * scale + tx}, {@code y * scale + ty}
     * and {@code opacity}, for a {@link StrokeRaster}; null where that does not draw it (flat
     * caps, no width, wider than {@link StrokeRaster#MAX_WIDTH}).
     */
    static StrokeRaster.Prepared prepare(PathData data, Stroke s, double scale, double tx, double ty, double opacity) {
        float width = (float) Math.max(0, s.width());
        if (!s.roundCaps() || !(scale > 0) || !(width > 0) || width * scale > StrokeRaster.MAX_WIDTH) {
            return null;
        }
        double[] dashes = null;
        double phase = 0;
        if (s.isDashed()) {
            // the same float values as the BasicStroke Java2D would get, in pixels
            double[] d = s.dashes();
            double sum = 0;
            dashes = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                float f = (float) Math.max(0, d[i]);
                dashes[i] = f * scale;
                sum += f;
            }
            phase = sum > 0 ? (float) (((s.dashOffset() % sum) + sum) % sum) * scale : 0;
        }
        Colour c = s.colour();
        double alpha = Math.max(0, Math.min(1, c.alpha() * opacity));
        return StrokeRaster.prepare(data, scale, tx, ty, width * scale, dashes, phase,
                c.red() << 16 | c.green() << 8 | c.blue(), alpha);
    }

    /** Fills a stroke prepared in device pixels into this painter's image (its rows of the picture). */
    void fill(StrokeRaster.Prepared prepared) {
        if (strokes == null) {
            throw new IllegalStateException("this painter draws on no TYPE_INT_RGB image");
        }
        strokes.fill(prepared);
    }

    /** Sets the transform to a scale and a shift in the picture's device pixels, and the opacity. */
    void setState(double scale, double tx, double ty, double newOpacity) {
        // consecutive drawings mostly share a transform, and setting one costs Java2D some work
        if (scale != stateScale || tx != stateTx || ty != stateTy) {
            g.setTransform(new AffineTransform(scale, 0, 0, scale, tx, ty - firstRow));
            stateScale = scale;
            stateTx = tx;
            stateTy = ty;
        }
        opacity = newOpacity;
    }

    // the transform last set by setState (NaN: none yet)
    private double stateScale = Double.NaN;
    private double stateTx = Double.NaN;
    private double stateTy = Double.NaN;

    /** {@code data} as a Java2D path. */
    static Path2D path(PathData data) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, Math.max(2, data.size()));
        data.accept(new PathData.Visitor() {
            @Override
            public void moveTo(double x, double y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                path.lineTo(x, y);
            }

            @Override
            public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
                path.curveTo(x1, y1, x2, y2, x, y);
            }

            @Override
            public void quadTo(double x1, double y1, double x, double y) {
                path.quadTo(x1, y1, x, y);
            }

            @Override
            public void close() {
                path.closePath();
            }
        });
        return path;
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align) {
        if (text.isEmpty()) {
            return;
        }
        TextLayout layout = AwtFonts.layout(text, AwtFonts.font(style, (float) style.size()),
                g.getFontRenderContext());
        if (layout == null) {
            return;
        }
        double w = AwtFonts.metrics().width(text, style);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.setColor(awt(colour));
        layout.draw(g, (float) left, (float) y);
    }

    private void stroke(Stroke s) {
        g.setColor(awt(s.colour()));
        float width = (float) Math.max(0, s.width());
        int cap = s.roundCaps() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT;
        float[] dashes = null;
        float phase = 0f;
        if (s.isDashed()) {
            double[] d = s.dashes();
            float[] f = new float[d.length];
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) Math.max(0, d[i]);
                sum += f[i];
            }
            dashes = sum > 0 ? f : null;
            phase = sum > 0 ? (float) (((s.dashOffset() % sum) + sum) % sum) : 0f;
        }
        g.setStroke(dashes == null ? new BasicStroke(width, cap, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, cap, BasicStroke.JOIN_ROUND, 10f, dashes, phase));
    }

    private Color awt(Colour c) {
        if (opacity >= 1) {
            return colours.computeIfAbsent(c, k -> new Color(k.red(), k.green(), k.blue(),
                    (int) Math.round(k.alpha() * 255)));
        }
        return new Color(c.red(), c.green(), c.blue(),
                (int) Math.round(Math.max(0, Math.min(1, c.alpha() * opacity)) * 255));
    }
}
