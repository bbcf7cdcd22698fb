package org.meshwright.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.meshwright.model.Bounds;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/**
 * Arranges a set of nodes from scratch as one block with its top-left corner at (0, 0).
 *
 * <p>Columns run left to right in the order data flows and are shared by the whole block:
 * source systems, source-aligned, aggregate and consumer-aligned products, consumers (a
 * column as many layers wide as the widest domain needs). Each domain is laid out on its own
 * by ELK ({@link DomainLayout}) and its layers are put in the shared columns, so that a link
 * from a product to one of a later archetype always runs to the right, whichever domains they
 * are in. Domains are frames stacked in rows, upstream ones first (a domain shares a row with
 * the one before where their columns do not meet). Nodes outside domains sit in the rows of
 * what they link: hubs, anonymizers and virtualization services between the columns they join
 * and between the domains they serve, other nodes in their own column. Platforms and governance
 * services outside domains go in a row above everything. Every coordinate is on the grid.
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

    /** A horizontal row of the block: domains and loose nodes side by side, each an x range. */
    private static final class Row {
        final List<double[]> taken = new ArrayList<>();
        final List<String> domains = new ArrayList<>();
        final List<Integer> loose = new ArrayList<>();
        double height;
        double top;

        boolean fits(double from, double to, double gap) {
            for (double[] t : taken) {
                if (from < t[1] + gap && t[0] < to + gap) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Mesh mesh;
    private final FlowGraph graph;
    private final LayoutGeometry g;
    private final int[] column;
    private final String[] groupOf;
    private final double[] x;
    private final double[] y;
    /** Flow column to the left edge of each of its layers. */
    private final Map<Integer, double[]> columnX = new TreeMap<>();

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

    /** Lays out every node of {@code graph}, with an empty frame for each of {@code emptyDomains}. */
    static Block layout(Mesh mesh, FlowGraph graph, List<String> emptyDomains, LayoutGeometry geometry,
                        Progress progress) {
        return new BlockLayout(mesh, graph, geometry).run(emptyDomains, progress);
    }

    private Block run(List<String> emptyDomains, Progress progress) {
        Map<String, List<Integer>> groups = groups();
        Map<String, DomainLayout.Shape> shapes = new LinkedHashMap<>();
        Progress inside = progress.part(0, 0.9);
        int done = 0;
        int total = Math.max(1, graph.size());
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            inside.report(done / (double) total, "Laying out domain " + e.getKey());
            shapes.put(e.getKey(), DomainLayout.layout(graph, column, e.getValue(), g, inside.monitor()));
            done += e.getValue().size();
        }
        progress.report(0.9, "Placing domains");
        placeColumns(shapes);
        Map<String, Bounds> frames = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Row> rowOf = new HashMap<>();
        Map<String, List<String>> feeders = feeders();
        for (String id : domainOrder(shapes)) {
            placeDomainInRow(id, shapes.get(id), rows, rowOf, feeders, frames);
        }
        progress.report(0.95, "Placing hubs and nodes outside domains");
        placeLoose(rows, rowOf);
        double top = placeBand(emptyDomains, frames, width(frames));
        if (top > 0) {
            top += g.groupGap();
        }
        for (Row row : rows) {
            row.top = top;
            top = g.snapUp(top + row.height + g.groupGap());
        }
        for (Row row : rows) {
            for (String id : row.domains) {
                Bounds f = frames.get(id);
                frames.put(id, new Bounds(f.x(), row.top, f.width(), f.height()));
                for (int m : groups.get(id)) {
                    y[m] += row.top;
                }
            }
            for (int i : row.loose) {
                y[i] = row.top + (row.domains.isEmpty() ? 0 : g.domainTitle());
            }
        }
        shiftToZero(frames);
        double width = 0;
        double height = 0;
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

    /** Moves everything right so that the leftmost frame or card starts at 0. */
    private void shiftToZero(Map<String, Bounds> frames) {
        double min = 0;
        for (Bounds b : frames.values()) {
            min = Math.min(min, b.x());
        }
        for (double v : x) {
            min = Math.min(min, v);
        }
        double dx = -min;
        if (dx > 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] += dx;
            }
            frames.replaceAll((id, b) -> b.translate(dx, 0));
        }
    }

    /** Shared services outside domains: they go in the band above. */
    private boolean isBand(int i) {
        return groupOf[i] == null && FlowGraph.isSharedService(graph.node(i));
    }

    /** Nodes outside domains that are not in the band: hubs and the like, external consumers, ... */
    private boolean isLoose(int i) {
        return groupOf[i] == null && !isBand(i);
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

    // ---- columns -----------------------------------------------------------------------

    /** The shared columns: as many layers per flow column as the widest domain needs, at least one where a loose node sits. */
    private void placeColumns(Map<String, DomainLayout.Shape> shapes) {
        Map<Integer, Integer> layers = new TreeMap<>();
        for (DomainLayout.Shape s : shapes.values()) {
            s.layers().forEach((c, n) -> layers.merge(c, n, Math::max));
        }
        for (int i = 0; i < graph.size(); i++) {
            if (isLoose(i) && !graph.node(i).kind().isPassThrough()) {
                layers.merge(column[i], 1, Math::max);
            }
        }
        double left = 0;
        for (Map.Entry<Integer, Integer> e : layers.entrySet()) {
            double[] xs = new double[e.getValue()];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = left;
                left = g.snapUp(left + g.nodeWidth() + g.columnGap());
            }
            columnX.put(e.getKey(), xs);
        }
    }

    /** Left edge of a card in layer {@code layer} of flow column {@code c}. */
    private double columnLeft(int c, int layer) {
        return columnX.get(c)[layer];
    }

    /** Left edge of a card centred between the columns before and after the odd column {@code c}. */
    private double gutterLeft(int c) {
        Double before = null;
        Double after = null;
        for (Map.Entry<Integer, double[]> e : columnX.entrySet()) {
            double[] xs = e.getValue();
            if (e.getKey() < c) {
                before = xs[xs.length - 1] + g.nodeWidth();
            } else if (e.getKey() > c && after == null) {
                after = xs[0];
            }
        }
        if (before == null && after == null) {
            return 0;
        }
        if (before == null) {
            return after - g.nodeWidth() - g.columnGap();
        }
        if (after == null) {
            return g.snapUp(before + g.columnGap());
        }
        return g.snap((before + after - g.nodeWidth()) / 2);
    }

    // ---- domains in rows ---------------------------------------------------------------

    /**
     * Domains upstream first: ordered so that as few links as possible run from a later domain
     * to an earlier one (links that climb the archetypes counting a thousand times), then
     * neighbours swapped where that shortens the links between domains and turns none back.
     */
    private List<String> domainOrder(Map<String, DomainLayout.Shape> shapes) {
        List<String> ids = new ArrayList<>(shapes.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            index.put(ids.get(k), k);
        }
        FlowOrder order = new FlowOrder(ids.size());
        for (int[] path : graph.paths()) {
            int first = path[0];
            int last = path[path.length - 1];
            if (groupOf[first] != null && groupOf[last] != null && !groupOf[first].equals(groupOf[last])) {
                boolean climbs = graph.node(first).kind() == NodeKind.DATA_PRODUCT
                        && graph.node(last).kind() == NodeKind.DATA_PRODUCT && column[first] < column[last];
                order.edge(index.get(groupOf[first]), index.get(groupOf[last]), climbs ? 1000 : 1);
            }
        }
        int[] position = order.tighten(order.positions());
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> Integer.compare(position[index.get(a)], position[index.get(b)]));
        return sorted;
    }

    private void placeDomainInRow(String id, DomainLayout.Shape s, List<Row> rows, Map<String, Row> rowOf,
                                  Map<String, List<String>> feeders, Map<String, Bounds> frames) {
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        int shared = 0;
        for (int k = 0; k < s.members().size(); k++) {
            if (s.column()[k] >= 0) {
                double cx = columnLeft(s.column()[k], s.layer()[k]);
                x[s.members().get(k)] = cx;
                left = Math.min(left, cx);
                right = Math.max(right, cx + g.nodeWidth());
            } else {
                shared++;
            }
        }
        if (left == Double.POSITIVE_INFINITY) {
            left = 0;
            right = g.nodeWidth();
        }
        double frameLeft = left - g.domainInset();
        double frameRight = Math.max(right + g.domainInset(),
                frameLeft + g.domainInset() + shared * (g.nodeWidth() + g.nodeGap()) - g.nodeGap() + g.domainInset());
        frameRight = frameLeft + g.snapUp(frameRight - frameLeft);
        int k2 = 0;
        for (int k = 0; k < s.members().size(); k++) {
            if (s.column()[k] < 0) {
                x[s.members().get(k)] = g.snap(frameLeft + g.domainInset() + k2++ * (g.nodeWidth() + g.nodeGap()));
            }
            y[s.members().get(k)] = s.y()[k];
        }
        // the first row below every domain that feeds this one where its columns are free
        int from = 0;
        for (String upstream : feeders.getOrDefault(id, List.of())) {
            Row r = rowOf.get(upstream);
            if (r != null) {
                from = Math.max(from, rows.indexOf(r) + 1);
            }
        }
        Row row = null;
        for (int k = from; k < rows.size() && row == null; k++) {
            if (rows.get(k).fits(frameLeft, frameRight, frameGap())) {
                row = rows.get(k);
            }
        }
        if (row == null) {
            row = new Row();
            rows.add(row);
        }
        row.taken.add(new double[] {frameLeft, frameRight});
        row.domains.add(id);
        row.height = Math.max(row.height, s.height());
        rowOf.put(id, row);
        frames.put(id, new Bounds(frameLeft, 0, frameRight - frameLeft, s.height()));
    }

    /** Horizontal space between two frames side by side: what two neighbouring columns leave. */
    private double frameGap() {
        return Math.max(g.grid(), g.columnGap() - 2 * g.domainInset());
    }

    /** Domain id to the other domains whose nodes feed its nodes, in link order. */
    private Map<String, List<String>> feeders() {
        Map<String, List<String>> feeders = new HashMap<>();
        for (int[] path : graph.paths()) {
            String a = groupOf[path[0]];
            String b = groupOf[path[path.length - 1]];
            if (a != null && b != null && !a.equals(b)) {
                List<String> list = feeders.computeIfAbsent(b, k -> new ArrayList<>());
                if (!list.contains(a)) {
                    list.add(a);
                }
            }
        }
        return feeders;
    }

    // ---- nodes outside domains -----------------------------------------------------------

    /**
     * Each loose node in its column (a pass-through node between the columns it joins), in the
     * row in the middle of the domains it links, where its place is free, else in a row of its
     * own just after.
     */
    private void placeLoose(List<Row> rows, Map<String, Row> rowOf) {
        List<List<Integer>> linked = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            linked.add(new ArrayList<>());
        }
        for (int[] path : graph.paths()) {
            for (int k = 0; k < path.length; k++) {
                if (isLoose(path[k])) {
                    for (int other : path) {
                        if (other != path[k]) {
                            linked.get(path[k]).add(other);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            if (!isLoose(i)) {
                continue;
            }
            int c = column[i];
            x[i] = graph.node(i).kind().isPassThrough() || !columnX.containsKey(c) ? gutterLeft(c) : columnLeft(c, 0);
            List<Integer> at = new ArrayList<>();
            for (int other : linked.get(i)) {
                Row r = groupOf[other] != null ? rowOf.get(groupOf[other]) : null;
                if (r != null) {
                    at.add(rows.indexOf(r));
                }
            }
            at.sort(null);
            int wish = at.isEmpty() ? rows.size() - 1 : at.get((at.size() - 1) / 2);
            Row row = wish >= 0 ? rows.get(wish) : null;
            double from = x[i];
            double to = x[i] + g.nodeWidth();
            if (row == null || !row.fits(from, to, g.nodeGap())) {
                // a row of its own after the wished one, or the next such row if it has room
                Row next = wish + 1 < rows.size() ? rows.get(wish + 1) : null;
                if (next != null && next.domains.isEmpty() && next.fits(from, to, g.nodeGap())) {
                    row = next;
                } else {
                    row = new Row();
                    rows.add(wish + 1, row);
                }
            }
            row.taken.add(new double[] {from, to});
            row.loose.add(i);
            row.height = Math.max(row.height, (row.domains.isEmpty() ? 0 : g.domainTitle()) + g.nodeHeight());
        }
    }

    private static double width(Map<String, Bounds> frames) {
        return frames.values().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
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
                by = g.snapUp(by + rowHeight + g.nodeGap());
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
                by = g.snapUp(by + rowHeight + g.nodeGap());
                rowHeight = 0;
            }
            frames.put(id, new Bounds(bx, by, emptyWidth, emptyHeight));
            bx = g.snapUp(bx + emptyWidth + g.nodeGap());
            rowHeight = Math.max(rowHeight, emptyHeight);
        }
        return g.snapUp(by + rowHeight);
    }
}
