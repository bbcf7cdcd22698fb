package org.meshwright.io.export;

import java.util.ArrayList;
import java.util.List;
import org.meshwright.diagram.Colour;
import org.meshwright.diagram.P;
import org.meshwright.diagram.PathData;
import org.meshwright.diagram.Rect;
import org.meshwright.diagram.Stroke;
import org.meshwright.diagram.TextAlign;
import org.meshwright.diagram.TextMetrics;
import org.meshwright.diagram.TextStyle;

/**
 * Records what a drawing pass paints, each call with the transform and opacity it was made
 * under and the device rows it may touch, so that a large PNG can be drawn band by band
 * (each band's pixels stay in the processor's cache, and bands can be drawn at the same
 * time) from one pass of the {@link org.meshwright.diagram.DiagramPainter}. Thin round-capped
 * strokes are prepared for the {@link StrokeRaster} once, at recording. The transform is a
 * uniform scale and a shift, as the diagram painter makes it.
 */
final class DisplayList extends ShiftScalePainter {

    /** What is drawn once the transform and opacity are set. */
    @FunctionalInterface
    private interface Call {
        void draw(Java2dPainter p);
    }

    /** One drawing: rows {@code top} to {@code bottom} (device), its state, and the call or a prepared stroke. */
    private record Op(double top, double bottom, double scale, double tx, double ty, double opacity, Call call,
                      StrokeRaster.Prepared stroke) {
    }

    /** Room around a shape for anti-aliasing, in device pixels. */
    private static final double AA = 2;

    private final List<Op> ops = new ArrayList<>();

    /**
     * For bands of {@code rows} device rows from row 0, {@code bands} of them: the indices of
     * the recorded calls that may touch each band, in drawing order.
     */
    int[][] bandIndex(int rows, int bands) {
        int[] counts = new int[bands];
        for (Op op : ops) {
            int first = Math.max(0, (int) Math.floor(op.top() / rows));
            int last = Math.min(bands - 1, (int) Math.floor(op.bottom() / rows));
            for (int b = first; b <= last; b++) {
                counts[b]++;
            }
        }
        int[][] index = new int[bands][];
        for (int b = 0; b < bands; b++) {
            index[b] = new int[counts[b]];
            counts[b] = 0;
        }
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            int first = Math.max(0, (int) Math.floor(op.top() / rows));
            int last = Math.min(bands - 1, (int) Math.floor(op.bottom() / rows));
            for (int b = first; b <= last; b++) {
                index[b][counts[b]++] = i;
            }
        }
        return index;
    }

    /** Draws the recorded calls {@code indices} (from {@link #bandIndex}, in order) with {@code p}. */
    void replay(Java2dPainter p, int[] indices) {
        for (int i : indices) {
            Op op = ops.get(i);
            if (op.stroke() != null) {
                p.fill(op.stroke());
            } else {
                p.setState(op.scale(), op.tx(), op.ty(), op.opacity());
                op.call().draw(p);
            }
        }
    }

    /** How many drawings were recorded. */
    int size() {
        return ops.size();
    }

    private void add(double userTop, double userBottom, double pad, Call call) {
        double top = userTop * scale + ty - pad * scale - AA;
        double bottom = userBottom * scale + ty + pad * scale + AA;
        ops.add(new Op(top, bottom, scale, tx, ty, opacity, call, null));
    }

    @Override
    public TextMetrics textMetrics() {
        return AwtFonts.metrics();
    }

    @Override
    public void fillRect(Rect r, Colour fill) {
        add(r.y(), r.maxY(), 0, p -> p.fillRect(r, fill));
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Colour fill) {
        add(r.y(), r.maxY(), 0, p -> p.fillRoundRect(r, radius, fill));
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Stroke stroke) {
        add(r.y(), r.maxY(), stroke.width() / 2, p -> p.strokeRoundRect(r, radius, stroke));
    }

    @Override
    public void fillOval(Rect r, Colour fill) {
        add(r.y(), r.maxY(), 0, p -> p.fillOval(r, fill));
    }

    @Override
    public void strokeOval(Rect r, Stroke stroke) {
        add(r.y(), r.maxY(), stroke.width() / 2, p -> p.strokeOval(r, stroke));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        add(Math.min(y1, y2), Math.max(y1, y2), stroke.width() / 2, p -> p.line(x1, y1, x2, y2, stroke));
    }

    @Override
    public void polyline(List<P> points, Stroke stroke) {
        double[] ys = yRange(points);
        add(ys[0], ys[1], stroke.width() / 2, p -> p.polyline(points, stroke));
    }

    @Override
    public void fillPolygon(List<P> points, Colour fill) {
        double[] ys = yRange(points);
        add(ys[0], ys[1], 0, p -> p.fillPolygon(points, fill));
    }

    @Override
    public void fillPath(PathData path, Colour fill) {
        Rect b = path.bounds();
        add(b.y(), b.maxY(), 0, p -> p.fillPath(path, fill));
    }

    @Override
    public void strokePath(PathData path, Stroke stroke) {
        StrokeRaster.Prepared prepared = Java2dPainter.prepare(path, stroke, scale, tx, ty, opacity);
        if (prepared != null) {
            ops.add(new Op(prepared.top(), prepared.bottom(), scale, tx, ty, opacity, null, prepared));
            return;
        }
        Rect b = path.bounds();
        add(b.y(), b.maxY(), stroke.width() / 2, p -> p.strokePath(path, stroke));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align) {
        // generous: fallback fonts (emoji, other scripts) reach further than Inter
        double size = style.size();
        add(y - 1.6 * size, y + 0.9 * size, 0, p -> p.text(text, x, y, style, colour, align));
    }

    private static double[] yRange(List<P> points) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (P pt : points) {
            lo = Math.min(lo, pt.y());
            hi = Math.max(hi, pt.y());
        }
        return points.isEmpty() ? new double[] {0, 0} : new double[] {lo, hi};
    }
}
