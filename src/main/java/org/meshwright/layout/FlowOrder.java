package org.meshwright.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the vertices of a weighted directed graph so that as little weight as possible
 * points backwards: the greedy heuristic of Eades, Lin and Smyth (sinks to the back, sources
 * to the front, else the vertex whose outgoing weight most exceeds its incoming), ties broken
 * by vertex number so that the order is deterministic, then improved by sifting (each vertex
 * moved to the place where the fewest of its edges point back, while that helps).
 */
final class FlowOrder {

    private final int n;
    private final List<int[]> edges = new ArrayList<>();

    FlowOrder(int vertices) {
        this.n = vertices;
    }

    /** An edge from {@code a} to {@code b} of weight {@code w}; loops are ignored. */
    void edge(int a, int b, int w) {
        if (a != b) {
            edges.add(new int[] {a, b, w});
        }
    }

    /** Sifting is quadratic in the vertices: beyond this many, the greedy order stands. */
    private static final int MAX_SIFTED = 2_000;
    private static final int SIFTING_PASSES = 4;

    /** Each vertex's place in the order, 0 first. */
    int[] positions() {
        return minimise(edges);
    }

    /**
     * Shortens the edges of an order without turning any edge backwards: swaps neighbours in the
     * order where no edge runs from the first to the second and the swap makes the edges'
     * total length (in places, each edge counted once) shorter, until no swap helps.
     */
    int[] tighten(int[] position) {
        List<List<Integer>> around = new ArrayList<>();
        List<java.util.Set<Integer>> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            around.add(new ArrayList<>());
            after.add(new java.util.HashSet<>());
        }
        for (int[] e : edges) {
            around.get(e[0]).add(e[1]);
            around.get(e[1]).add(e[0]);
            after.get(e[0]).add(e[1]);
        }
        int[] place = position.clone();
        int[] sequence = new int[n];
        for (int v = 0; v < n; v++) {
            sequence[place[v]] = v;
        }
        for (int pass = 0; pass < 50; pass++) {
            boolean improved = false;
            for (int i = 0; i + 1 < n; i++) {
                int a = sequence[i];
                int b = sequence[i + 1];
                if (after.get(a).contains(b)) {
                    continue;
                }
                long delta = 0;
                for (int x : around.get(a)) {
                    if (x != b) {
                        delta += Math.abs(i + 1 - place[x]) - Math.abs(i - place[x]);
                    }
                }
                for (int x : around.get(b)) {
                    if (x != a) {
                        delta += Math.abs(i - place[x]) - Math.abs(i + 1 - place[x]);
                    }
                }
                if (delta < 0) {
                    sequence[i] = b;
                    sequence[i + 1] = a;
                    place[b] = i;
                    place[a] = i + 1;
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
        return place;
    }

    private int[] minimise(List<int[]> which) {
        int[] position = greedy(which);
        if (n <= MAX_SIFTED) {
            sift(position, which);
        }
        return position;
    }

    private void sift(int[] position, List<int[]> edges) {
        // per vertex and neighbour: weight of the edges to it minus weight of the edges from it,
        // which is what the vertex's backward weight changes by when the neighbour moves in front
        List<Map<Integer, Long>> weight = new ArrayList<>();
        long[] inTotal = new long[n];
        for (int i = 0; i < n; i++) {
            weight.add(new HashMap<>());
        }
        for (int[] e : edges) {
            weight.get(e[0]).merge(e[1], (long) e[2], Long::sum);
            weight.get(e[1]).merge(e[0], (long) -e[2], Long::sum);
            inTotal[e[1]] += e[2];
        }
        int[] sequence = new int[n];
        for (int v = 0; v < n; v++) {
            sequence[position[v]] = v;
        }
        for (int pass = 0; pass < SIFTING_PASSES; pass++) {
            boolean improved = false;
            for (int v = 0; v < n; v++) {
                Map<Integer, Long> around = weight.get(v);
                if (around.isEmpty()) {
                    continue;
                }
                // cost of v's edges with v at the front: every edge into v points back
                long cost = inTotal[v];
                long best = cost;
                int bestSlot = 0;
                long current = -1;
                int slot = 0;
                for (int k = 0; k < n; k++) {
                    int u = sequence[k];
                    if (u == v) {
                        current = cost;
                        continue;
                    }
                    Long w = around.get(u);
                    if (w != null) {
                        cost += w; // u now before v: its edges to v point forward, v's edges to it back
                    }
                    slot++;
                    if (cost < best) {
                        best = cost;
                        bestSlot = slot;
                    }
                }
                if (best < current) {
                    int[] next = new int[n];
                    int j = 0;
                    int placed = 0;
                    for (int k = 0; k < n; k++) {
                        int u = sequence[k];
                        if (u == v) {
                            continue;
                        }
                        if (placed == bestSlot) {
                            next[j++] = v;
                        }
                        next[j++] = u;
                        placed++;
                    }
                    if (j < n) {
                        next[j] = v;
                    }
                    sequence = next;
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
        for (int k = 0; k < n; k++) {
            position[sequence[k]] = k;
        }
    }

    private int[] greedy(List<int[]> edges) {
        long[] in = new long[n];
        long[] out = new long[n];
        List<List<int[]>> outEdges = new ArrayList<>();
        List<List<int[]>> inEdges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outEdges.add(new ArrayList<>());
            inEdges.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            out[e[0]] += e[2];
            in[e[1]] += e[2];
            outEdges.get(e[0]).add(e);
            inEdges.get(e[1]).add(e);
        }
        boolean[] done = new boolean[n];
        int[] position = new int[n];
        int front = 0;
        int back = n - 1;
        int left = n;
        while (left > 0) {
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int v = n - 1; v >= 0; v--) {
                    if (!done[v] && out[v] == 0) {
                        position[v] = back--;
                        remove(v, done, in, out, outEdges, inEdges);
                        left--;
                        moved = true;
                    }
                }
                for (int v = 0; v < n; v++) {
                    if (!done[v] && in[v] == 0) {
                        position[v] = front++;
                        remove(v, done, in, out, outEdges, inEdges);
                        left--;
                        moved = true;
                    }
                }
            }
            if (left > 0) {
                int best = -1;
                for (int v = 0; v < n; v++) {
                    if (!done[v] && (best < 0 || out[v] - in[v] > out[best] - in[best])) {
                        best = v;
                    }
                }
                position[best] = front++;
                remove(best, done, in, out, outEdges, inEdges);
                left--;
            }
        }
        return position;
    }

    private static void remove(int v, boolean[] done, long[] in, long[] out, List<List<int[]>> outEdges,
                               List<List<int[]>> inEdges) {
        done[v] = true;
        for (int[] e : outEdges.get(v)) {
            if (!done[e[1]]) {
                in[e[1]] -= e[2];
            }
        }
        for (int[] e : inEdges.get(v)) {
            if (!done[e[0]]) {
                out[e[0]] -= e[2];
            }
        }
    }
}
