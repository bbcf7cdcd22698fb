package org.meshwright.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshwright.model.Bounds;
import org.meshwright.model.Diagram;
import org.meshwright.model.Domain;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;

/**
 * Layout of part of a mesh around the rest, which keeps its place: the selected elements
 * ({@link LayoutScope#SELECTION}) or the nodes without a position ({@link LayoutScope#NEW_NODES}).
 *
 * <ul>
 *   <li>Nodes to place whose domain moves with them (a selected domain, or one none of whose
 *       nodes keeps a place and that has no bounds), and nodes outside domains, are laid out
 *       together as one block, put at the nearest free spot to where the selection was (for new
 *       nodes: right of the drawing).</li>
 *   <li>Nodes to place in a domain that stays (it has bounds, or nodes that keep their place)
 *       are laid out as a small block inside that domain where it has room, else below its
 *       nodes; a domain with bounds grows to hold them, keeping its top-left corner.</li>
 *   <li>With {@link LayoutScope#NEW_NODES}, a new node outside domains that is linked to placed
 *       nodes goes to the nearest free spot among them.</li>
 * </ul>
 * Positions and bounds of everything else are left out of the result, so they stay as they are.
 */
final class PartialLayout {

    /** The frame the diagram draws around a domain without bounds: the style's padding and title band. */
    private static final double SCENE_PADDING = 24;
    private static final double SCENE_TITLE = 40;

    private final Mesh mesh;
    private final LayoutGeometry g;
    private final Diagram diagram;
    private final Set<String> moving = new LinkedHashSet<>();
    private final Set<String> movingDomains = new LinkedHashSet<>();
    private final Map<String, Point> positions = new HashMap<>();
    private final Map<String, Bounds> bounds = new HashMap<>();
    private final FreeSpace taken = new FreeSpace();

    private PartialLayout(Mesh mesh, LayoutGeometry geometry) {
        this.mesh = mesh;
        this.g = geometry;
        this.diagram = mesh.diagram();
    }

    static LayoutResult layout(Mesh mesh, LayoutOptions options, Progress progress) {
        return new PartialLayout(mesh, options.geometry()).run(options, progress);
    }

    private LayoutResult run(LayoutOptions options, Progress progress) {
        Map<String, List<MeshNode>> membersOf = new LinkedHashMap<>();
        for (MeshNode n : mesh.nodes()) {
            if (n.domain() != null) {
                membersOf.computeIfAbsent(n.domain(), k -> new ArrayList<>()).add(n);
            }
        }
        Set<String> selectedDomains = new LinkedHashSet<>();
        if (options.scope() == LayoutScope.SELECTION) {
            for (MeshNode n : mesh.nodes()) {
                if (options.selection().contains(n.id())
                        || n.domain() != null && options.selection().contains(n.domain())) {
                    moving.add(n.id());
                }
            }
            for (Domain d : mesh.domains()) {
                if (options.selection().contains(d.id())) {
                    selectedDomains.add(d.id());
                }
            }
            membersOf.keySet().stream().filter(options.selection()::contains).forEach(selectedDomains::add);
        } else {
            for (MeshNode n : mesh.nodes()) {
                if (diagram.position(n.id()) == null) {
                    moving.add(n.id());
                }
            }
        }
        // A domain moves with its nodes where it is selected, or where nothing of it stays put.
        movingDomains.addAll(selectedDomains);
        membersOf.forEach((id, members) -> {
            if (diagram.bounds(id) == null && members.stream()
                    .allMatch(n -> moving.contains(n.id()) || diagram.position(n.id()) == null)) {
                movingDomains.add(id);
            }
        });
        if (moving.isEmpty() && selectedDomains.isEmpty()) {
            return new LayoutResult(Map.of(), Map.of());
        }
        recordTaken(membersOf);

        List<String> block = new ArrayList<>();
        Map<String, List<String>> anchored = new LinkedHashMap<>();
        List<String> loose = new ArrayList<>();
        for (String id : moving) {
            MeshNode n = mesh.node(id);
            if (n.domain() != null && !movingDomains.contains(n.domain())) {
                anchored.computeIfAbsent(n.domain(), k -> new ArrayList<>()).add(id);
            } else if (n.domain() == null && options.scope() == LayoutScope.NEW_NODES && !placedNeighbours(id).isEmpty()) {
                loose.add(id);
            } else {
                block.add(id);
            }
        }
        List<String> emptyDomains = selectedDomains.stream().filter(d -> !membersOf.containsKey(d)).toList();
        int parts = anchored.size() + 2;
        int part = 0;
        if (!block.isEmpty() || !emptyDomains.isEmpty()) {
            placeBlock(block, emptyDomains, options.scope(), progress.part(0, 1.0 / parts));
        }
        part++;
        for (Map.Entry<String, List<String>> e : anchored.entrySet()) {
            placeInDomain(e.getKey(), e.getValue(), membersOf.get(e.getKey()),
                    progress.part(part / (double) parts, (part + 1) / (double) parts));
            part++;
        }
        for (String id : loose) {
            progress.check();
            placeNearNeighbours(id);
        }
        return ordered();
    }

    /** Fixed node boxes and the frames of domains that stay. */
    private void recordTaken(Map<String, List<MeshNode>> membersOf) {
        for (MeshNode n : mesh.nodes()) {
            Point p = diagram.position(n.id());
            if (p != null && !moving.contains(n.id())) {
                taken.add(box(p));
            }
        }
        for (Map.Entry<String, List<MeshNode>> e : membersOf.entrySet()) {
            if (movingDomains.contains(e.getKey())) {
                continue;
            }
            Bounds b = diagram.bounds(e.getKey());
            Bounds frame = b != null ? b : sceneFrame(e.getValue());
            if (frame != null) {
                taken.add(frame);
            }
        }
        for (Domain d : mesh.domains()) {
            Bounds b = diagram.bounds(d.id());
            if (b != null && !movingDomains.contains(d.id()) && !membersOf.containsKey(d.id())) {
                taken.add(b);
            }
        }
    }

    /** The frame the diagram draws around the placed nodes of a domain without bounds, or {@code null}. */
    private Bounds sceneFrame(List<MeshNode> members) {
        Bounds u = null;
        for (MeshNode n : members) {
            Point p = diagram.position(n.id());
            if (p != null && !moving.contains(n.id())) {
                u = union(u, box(p));
            }
        }
        return u == null ? null : new Bounds(u.x() - SCENE_PADDING, u.y() - SCENE_PADDING - SCENE_TITLE,
                u.width() + 2 * SCENE_PADDING, u.height() + 2 * SCENE_PADDING + SCENE_TITLE);
    }

    private void placeBlock(List<String> ids, List<String> emptyDomains, LayoutScope scope, Progress progress) {
        FlowGraph graph = FlowGraph.of(mesh, ids);
        BlockLayout.Block block = BlockLayout.layout(mesh, graph, emptyDomains, g, progress);
        double wishX;
        double wishY;
        Bounds before = null;
        if (scope == LayoutScope.SELECTION) {
            for (String id : ids) {
                Point p = diagram.position(id);
                before = p == null ? before : union(before, box(p));
            }
            for (String d : block.frames().keySet()) {
                before = union(before, diagram.bounds(d));
            }
        }
        if (before != null) {
            wishX = before.x();
            wishY = before.y();
        } else if (taken.isEmpty()) {
            wishX = 0;
            wishY = 0;
        } else {
            wishX = taken.maxX() + g.groupColumnGap();
            wishY = taken.minY();
        }
        double[] at = taken.find(block.width(), block.height(), wishX, wishY, g.groupGap(), step(block));
        for (int i = 0; i < graph.size(); i++) {
            positions.put(graph.node(i).id(), new Point(block.x()[i] + at[0], block.y()[i] + at[1]));
        }
        block.frames().forEach((id, b) -> bounds.put(id, b.translate(at[0], at[1])));
        taken.add(new Bounds(at[0], at[1], block.width(), block.height()));
    }

    private void placeInDomain(String domain, List<String> ids, List<MeshNode> members, Progress progress) {
        FlowGraph graph = FlowGraph.of(mesh, ids);
        BlockLayout.Block block = BlockLayout.layout(mesh, graph, List.of(), g, progress);
        // the block framed its nodes as the domain: keep just the nodes, without the frame's insets
        Bounds frame = block.frames().get(domain);
        double left = frame.x() + g.domainInset();
        double top = frame.y() + g.domainTitle();
        double width = frame.width() - 2 * g.domainInset();
        double height = frame.height() - g.domainTitle() - g.domainInset();
        Bounds own = diagram.bounds(domain);
        Bounds placedMembers = null;
        for (MeshNode n : members) {
            Point p = diagram.position(n.id());
            if (p != null && !moving.contains(n.id())) {
                placedMembers = union(placedMembers, box(p));
            }
        }
        double[] at = null;
        if (own != null) {
            at = inside(own, width, height);
        }
        if (at == null) {
            double wishX = placedMembers != null ? placedMembers.x() : own.x() + g.domainInset();
            double wishY = placedMembers != null ? placedMembers.y() + placedMembers.height() + g.nodeGap()
                    : own.y() + g.domainTitle();
            at = findIgnoring(own, width, height, wishX, wishY);
        }
        for (int i = 0; i < graph.size(); i++) {
            positions.put(graph.node(i).id(), new Point(block.x()[i] - left + at[0], block.y()[i] - top + at[1]));
        }
        Bounds placed = new Bounds(at[0], at[1], width, height);
        taken.add(placed);
        if (own != null) {
            Bounds needed = new Bounds(at[0] - g.domainInset(), at[1] - g.domainTitle(),
                    width + 2 * g.domainInset(), height + g.domainTitle() + g.domainInset());
            Bounds grown = union(own, needed);
            if (!grown.equals(own)) {
                bounds.put(domain, new Bounds(own.x(), own.y(), grown.x() + grown.width() - own.x(),
                        grown.y() + grown.height() - own.y()));
            }
        }
    }

    /** A free spot for a {@code width} by {@code height} block inside the domain's bounds, or {@code null}. */
    private double[] inside(Bounds own, double width, double height) {
        double step = g.grid() * 2;
        double x0 = Math.ceil((own.x() + g.domainInset()) / step) * step;
        double y0 = Math.ceil((own.y() + g.domainTitle()) / step) * step;
        for (double y = y0; y + height <= own.y() + own.height() - g.domainInset(); y += step) {
            for (double x = x0; x + width <= own.x() + own.width() - g.domainInset(); x += step) {
                if (!overlapsOtherThan(own, new Bounds(x, y, width, height), g.nodeGap() / 2)) {
                    return new double[] {x, y};
                }
            }
        }
        return null;
    }

    /** The nearest free spot, where the domain's own frame (which will grow) does not count as taken. */
    private double[] findIgnoring(Bounds own, double width, double height, double wishX, double wishY) {
        double step = g.grid() * 2;
        double margin = g.nodeGap() / 2;
        for (int ring = 0; ring <= 60; ring++) {
            for (int k = 0; k <= ring; k++) {
                // straight down first, then fanning out: the block belongs under the domain's nodes
                for (int sign : new int[] {1, -1}) {
                    double x = Math.round(wishX / step) * step + sign * k * step;
                    double y = Math.round(wishY / step) * step + ring * step;
                    if (!overlapsOtherThan(own, new Bounds(x, y, width, height), margin)) {
                        return new double[] {x, y};
                    }
                }
            }
        }
        return taken.find(width, height, wishX, wishY, margin, step);
    }

    /** Whether {@code r} meets something taken other than the frame {@code own} itself. */
    private boolean overlapsOtherThan(Bounds own, Bounds r, double margin) {
        return taken.overlaps(r, margin, own);
    }

    private void placeNearNeighbours(String id) {
        List<Point> near = placedNeighbours(id);
        double cx = near.stream().mapToDouble(p -> p.x() + g.nodeWidth() / 2).average().orElse(0);
        double cy = near.stream().mapToDouble(p -> p.y() + g.nodeHeight() / 2).average().orElse(0);
        double[] at = taken.find(g.nodeWidth(), g.nodeHeight(), cx - g.nodeWidth() / 2, cy - g.nodeHeight() / 2,
                g.nodeGap(), g.grid() * 2);
        Point p = new Point(at[0], at[1]);
        positions.put(id, p);
        taken.add(box(p));
    }

    /** Positions of the nodes that share a link hop with {@code id} and have a place, in link order. */
    private List<Point> placedNeighbours(String id) {
        List<Point> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var link : mesh.links()) {
            List<String> path = new ArrayList<>();
            path.add(link.from());
            path.addAll(link.via());
            path.add(link.to());
            for (int k = 0; k < path.size(); k++) {
                if (!path.get(k).equals(id)) {
                    continue;
                }
                for (int j : new int[] {k - 1, k + 1}) {
                    if (j >= 0 && j < path.size() && seen.add(path.get(j))) {
                        Point p = positions.containsKey(path.get(j)) ? positions.get(path.get(j))
                                : moving.contains(path.get(j)) ? null : diagram.position(path.get(j));
                        if (p != null) {
                            found.add(p);
                        }
                    }
                }
            }
        }
        return found;
    }

    private double step(BlockLayout.Block block) {
        double s = Math.max(g.grid() * 2, Math.min(block.width(), block.height()) / 8);
        return Math.ceil(s / g.grid()) * g.grid();
    }

    private Bounds box(Point p) {
        return new Bounds(p.x(), p.y(), g.nodeWidth(), g.nodeHeight());
    }

    private static Bounds union(Bounds a, Bounds b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Bounds(x, y, Math.max(a.x() + a.width(), b.x() + b.width()) - x,
                Math.max(a.y() + a.height(), b.y() + b.height()) - y);
    }

    /** The result in the mesh's order of nodes and domains. */
    private LayoutResult ordered() {
        Map<String, Point> p = new LinkedHashMap<>();
        for (MeshNode n : mesh.nodes()) {
            if (positions.containsKey(n.id())) {
                p.put(n.id(), positions.get(n.id()));
            }
        }
        Map<String, Bounds> b = new LinkedHashMap<>();
        for (Domain d : mesh.domains()) {
            if (bounds.containsKey(d.id())) {
                b.put(d.id(), bounds.get(d.id()));
            }
        }
        return new LayoutResult(p, b);
    }
}
