package org.meshwright.ui.canvas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.meshwright.diagram.Colour;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Painter;
import org.meshwright.diagram.PathData;
import org.meshwright.diagram.Rect;
import org.meshwright.diagram.Stroke;
import org.meshwright.diagram.TextAlign;
import org.meshwright.diagram.TextMetrics;
import org.meshwright.diagram.TextStyle;
import org.meshwright.ui.theme.ThemeFonts;

/**
 * The JavaFX back end of {@link Painter}: draws on a canvas's {@link GraphicsContext}.
 * Text is measured with a {@link Text} node, through a cache, at a reference size scaled
 * linearly, so that zooming costs no new measurements. For the FX application thread only.
 */
public final class FxPainter implements Painter {

    private static final Map<Colour, Color> COLOURS = new HashMap<>();
    private static final FxTextMetrics METRICS = new FxTextMetrics();

    private final GraphicsContext gc;
    private final PathVisitor pathVisitor;

    public FxPainter(GraphicsContext gc) {
        this.gc = gc;
        this.pathVisitor = new PathVisitor(gc);
        ThemeFonts.ensureLoaded();
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setTextBaseline(VPos.BASELINE);
    }

    /** The metrics every {@code FxPainter} uses. */
    public static TextMetrics metrics() {
        return METRICS;
    }

    @Override
    public TextMetrics textMetrics() {
        return METRICS;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    @Override
    public void setOpacity(double opacity) {
        gc.setGlobalAlpha(gc.getGlobalAlpha() * opacity);
    }

    @Override
    public void fillRect(Rect r, Colour fill) {
        gc.setFill(fx(fill));
        gc.fillRect(r.x(), r.y(), r.width(), r.height());
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Colour fill) {
        gc.setFill(fx(fill));
        if (radius <= 0) {
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
        } else {
            gc.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
        }
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Stroke stroke) {
        stroke(stroke);
        if (radius <= 0) {
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
        } else {
            gc.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 2 * radius, 2 * radius);
        }
    }

    @Override
    public void fillOval(Rect r, Colour fill) {
        gc.setFill(fx(fill));
        gc.fillOval(r.x(), r.y(), r.width(), r.height());
    }

    @Override
    public void strokeOval(Rect r, Stroke stroke) {
        stroke(stroke);
        gc.strokeOval(r.x(), r.y(), r.width(), r.height());
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        stroke(stroke);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(List<P> points, Stroke stroke) {
        stroke(stroke);
        gc.beginPath();
        for (int i = 0; i < points.size(); i++) {
            P p = points.get(i);
            if (i == 0) {
                gc.moveTo(p.x(), p.y());
            } else {
                gc.lineTo(p.x(), p.y());
            }
        }
        gc.stroke();
    }

    @Override
    public void fillPolygon(List<P> points, Colour fill) {
        int n = points.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points.get(i).x();
            ys[i] = points.get(i).y();
        }
        gc.setFill(fx(fill));
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void fillPath(PathData path, Colour fill) {
        gc.setFill(fx(fill));
        gc.beginPath();
        path.accept(pathVisitor);
        gc.fill();
    }

    @Override
    public void strokePath(PathData path, Stroke stroke) {
        stroke(stroke);
        gc.beginPath();
        path.accept(pathVisitor);
        gc.stroke();
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align) {
        gc.setFont(ThemeFonts.font(style));
        gc.setFill(fx(colour));
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    private void stroke(Stroke s) {
        gc.setStroke(fx(s.colour()));
        gc.setLineWidth(s.width());
        gc.setLineCap(s.roundCaps() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        gc.setLineDashes(s.isDashed() ? s.dashes() : null);
        gc.setLineDashOffset(s.dashOffset());
    }

    static Color fx(Colour c) {
        return COLOURS.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue(), k.alpha()));
    }

    /** Turns path segments into the graphics context's path calls. */
    private static final class PathVisitor implements PathData.Visitor {
        private final GraphicsContext gc;

        PathVisitor(GraphicsContext gc) {
            this.gc = gc;
        }

        @Override
        public void moveTo(double x, double y) {
            gc.moveTo(x, y);
        }

        @Override
        public void lineTo(double x, double y) {
            gc.lineTo(x, y);
        }

        @Override
        public void cubicTo(double x1, double y1, double x2, double y2, double x, double y) {
            gc.bezierCurveTo(x1, y1, x2, y2, x, y);
        }

        @Override
        public void quadTo(double x1, double y1, double x, double y) {
            gc.quadraticCurveTo(x1, y1, x, y);
        }

        @Override
        public void close() {
            gc.closePath();
        }
    }

    /**
     * Widths measured once per text and weight at a reference size, then scaled; fitted
     * (ellipsized) strings cached per width-to-size ratio.
     */
    static final class FxTextMetrics implements TextMetrics {
        private static final double REFERENCE = 100;
        private final Text probe = new Text();
        private final Map<String, Double> widths = lru(20_000);
        private final Map<String, String> fitted = lru(20_000);

        private static <V> Map<String, V> lru(int max) {
            return new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                    return size() > max;
                }
            };
        }

        @Override
        public double width(String text, TextStyle style) {
            String key = ThemeFonts.family(style.families()) + '\u0000' + style.weight() + '\u0000' + text;
            Double w = widths.get(key);
            if (w == null) {
                w = measure(text, style);
                widths.put(key, w);
            }
            return w * style.size() / REFERENCE;
        }

        private double measure(String text, TextStyle style) {
            Font font = ThemeFonts.font(style, REFERENCE);
            probe.setFont(font);
            probe.setText(text);
            return probe.getLayoutBounds().getWidth();
        }

        @Override
        public String fit(String text, TextStyle style, double maxWidth) {
            long ratio = Math.round(maxWidth / style.size() * 50);
            String key = ThemeFonts.family(style.families()) + '\u0000' + style.weight() + '\u0000' + ratio + '\u0000'
                    + text;
            String f = fitted.get(key);
            if (f == null) {
                f = TextMetrics.super.fit(text, style, maxWidth);
                fitted.put(key, f);
            }
            return f;
        }
    }
}
