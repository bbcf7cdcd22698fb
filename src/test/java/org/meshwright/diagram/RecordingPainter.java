package org.meshwright.diagram;

import java.util.ArrayList;
import java.util.List;

/** A painter that records what it is asked to draw, for assertions; it measures text roughly. */
final class RecordingPainter implements Painter {

    /** One drawing call: what, and the group (element) it was made in, or "" outside any. */
    record Call(String op, String group, String text) {
    }

    final List<Call> calls = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    private final List<String> open = new ArrayList<>();
    private int depth;

    private void record(String op, String text) {
        calls.add(new Call(op, open.isEmpty() ? "" : open.get(open.size() - 1), text));
    }

    boolean drewGroup(String id) {
        return groups.contains(id);
    }

    long count(String op) {
        return calls.stream().filter(c -> c.op().equals(op)).count();
    }

    @Override
    public TextMetrics textMetrics() {
        return TextMetrics.approximate();
    }

    @Override
    public void save() {
        depth++;
    }

    @Override
    public void restore() {
        if (--depth < 0) {
            throw new IllegalStateException("restore without save");
        }
    }

    int depth() {
        return depth;
    }

    @Override
    public void translate(double dx, double dy) {
        record("translate", null);
    }

    @Override
    public void scale(double factor) {
        record("scale", null);
    }

    @Override
    public void setOpacity(double opacity) {
        record("opacity", null);
    }

    @Override
    public void fillRect(Rect r, Colour fill) {
        record("fillRect", null);
    }

    @Override
    public void fillRoundRect(Rect r, double radius, Colour fill) {
        record("fillRoundRect", null);
    }

    @Override
    public void strokeRoundRect(Rect r, double radius, Stroke stroke) {
        record("strokeRoundRect", null);
    }

    @Override
    public void fillOval(Rect r, Colour fill) {
        record("fillOval", null);
    }

    @Override
    public void strokeOval(Rect r, Stroke stroke) {
        record("strokeOval", null);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        record("line", null);
    }

    @Override
    public void polyline(List<P> points, Stroke stroke) {
        record("polyline", null);
    }

    @Override
    public void fillPolygon(List<P> points, Colour fill) {
        record("fillPolygon", null);
    }

    @Override
    public void fillPath(PathData path, Colour fill) {
        record("fillPath", null);
    }

    @Override
    public void strokePath(PathData path, Stroke stroke) {
        record("strokePath", null);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align) {
        record("text", text);
        texts.add(text);
    }

    @Override
    public void beginGroup(String id, String title) {
        groups.add(id);
        open.add(id);
    }

    @Override
    public void endGroup() {
        open.remove(open.size() - 1);
    }
}
