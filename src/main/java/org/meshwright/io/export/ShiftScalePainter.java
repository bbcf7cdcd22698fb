package org.meshwright.io.export;

import java.util.ArrayDeque;
import java.util.Deque;
import org.meshwright.diagram.Painter;

/**
 * The state of a back end that applies the transform itself, to the coordinates it
 * writes: a uniform scale and a shift (all the diagram painter makes), and an opacity that
 * multiplies, each saved and restored together.
 */
abstract class ShiftScalePainter implements Painter {

    private final Deque<double[]> stack = new ArrayDeque<>();
    /** Device units per diagram unit. */
    protected double scale = 1;
    /** Where the diagram's origin lies, in device units. */
    protected double tx;
    protected double ty;
    /** What every colour's alpha is multiplied by. */
    protected double opacity = 1;

    @Override
    public void save() {
        stack.push(new double[] {scale, tx, ty, opacity});
    }

    @Override
    public void restore() {
        double[] s = stack.pop();
        scale = s[0];
        tx = s[1];
        ty = s[2];
        opacity = s[3];
    }

    @Override
    public void translate(double dx, double dy) {
        tx += dx * scale;
        ty += dy * scale;
    }

    @Override
    public void scale(double factor) {
        scale *= factor;
    }

    @Override
    public void setOpacity(double o) {
        opacity *= o;
    }
}
