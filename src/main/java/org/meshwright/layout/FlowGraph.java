package org.meshwright.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshwright.model.Archetype;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/**
 * The part of a mesh one layout arranges: some of its nodes, in the mesh's order, and the
 * paths of its links through them (provider, {@code via} hops, consumer) cut down to those
 * nodes. Indices are positions in {@link #nodes()}.
 */
final class FlowGraph {

    /** Column of source systems. */
    static final int SOURCE = 0;
    /** Column of consumers; data products sit between, by archetype. */
    static final int CONSUMER = 8;

    private final List<MeshNode> nodes;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<int[]> paths = new ArrayList<>();

    private FlowGraph(Mesh mesh, List<MeshNode> nodes) {
        this.nodes = List.copyOf(nodes);
        for (int i = 0; i < this.nodes.size(); i++) {
            index.put(this.nodes.get(i).id(), i);
        }
        for (Link link : mesh.links()) {
            List<Integer> path = new ArrayList<>();
            add(path, link.from());
            link.via().forEach(v -> add(path, v));
            add(path, link.to());
            if (path.size() >= 2) {
                paths.add(path.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    private void add(List<Integer> path, String id) {
        Integer i = index.get(id);
        if (i != null && (path.isEmpty() || !path.get(path.size() - 1).equals(i))) {
            path.add(i);
        }
    }

    /** The graph of every node of {@code mesh}. */
    static FlowGraph of(Mesh mesh) {
        return new FlowGraph(mesh, mesh.nodes());
    }

    /** The graph of the nodes of {@code mesh} whose ids are in {@code ids}, in the mesh's order. */
    static FlowGraph of(Mesh mesh, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return new FlowGraph(mesh, mesh.nodes().stream().filter(n -> wanted.contains(n.id())).toList());
    }

    List<MeshNode> nodes() {
        return nodes;
    }

    int size() {
        return nodes.size();
    }

    MeshNode node(int i) {
        return nodes.get(i);
    }

    /** The link paths: provider, hops, consumer, each at least two distinct consecutive nodes. */
    List<int[]> paths() {
        return paths;
    }

    /** Platforms and governance services: never on a link, kept to one side. */
    static boolean isSharedService(MeshNode n) {
        return n.kind() == NodeKind.PLATFORM || n.kind() == NodeKind.GOVERNANCE;
    }

    /**
     * The column each node reads in, left to right: source systems 0, source-aligned products 2,
     * aggregates 4, consumer-aligned products 6, consumers 8. A product without an archetype counts
     * as an aggregate where another product feeds it, else as source-aligned. A pass-through node
     * gets the odd column between the median columns of the providers and of the consumers of the
     * links through it; shared services -1.
     */
    int[] columns(Mesh mesh) {
        Set<String> fedByProducts = new HashSet<>();
        for (Link link : mesh.links()) {
            MeshNode from = mesh.node(link.from());
            if (from != null && from.kind() == NodeKind.DATA_PRODUCT) {
                fedByProducts.add(link.to());
            }
        }
        int[] column = new int[nodes.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = baseColumn(nodes.get(i), fedByProducts);
        }
        // a pass-through node: between the typical column of what it is fed from and of what it feeds
        List<List<Integer>> from = new ArrayList<>();
        List<List<Integer>> to = new ArrayList<>();
        for (int i = 0; i < column.length; i++) {
            from.add(new ArrayList<>());
            to.add(new ArrayList<>());
        }
        for (int[] path : paths) {
            for (int k = 1; k < path.length - 1; k++) {
                if (nodes.get(path[k]).kind().isPassThrough()) {
                    from.get(path[k]).add(column[path[0]]);
                    to.get(path[k]).add(column[path[path.length - 1]]);
                }
            }
        }
        for (int i = 0; i < column.length; i++) {
            if (nodes.get(i).kind().isPassThrough()) {
                int lo = median(from.get(i), 3);
                int hi = Math.max(median(to.get(i), lo + 2), lo + 2);
                column[i] = Math.max(1, Math.min(CONSUMER - 1, (lo + hi) / 2 | 1));
            }
        }
        return column;
    }

    private static int median(List<Integer> values, int otherwise) {
        if (values.isEmpty()) {
            return otherwise;
        }
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static int baseColumn(MeshNode n, Set<String> fedByProducts) {
        return switch (n.kind()) {
            case SOURCE_SYSTEM -> SOURCE;
            case CONSUMER -> CONSUMER;
            case DATA_PRODUCT -> 2 + 2 * (n.archetype() != null ? n.archetype().rank()
                    : fedByProducts.contains(n.id()) ? Archetype.AGGREGATE.rank() : Archetype.SOURCE_ALIGNED.rank());
            case PLATFORM, GOVERNANCE -> -1;
            default -> 3;
        };
    }
}
