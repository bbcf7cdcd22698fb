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

    public Java2dPainter(Graphics2D g) {
        this.g = g;
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
        opacity = (Double) s[1];
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
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
        stroke(stroke);
        g.draw(path(data));
    }

    private static Path2D path(PathData data) {
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
