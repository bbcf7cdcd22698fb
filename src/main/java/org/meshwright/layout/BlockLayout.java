package org.meshwright.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.meshwright.model.Bounds;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/**
 * Arranges a set of nodes from scratch as one block with its top-left corner at (0, 0): each
 * domain's nodes in columns by their place in the flow (one layered layout per domain), then
 * the domains and the nodes outside domains as boxes of a second layered layout, so that data
 * flows left to right between domains as well and hubs land between the domains they join;
 * platforms and governance services outside domains go in a row above. Every coordinate is
 * on the grid.
 */
final class BlockLayout {

    /**
     * A laid-out block.
     *
     * @param x      left of each node of the graph, by index
     * @param y      top of each node of the graph, by index
     * @param frames domain id to its frame: every domain with members, and the empty domains asked for
     * @param width  width of the block
     * @param height height of the block
     */
    record Block(double[] x, double[] y, Map<String, Bounds> frames, double width, double height) {
    }

    /** A domain laid out on its own: its size and its members' places inside it. */
    private record Shape(List<Integer> members, double[] x, double[] y, double width, double height) {
    }

    /** Weight of a link between products of increasing archetype when ordering domains. */
    private static final int CLIMB_WEIGHT = 1000;

    private final Mesh mesh;
    private final FlowGraph graph;
    private final LayoutGeometry g;
    private final int[] column;
    private final String[] groupOf;
    private final double[] x;
    private final double[] y;

    private BlockLayout(Mesh mesh, FlowGraph graph, LayoutGeometry geometry) {
        this.mesh = mesh;
        this.graph = graph;
        this.g = geometry;
        this.column = graph.columns(mesh);
        this.groupOf = new String[graph.size()];
        for (int i = 0; i < groupOf.length; i++) {
            groupOf[i] = graph.node(i).domain();
        }
        this.x = new double[graph.size()];
        this.y = new double[graph.size()];
    }

    /**
     * Lays out every node of {@code graph}, with an empty frame for each of {@code emptyDomains}.
     */
    static Block layout(Mesh mesh, FlowGraph graph, List<String> emptyDomains, LayoutGeometry geometry,
                        Progress progress) {
        return new BlockLayout(mesh, graph, geometry).run(emptyDomains, progress);
    }

    private Block run(List<String> emptyDomains, Progress progress) {
        Map<String, List<Integer>> groups = groups();
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Progress inside = progress.part(0, 0.7);
        int done = 0;
        int total = graph.size();
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            inside.report(done / (double) Math.max(1, total), "Laying out domain " + e.getKey());
            shapes.put(e.getKey(), shape(e.getValue(), inside.monitor()));
            done += e.getValue().size();
        }
        progress.report(0.7, "Placing domains");
        Map<String, Bounds> frames = new LinkedHashMap<>();
        double[] mainSize = placeTopLevel(shapes, frames, progress.monitor());
        progress.report(0.95, "Placing platforms and governance");
        double bandHeight = placeBand(emptyDomains, frames, mainSize[0]);
        if (bandHeight > 0) {
            double shift = bandHeight + g.groupGap();
            for (int i = 0; i < x.length; i++) {
                if (!isBand(i)) {
                    y[i] += shift;
                }
            }
            frames.replaceAll((id, b) -> emptyDomains.contains(id) ? b : b.translate(0, shift));
            mainSize[1] += shift;
        }
        double width = mainSize[0];
        double height = mainSize[1];
        for (Bounds b : frames.values()) {
            width = Math.max(width, b.x() + b.width());
            height = Math.max(height, b.y() + b.height());
        }
        for (int i = 0; i < x.length; i++) {
            width = Math.max(width, x[i] + g.nodeWidth());
            height = Math.max(height, y[i] + g.nodeHeight());
        }
        progress.report(1, "Done");
        return new Block(x, y, frames, width, height);
    }

    /** Shared services outside domains: they go in the band. */
    private boolean isBand(int i) {
        return groupOf[i] == null && FlowGraph.isSharedService(graph.node(i));
    }

    /** Members of each domain, domains in the mesh's order, undeclared ones as their members come. */
    private Map<String, List<Integer>> groups() {
        Map<String, List<Integer>> found = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            if (groupOf[i] != null) {
                found.computeIfAbsent(groupOf[i], k -> {
                    order.add(k);
                    return new ArrayList<>();
                }).add(i);
            }
        }
        order.sort((a, b) -> Integer.compare(declaredIndex(a), declaredIndex(b)));
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        order.forEach(id -> groups.put(id, found.get(id)));
        return groups;
    }

    private int declaredIndex(String domain) {
        int i = mesh.indexOfDomain(domain);
        return i < 0 ? Integer.MAX_VALUE : i; // stable sort keeps undeclared ones in order of appearance
    }

    // ---- inside a domain ---------------------------------------------------------------

    private Shape shape(List<Integer> members, LayoutMonitor monitor) {
        List<Integer> flow = new ArrayList<>();
        for (int m : members) {
            if (!FlowGraph.isSharedService(graph.node(m))) {
                flow.add(m);
            }
        }
        double[] rx = new double[members.size()];
        double[] ry = new double[members.size()];
        double width = 2 * g.domainInset() + g.nodeWidth();
        double bottom = g.domainTitle();
        if (!flow.isEmpty()) {
            placeFlow(members, flow, rx, ry, monitor);
            for (int k = 0; k < members.size(); k++) {
                if (!FlowGraph.isSharedService(graph.node(members.get(k)))) {
                    width = Math.max(width, rx[k] + g.nodeWidth() + g.domainInset());
                    bottom = Math.max(bottom, ry[k] + g.nodeHeight());
                }
            }
        }
        // platforms and governance of the domain: a row under its flow
        double rowY = g.snap(flow.isEmpty() ? g.domainTitle() : bottom + g.nodeGap());
        double rowX = g.domainInset();
        for (int k = 0; k < members.size(); k++) {
            if (FlowGraph.isSharedService(graph.node(members.get(k)))) {
                rx[k] = rowX;
                ry[k] = rowY;
                rowX = g.snapUp(rowX + g.nodeWidth() + g.nodeGap());
                width = Math.max(width, rx[k] + g.nodeWidth() + g.domainInset());
                bottom = Math.max(bottom, ry[k] + g.nodeHeight());
            }
        }
        return new Shape(members, rx, ry, g.snapUp(width), g.snapUp(bottom + g.domainInset()));
    }

    /**
     * Lays out a domain's flow nodes in columns. A node linked from outside the domain gets a
     * stand-in for the other end in a column before the first (after the last for links
     * leaving), so that the layout keeps the row between the node and the domain's edge clear
     * for the line; the stand-ins are then dropped. Fills the members' places, relative to the
     * domain's top-left corner.
     */
    private void placeFlow(List<Integer> members, List<Integer> flow, double[] rx, double[] ry, LayoutMonitor monitor) {
        ElkNode root = Elk.graph(g.nodeGap(), g.columnGap(), new double[] {0, 0, 0, 0});
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        Map<Integer, ElkNode> elk = new HashMap<>();
        for (int m : flow) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setDimensions(g.nodeWidth(), g.nodeHeight());
            n.setProperty(LayeredOptions.PARTITIONING_PARTITION, column[m]);
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
                    outsideIn.computeIfAbsent(path[k], m -> standIn(root, b, FlowGraph.SOURCE - 1, true));
                } else if (a != null) {
                    outsideOut.computeIfAbsent(path[k - 1], m -> standIn(root, a, FlowGraph.CONSUMER + 1, false));
                }
            }
        }
        Elk.layout(root, monitor);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (ElkNode n : elk.values()) {
            minX = Math.min(minX, n.getX());
            minY = Math.min(minY, n.getY());
        }
        for (int k = 0; k < members.size(); k++) {
            ElkNode n = elk.get(members.get(k));
            if (n != null) {
                rx[k] = g.domainInset() + g.snap(n.getX() - minX);
                ry[k] = g.domainTitle() + g.snap(n.getY() - minY);
            }
        }
    }

    /** A thin stand-in for the far end of links between {@code node} and the outside of its domain. */
    private ElkNode standIn(ElkNode root, ElkNode node, int partition, boolean before) {
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

    // ---- domains and the nodes outside them ---------------------------------------------

    /** Places the domains and free nodes; fills {@code frames}; returns the {width, height} used. */
    private double[] placeTopLevel(Map<String, Shape> shapes, Map<String, Bounds> frames, LayoutMonitor monitor) {
        ElkNode root = Elk.graph(g.groupGap(), g.groupColumnGap(), new double[] {0, 0, 0, 0});
        Map<String, ElkNode> groupNodes = new HashMap<>();
        Map<Integer, ElkNode> freeNodes = new HashMap<>();
        List<String> groupOrder = new ArrayList<>(shapes.keySet());
        Map<Integer, Integer> memberSlot = new HashMap<>();
        shapes.values().forEach(s -> {
            for (int k = 0; k < s.members().size(); k++) {
                memberSlot.put(s.members().get(k), k);
            }
        });
        // top-level elements (domains, nodes outside domains) in the order their first node appears in the file
        int[] element = new int[graph.size()];
        List<ElkNode> elements = new ArrayList<>();
        List<Boolean> passThrough = new ArrayList<>();
        Map<String, Integer> elementOfGroup = new HashMap<>();
        for (int i = 0; i < graph.size(); i++) {
            String group = groupOf[i];
            if (group != null) {
                element[i] = elementOfGroup.computeIfAbsent(group, id -> {
                    Shape s = shapes.get(id);
                    ElkNode n = ElkGraphUtil.createNode(root);
                    n.setDimensions(s.width(), s.height());
                    n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
                    groupNodes.put(id, n);
                    elements.add(n);
                    passThrough.add(false);
                    return elements.size() - 1;
                });
            } else if (!isBand(i)) {
                ElkNode n = ElkGraphUtil.createNode(root);
                n.setDimensions(g.nodeWidth(), g.nodeHeight());
                freeNodes.put(i, n);
                element[i] = elements.size();
                elements.add(n);
                passThrough.add(graph.node(i).kind().isPassThrough());
            } else {
                element[i] = -1;
            }
        }
        double[] key = elementOrder(element, elements.size(), passThrough);
        Map<String, ElkPort> ports = new HashMap<>();
        // ELK shapes compare by identity; the map keeps the first-seen order
        Map<List<ElkConnectableShape>, Boolean> edges = new LinkedHashMap<>();
        for (int[] path : graph.paths()) {
            for (int k = 1; k < path.length; k++) {
                addEdge(path[k - 1], path[k], element, key, shapes, groupNodes, freeNodes, memberSlot, ports, edges);
            }
            if (path.length > 2) {
                // invisible: the flow from provider to consumer orders the domains past a hub too
                addEdge(path[0], path[path.length - 1], element, key, shapes, groupNodes, freeNodes, memberSlot, ports,
                        edges);
            }
        }
        edges.keySet().forEach(ends -> ElkGraphUtil.createSimpleEdge(ends.get(0), ends.get(1)));
        Elk.layout(root, monitor);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (ElkNode n : root.getChildren()) {
            minX = Math.min(minX, n.getX());
            minY = Math.min(minY, n.getY());
        }
        double width = 0;
        double height = 0;
        for (String id : groupOrder) {
            ElkNode n = groupNodes.get(id);
            Shape s = shapes.get(id);
            double gx = g.snap(n.getX() - minX);
            double gy = g.snap(n.getY() - minY);
            frames.put(id, new Bounds(gx, gy, s.width(), s.height()));
            for (int k = 0; k < s.members().size(); k++) {
                x[s.members().get(k)] = gx + s.x()[k];
                y[s.members().get(k)] = gy + s.y()[k];
            }
            width = Math.max(width, gx + s.width());
            height = Math.max(height, gy + s.height());
        }
        for (Map.Entry<Integer, ElkNode> e : freeNodes.entrySet()) {
            int i = e.getKey();
            x[i] = g.snap(e.getValue().getX() - minX);
            y[i] = g.snap(e.getValue().getY() - minY);
            width = Math.max(width, x[i] + g.nodeWidth());
            height = Math.max(height, y[i] + g.nodeHeight());
        }
        return new double[] {width, height};
    }

    /**
     * Adds the top-level edge of the hop from node {@code a} to node {@code b}, pointing the way
     * of {@code key} so that the graph ELK sees has no cycle and keeps the order chosen here; its
     * ends stay on the sides the data leaves and enters by.
     */
    private void addEdge(int a, int b, int[] element, double[] key, Map<String, Shape> shapes,
                         Map<String, ElkNode> groupNodes, Map<Integer, ElkNode> freeNodes,
                         Map<Integer, Integer> memberSlot, Map<String, ElkPort> ports,
                         Map<List<ElkConnectableShape>, Boolean> edges) {
        int ea = element[a];
        int eb = element[b];
        if (ea < 0 || eb < 0 || ea == eb) {
            return;
        }
        ElkConnectableShape from = end(a, true, shapes, groupNodes, freeNodes, memberSlot, ports);
        ElkConnectableShape to = end(b, false, shapes, groupNodes, freeNodes, memberSlot, ports);
        boolean forward = key[ea] < key[eb] || key[ea] == key[eb] && ea < eb;
        edges.putIfAbsent(forward ? List.of(from, to) : List.of(to, from), Boolean.TRUE);
    }

    /**
     * A sort key per top-level element: domains and nodes outside domains ordered so that as few
     * links as possible run right to left, and none from a product to one of a later archetype
     * unless such links form a cycle, ranked
     * by the longest chain before them; each pass-through node between the ranks of the
     * providers and consumers it joins.
     */
    private double[] elementOrder(int[] element, int count, List<Boolean> passThrough) {
        FlowOrder order = new FlowOrder(count);
        for (int[] path : graph.paths()) {
            int first = path[0];
            int last = path[path.length - 1];
            int ea = element[first];
            int eb = element[last];
            if (ea >= 0 && eb >= 0 && !passThrough.get(ea) && !passThrough.get(eb)) {
                if (climbs(first, last)) {
                    order.hardEdge(ea, eb, CLIMB_WEIGHT);
                } else {
                    order.edge(ea, eb, 1);
                }
            }
        }
        int[] rank = order.ranks(order.positions());
        double[] key = new double[count];
        for (int e = 0; e < count; e++) {
            key[e] = rank[e];
        }
        List<List<Integer>> before = new ArrayList<>();
        List<List<Integer>> after = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            before.add(new ArrayList<>());
            after.add(new ArrayList<>());
        }
        for (int[] path : graph.paths()) {
            int ea = element[path[0]];
            int eb = element[path[path.length - 1]];
            for (int k = 1; k < path.length - 1; k++) {
                int hop = element[path[k]];
                if (hop >= 0 && passThrough.get(hop)) {
                    if (ea >= 0 && !passThrough.get(ea)) {
                        before.get(hop).add(rank[ea]);
                    }
                    if (eb >= 0 && !passThrough.get(eb)) {
                        after.get(hop).add(rank[eb]);
                    }
                }
            }
        }
        for (int e = 0; e < count; e++) {
            if (passThrough.get(e)) {
                int lo = before.get(e).stream().mapToInt(Integer::intValue).max().orElse(-1);
                int hi = after.get(e).stream().mapToInt(Integer::intValue).min().orElse(lo + 1);
                if (lo < hi) {
                    key[e] = (Math.max(lo, 0) + hi) / 2.0 + 0.25;
                } else {
                    List<Integer> all = new ArrayList<>(before.get(e));
                    all.addAll(after.get(e));
                    all.sort(null);
                    key[e] = all.isEmpty() ? 0.25 : all.get(all.size() / 2) + 0.5;
                }
            }
        }
        return key;
    }

    /** Whether the link from {@code a} to {@code b} joins two products of increasing archetype. */
    private boolean climbs(int a, int b) {
        MeshNode from = graph.node(a);
        MeshNode to = graph.node(b);
        return from.kind() == NodeKind.DATA_PRODUCT && to.kind() == NodeKind.DATA_PRODUCT
                && column[a] < column[b];
    }

    /** The top-level end of a hop at node {@code i}: the node itself, or a port of its domain at its height. */
    private ElkConnectableShape end(int i, boolean leaving, Map<String, Shape> shapes, Map<String, ElkNode> groupNodes,
                                    Map<Integer, ElkNode> freeNodes, Map<Integer, Integer> memberSlot,
                                    Map<String, ElkPort> ports) {
        String group = groupOf[i];
        if (group == null) {
            return freeNodes.get(i);
        }
        return ports.computeIfAbsent(i + (leaving ? ">" : "<"), key -> {
            Shape s = shapes.get(group);
            ElkNode owner = groupNodes.get(group);
            ElkPort port = ElkGraphUtil.createPort(owner);
            port.setDimensions(0, 0);
            double cy = s.y()[memberSlot.get(i)] + g.nodeHeight() / 2;
            port.setLocation(leaving ? s.width() : 0, cy);
            port.setProperty(CoreOptions.PORT_SIDE, leaving ? PortSide.EAST : PortSide.WEST);
            return port;
        });
    }

    // ---- the band of shared services ----------------------------------------------------

    /** Platforms, governance and empty domains in rows above; returns the band's height (0 if none). */
    private double placeBand(List<String> emptyDomains, Map<String, Bounds> frames, double mainWidth) {
        List<Integer> band = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            if (isBand(i) && graph.node(i).kind() == NodeKind.GOVERNANCE) {
                band.add(i);
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            if (isBand(i) && graph.node(i).kind() != NodeKind.GOVERNANCE) {
                band.add(i);
            }
        }
        if (band.isEmpty() && emptyDomains.isEmpty()) {
            return 0;
        }
        double step = g.nodeWidth() + g.nodeGap();
        double rowWidth = Math.max(mainWidth, 6 * step);
        double bx = 0;
        double by = 0;
        double rowHeight = 0;
        for (int i : band) {
            if (bx > 0 && bx + g.nodeWidth() > rowWidth) {
                bx = 0;
                by += rowHeight + g.nodeGap();
                rowHeight = 0;
            }
            x[i] = bx;
            y[i] = by;
            bx += step;
            rowHeight = Math.max(rowHeight, g.nodeHeight());
        }
        double emptyWidth = g.snapUp(g.nodeWidth() + 2 * g.domainInset());
        double emptyHeight = g.snapUp(g.domainTitle() + g.nodeHeight() + g.domainInset());
        for (String id : emptyDomains) {
            if (bx > 0 && bx + emptyWidth > rowWidth) {
                bx = 0;
                by += rowHeight + g.nodeGap();
                rowHeight = 0;
            }
            frames.put(id, new Bounds(bx, by, emptyWidth, emptyHeight));
            bx = g.snapUp(bx + emptyWidth + g.nodeGap());
            rowHeight = Math.max(rowHeight, emptyHeight);
        }
        return g.snapUp(by + rowHeight);
    }
}
