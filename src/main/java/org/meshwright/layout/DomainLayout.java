package org.meshwright.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * One domain's nodes laid out on their own by ELK's layered algorithm, partitioned by their
 * column in the flow (source systems, then products by archetype, then consumers), so that
 * each layer holds one column; the layers and the order within them are what the block
 * layout keeps. A node linked from outside the domain gets a stand-in for the far end in a
 * layer before the first (after the last for links leaving), so that the layout keeps the row
 * between the node and the domain's edge clear for the line; stand-ins are then dropped.
 */
final class DomainLayout {

    /**
     * A laid-out domain.
     *
     * @param members   the domain's nodes (graph indices)
     * @param column    each member's flow column, -1 for a platform or governance service
     * @param layer     each member's layer among the domain's layers of its column (0 first)
     * @param y         each member's top, relative to the top of the domain's frame
     * @param layers    flow column to the number of layers the domain uses for it
     * @param height    height of the domain's frame
     */
    record Shape(List<Integer> members, int[] column, int[] layer, double[] y, Map<Integer, Integer> layers,
                 double height) {
    }

    private DomainLayout() {
    }

    static Shape layout(FlowGraph graph, int[] columns, List<Integer> members, LayoutGeometry g,
                        LayoutMonitor monitor) {
        int size = members.size();
        int[] column = new int[size];
        int[] layer = new int[size];
        double[] y = new double[size];
        Map<Integer, Integer> layers = new TreeMap<>();
        List<Integer> flow = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            int m = members.get(k);
            column[k] = FlowGraph.isSharedService(graph.node(m)) ? -1 : columns[m];
            if (column[k] >= 0) {
                flow.add(m);
            }
        }
        double bottom = g.domainTitle();
        if (!flow.isEmpty()) {
            Map<Integer, ElkNode> elk = run(graph, columns, flow, g, monitor);
            double minY = elk.values().stream().mapToDouble(ElkNode::getY).min().orElse(0);
            // layers: the distinct left edges, per column in order
            Map<Integer, List<Double>> lefts = new TreeMap<>();
            // every card has the same width, so the cards of a layer share their left edge
            for (int k = 0; k < size; k++) {
                if (column[k] >= 0) {
                    double left = Math.round(elk.get(members.get(k)).getX());
                    List<Double> list = lefts.computeIfAbsent(column[k], c -> new ArrayList<>());
                    if (!list.contains(left)) {
                        list.add(left);
                    }
                }
            }
            lefts.values().forEach(list -> list.sort(null));
            lefts.forEach((c, list) -> layers.put(c, list.size()));
            for (int k = 0; k < size; k++) {
                if (column[k] >= 0) {
                    ElkNode n = elk.get(members.get(k));
                    layer[k] = lefts.get(column[k]).indexOf((double) Math.round(n.getX()));
                    y[k] = g.domainTitle() + g.snap(n.getY() - minY);
                    bottom = Math.max(bottom, y[k] + g.nodeHeight());
                }
            }
        }
        // platforms and governance of the domain: a row under its flow
        double rowY = g.snap(flow.isEmpty() ? g.domainTitle() : bottom + g.nodeGap());
        for (int k = 0; k < size; k++) {
            if (column[k] < 0) {
                y[k] = rowY;
                bottom = Math.max(bottom, rowY + g.nodeHeight());
            }
        }
        return new Shape(members, column, layer, y, layers, g.snapUp(bottom + g.domainInset()));
    }

    private static Map<Integer, ElkNode> run(FlowGraph graph, int[] columns, List<Integer> flow, LayoutGeometry g,
                                             LayoutMonitor monitor) {
        ElkNode root = Elk.graph(g.nodeGap(), g.columnGap(), new double[] {0, 0, 0, 0});
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        Map<Integer, ElkNode> elk = new HashMap<>();
        for (int m : flow) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setDimensions(g.nodeWidth(), g.nodeHeight());
            n.setProperty(LayeredOptions.PARTITIONING_PARTITION, columns[m]);
            elk.put(m, n);
        }
        Set<Long> seen = new HashSet<>();
        Map<Integer, ElkNode> outsideIn = new HashMap<>();
        Map<Integer, ElkNode> outsideOut = new HashMap<>();
        for (int[] path : graph.paths()) {
            for (int k = 1; k < path.length; k++) {
                ElkNode a = elk.get(path[k - 1]);
                ElkNode b = elk.get(path[k]);
                if (a != null && b != null) {
                    if (seen.add((long) path[k - 1] << 32 | path[k])) {
                        ElkGraphUtil.createSimpleEdge(a, b);
                    }
                } else if (b != null) {
                    outsideIn.computeIfAbsent(path[k], m -> standIn(root, b, FlowGraph.SOURCE - 1, true, g));
                } else if (a != null) {
                    outsideOut.computeIfAbsent(path[k - 1], m -> standIn(root, a, FlowGraph.CONSUMER + 1, false, g));
                }
            }
        }
        Elk.layout(root, monitor);
        return elk;
    }

    /** A thin stand-in for the far end of links between {@code node} and the outside of its domain. */
    private static ElkNode standIn(ElkNode root, ElkNode node, int partition, boolean before, LayoutGeometry g) {
        ElkNode s = ElkGraphUtil.createNode(root);
        s.setDimensions(1, g.nodeHeight());
        s.setProperty(LayeredOptions.PARTITIONING_PARTITION, partition);
        if (before) {
            ElkGraphUtil.createSimpleEdge(s, node);
        } else {
            ElkGraphUtil.createSimpleEdge(node, s);
        }
        return s;
    }
}
