package org.meshwright.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Badges and markers placed so far in one paint, in a coarse grid, so that finding a
 * free spot stays cheap when a whole large diagram is drawn (an export).
 */
final class Placed {
    private static final double CELL = 128;
    private final java.util.Map<Long, List<Rect>> cells = new java.util.HashMap<>();

    void add(Rect r) {
        forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(2)).add(r));
    }

    boolean overlaps(Rect r) {
        boolean[] hit = {false};
        forCells(r, key -> {
            List<Rect> in = cells.get(key);
            if (!hit[0] && in != null) {
                for (Rect other : in) {
                    if (other.overlaps(r)) {
                        hit[0] = true;
                        return;
                    }
                }
            }
        });
        return hit[0];
    }

    private static void forCells(Rect r, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(r.x() / CELL);
        long x1 = (long) Math.floor(r.maxX() / CELL);
        long y0 = (long) Math.floor(r.y() / CELL);
        long y1 = (long) Math.floor(r.maxY() / CELL);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                action.accept((x << 32) ^ (y & 0xFFFFFFFFL));
            }
        }
    }
}
