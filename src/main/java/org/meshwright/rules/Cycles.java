package org.meshwright.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;

/** Strongly connected sets of a directed graph, each with one concrete cycle to show. */
final class Cycles {

    /**
     * A strongly connected set of two or more vertices.
     *
     * @param members the vertices, sorted
     * @param path    the shortest cycle through the first member, closing on it: {@code a, b, c, a}
     */
    record Cycle(List<String> members, List<String> path) {

        String pathText() {
            return String.join(" -> ", path);
        }
    }

    private Cycles() {
    }

    /** Every strongly connected set of two or more vertices, in order of their first member. */
    static <E> List<Cycle> of(Graph<String, E> graph) {
        List<Cycle> cycles = new ArrayList<>();
        for (Set<String> set : new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (set.size() < 2) {
                continue;
            }
            List<String> members = new ArrayList<>(new TreeSet<>(set));
            cycles.add(new Cycle(members, shortestCycleThrough(graph, set, members.get(0))));
        }
        cycles.sort(java.util.Comparator.comparing(c -> c.members().get(0)));
        return cycles;
    }

    /**
     * The shortest cycle through {@code start} inside {@code set}: the shortest path from
     * {@code start} to one of its predecessors in the set (the smallest id among equals),
     * closed by the edge back to {@code start}.
     */
    private static <E> List<String> shortestCycleThrough(Graph<String, E> graph, Set<String> set, String start) {
        Graph<String, Integer> sub = sortedCopy(graph, set);
        var paths = new BFSShortestPath<>(sub).getPaths(start);
        List<String> best = null;
        for (String predecessor : new TreeSet<>(Graphs.predecessorListOf(sub, start))) {
            if (predecessor.equals(start)) {
                continue; // a self-link is a finding of its own
            }
            GraphPath<String, Integer> path = paths.getPath(predecessor);
            if (path != null && (best == null || path.getLength() + 1 < best.size() - 1)) {
                best = new ArrayList<>(path.getVertexList());
                best.add(start);
            }
        }
        return best;
    }

    /**
     * The subgraph induced by {@code set}, its vertices and each vertex's edges in id order,
     * so that the shortest path found among equals does not depend on the file's order.
     */
    private static <E> Graph<String, Integer> sortedCopy(Graph<String, E> graph, Set<String> set) {
        Graph<String, Integer> copy = org.jgrapht.graph.builder.GraphTypeBuilder.<String, Integer>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true).weighted(false).buildGraph();
        int edges = 0;
        List<String> members = new ArrayList<>(new TreeSet<>(set));
        members.forEach(copy::addVertex);
        for (String v : members) {
            List<E> out = new ArrayList<>();
            for (E e : graph.outgoingEdgesOf(v)) {
                if (set.contains(graph.getEdgeTarget(e))) {
                    out.add(e);
                }
            }
            out.sort(java.util.Comparator.comparing((E e) -> graph.getEdgeTarget(e)).thenComparing(String::valueOf));
            for (E e : out) {
                copy.addEdge(v, graph.getEdgeTarget(e), edges++);
            }
        }
        return copy;
    }
}
