package org.meshwright.diagram;

import java.util.Arrays;
import java.util.List;

/**
 * A uniform grid over the scene: for each cell, the nodes whose boxes and the links whose
 * curves pass through it (compressed rows: one array of starts, one of items). Built once
 * per scene; queries add the indices of candidates to a list, which the caller sorts and
 * filters exactly (a small query costs what it finds, not the size of the scene). Elements outside the grid's extent are kept in the border cells, so the
 * index stays correct (if slower) for any coordinates.
 */
final class SpatialIndex {

    private static final double MIN_CELL = 256;
    private static final int MAX_CELLS = 1 << 20;
    private static final int CURVE_STEPS = 8;

    private final double originX;
    private final double originY;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] nodeStart;
    private final int[] nodeItems;
    private final int[] linkStart;
    private final int[] linkItems;

    private SpatialIndex(double originX, double originY, double cell, int cols, int rows, int[] nodeStart,
                         int[] nodeItems, int[] linkStart, int[] linkItems) {
        this.originX = originX;
        this.originY = originY;
        this.cell = cell;
        this.cols = cols;
        this.rows = rows;
        this.nodeStart = nodeStart;
        this.nodeItems = nodeItems;
        this.linkStart = linkStart;
        this.linkItems = linkItems;
    }

    static SpatialIndex build(List<DiagramScene.NodeBox> nodes, List<DiagramScene.LinkRoute> links, Rect extent) {
        double cell = MIN_CELL;
        double area = Math.max(1, extent.width()) * Math.max(1, extent.height());
        if (area / (cell * cell) > MAX_CELLS) {
            cell = Math.sqrt(area / MAX_CELLS) * 1.01;
        }
        int cols = Math.max(1, (int) Math.ceil(extent.width() / cell));
        int rows = Math.max(1, (int) Math.ceil(extent.height() / cell));
        Grid grid = new Grid(extent.x(), extent.y(), cell, cols, rows);

        int[][] nodeCells = new int[nodes.size()][];
        for (int i = 0; i < nodeCells.length; i++) {
            nodeCells[i] = grid.cellsOf(nodes.get(i).bounds());
        }
        int[][] linkCells = new int[links.size()][];
        IntList scratch = new IntList();
        for (int i = 0; i < linkCells.length; i++) {
            scratch.clear();
            for (Hop hop : links.get(i).hops()) {
                double[] xy = hop.flatten(CURVE_STEPS);
                for (int k = 2; k < xy.length; k += 2) {
                    grid.walk(xy[k - 2], xy[k - 1], xy[k], xy[k + 1], scratch);
                }
            }
            linkCells[i] = scratch.sortedUnique();
        }
        int cells = cols * rows;
        int[][] nodeCsr = compress(nodeCells, cells);
        int[][] linkCsr = compress(linkCells, cells);
        return new SpatialIndex(extent.x(), extent.y(), cell, cols, rows, nodeCsr[0], nodeCsr[1], linkCsr[0],
                linkCsr[1]);
    }

    private static int[][] compress(int[][] itemCells, int cells) {
        int[] start = new int[cells + 1];
        for (int[] cs : itemCells) {
            for (int c : cs) {
                start[c + 1]++;
            }
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] items = new int[start[cells]];
        int[] fill = Arrays.copyOf(start, cells);
        for (int i = 0; i < itemCells.length; i++) {
            for (int c : itemCells[i]) {
                items[fill[c]++] = i;
            }
        }
        return new int[][] {start, items};
    }

    /** Adds the index of every node that may meet {@code r} (some more than once). */
    void nodes(Rect r, IntList out) {
        query(r, nodeStart, nodeItems, out);
    }

    /** Adds the index of every link that may pass through {@code r} (some more than once). */
    void links(Rect r, IntList out) {
        query(r, linkStart, linkItems, out);
    }

    private void query(Rect r, int[] start, int[] items, IntList out) {
        int c0 = clamp((int) Math.floor((r.x() - originX) / cell), cols);
        int c1 = clamp((int) Math.floor((r.maxX() - originX) / cell), cols);
        int r0 = clamp((int) Math.floor((r.y() - originY) / cell), rows);
        int r1 = clamp((int) Math.floor((r.maxY() - originY) / cell), rows);
        for (int row = r0; row <= r1; row++) {
            for (int col = c0; col <= c1; col++) {
                int c = row * cols + col;
                for (int k = start[c]; k < start[c + 1]; k++) {
                    out.add(items[k]);
                }
            }
        }
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : v >= n ? n - 1 : v;
    }

    /** Cell arithmetic during the build. */
    private static final class Grid {
        final double ox;
        final double oy;
        final double cell;
        final int cols;
        final int rows;

        Grid(double ox, double oy, double cell, int cols, int rows) {
            this.ox = ox;
            this.oy = oy;
            this.cell = cell;
            this.cols = cols;
            this.rows = rows;
        }

        int col(double x) {
            return clamp((int) Math.floor((x - ox) / cell), cols);
        }

        int row(double y) {
            return clamp((int) Math.floor((y - oy) / cell), rows);
        }

        int[] cellsOf(Rect r) {
            int c0 = col(r.x());
            int c1 = col(r.maxX());
            int r0 = row(r.y());
            int r1 = row(r.maxY());
            int[] cs = new int[(c1 - c0 + 1) * (r1 - r0 + 1)];
            int k = 0;
            for (int row = r0; row <= r1; row++) {
                for (int col = c0; col <= c1; col++) {
                    cs[k++] = row * cols + col;
                }
            }
            return cs;
        }

        /** Adds every cell the segment passes through (grid traversal after Amanatides and Woo). */
        void walk(double x0, double y0, double x1, double y1, IntList out) {
            int cx = col(x0);
            int cy = row(y0);
            int ex = col(x1);
            int ey = row(y1);
            double dx = x1 - x0;
            double dy = y1 - y0;
            int stepX = dx > 0 ? 1 : -1;
            int stepY = dy > 0 ? 1 : -1;
            double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY
                    : ((cx + (dx > 0 ? 1 : 0)) * cell + ox - x0) / dx;
            double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY
                    : ((cy + (dy > 0 ? 1 : 0)) * cell + oy - y0) / dy;
            double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dx);
            double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dy);
            int guard = Math.abs(ex - cx) + Math.abs(ey - cy) + 2;
            out.add(cy * cols + cx);
            while ((cx != ex || cy != ey) && guard-- > 0) {
                if (tMaxX < tMaxY) {
                    tMaxX += tDeltaX;
                    cx = clamp(cx + stepX, cols);
                } else {
                    tMaxY += tDeltaY;
                    cy = clamp(cy + stepY, rows);
                }
                out.add(cy * cols + cx);
            }
            out.add(ey * cols + ex);
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        private int[] a = new int[64];
        private int n;

        void add(int v) {
            if (n > 0 && a[n - 1] == v) {
                return; // a path walks cell after cell: most repeats are of the last cell
            }
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void clear() {
            n = 0;
        }

        int[] sortedUnique() {
            int[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            int k = 0;
            for (int i = 0; i < s.length; i++) {
                if (i == 0 || s[i] != s[i - 1]) {
                    s[k++] = s[i];
                }
            }
            return Arrays.copyOf(s, k);
        }
    }
}
