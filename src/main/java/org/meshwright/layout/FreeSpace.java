package org.meshwright.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.model.Bounds;

/**
 * Rectangles already taken on the diagram, hashed by cell, and a search for the free spot
 * nearest a wish. The search walks rings of grid positions outward from the wish, so it is
 * deterministic, and falls back to the right of everything taken.
 */
final class FreeSpace {

    private static final double CELL = 400;
    /** Rings searched before giving up on nearness. */
    private static final int MAX_RINGS = 120;

    private final Map<Long, List<Bounds>> cells = new HashMap<>();
    private double maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;

    void add(Bounds r) {
        forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(r));
        maxX = Math.max(maxX, r.x() + r.width());
        minY = Math.min(minY, r.y());
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The right edge of everything taken (-infinity when nothing is). */
    double maxX() {
        return maxX;
    }

    /** The top edge of everything taken (+infinity when nothing is). */
    double minY() {
        return minY;
    }

    /** Whether {@code r} grown by {@code margin} on every side meets something taken. */
    boolean overlaps(Bounds r, double margin) {
        return overlaps(r, margin, null);
    }

    /** Whether {@code r} grown by {@code margin} meets something taken other than {@code except}. */
    boolean overlaps(Bounds r, double margin, Bounds except) {
        Bounds grown = new Bounds(r.x() - margin, r.y() - margin, r.width() + 2 * margin, r.height() + 2 * margin);
        boolean[] hit = {false};
        forCells(grown, key -> {
            List<Bounds> list = cells.get(key);
            if (list != null && !hit[0]) {
                for (Bounds o : list) {
                    if (intersects(o, grown) && !o.equals(except)) {
                        hit[0] = true;
                        return;
                    }
                }
            }
        });
        return hit[0];
    }

    /**
     * The top-left corner nearest ({@code wishX}, {@code wishY}) where a {@code width} by
     * {@code height} rectangle keeps {@code margin} from everything taken, on multiples of
     * {@code step}.
     */
    double[] find(double width, double height, double wishX, double wishY, double margin, double step) {
        double x0 = Math.round(wishX / step) * step;
        double y0 = Math.round(wishY / step) * step;
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            double[] best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                        continue;
                    }
                    double cx = x0 + dx * step;
                    double cy = y0 + dy * step;
                    double distance = Math.hypot(cx - wishX, cy - wishY);
                    // nearest first; among equals the first in reading order (dy, then dx, ascending)
                    if (distance < bestDistance && !overlaps(new Bounds(cx, cy, width, height), margin)) {
                        best = new double[] {cx, cy};
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        double x = Math.ceil((maxX + margin) / step) * step;
        return new double[] {x, y0};
    }

    private static boolean intersects(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    private static void forCells(Bounds r, java.util.function.LongConsumer action) {
        long c0 = (long) Math.floor(r.x() / CELL);
        long c1 = (long) Math.floor((r.x() + r.width()) / CELL);
        long r0 = (long) Math.floor(r.y() / CELL);
        long r1 = (long) Math.floor((r.y() + r.height()) / CELL);
        for (long row = r0; row <= r1; row++) {
            for (long col = c0; col <= c1; col++) {
                action.accept(row * 4_000_003L + col);
            }
        }
    }
}
