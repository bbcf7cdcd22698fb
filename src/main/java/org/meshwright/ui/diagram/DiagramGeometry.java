package org.meshwright.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;

/**
 * Where the read-only diagram draws each element, in diagram units: node boxes at their
 * layout positions, domains at their layout bounds or drawn around their nodes, links as
 * straight segments between box borders. Nodes without a position are placed in a simple
 * grid below the positioned ones, one block per domain. Pure: no JavaFX, so it is tested
 * without a toolkit.
 */
public final class DiagramGeometry {

    public static final double NODE_WIDTH = 200;
    public static final double NODE_HEIGHT = 60;
    static final double GAP_X = 36;
    static final double GAP_Y = 30;
    static final double PADDING = 22;
    static final double TITLE_HEIGHT = 30;
    static final double BLOCK_GAP = 56;
    static final double GRID_ROW_WIDTH = 1800;

    /** A node's box. */
    public record NodeBox(MeshNode node, Bounds bounds) {
    }

    /**
     * A domain's rectangle. {@code declared} is false for a domain id that nodes name but the
     * mesh does not declare; {@code index} is the domain's place in the mesh (for its colour).
     */
    public record DomainBox(String id, String label, Bounds bounds, boolean declared, int index) {
    }

    /**
     * One straight piece of a link, from the border of one box to the border of the next: a
     * link through hubs has a segment per hop. {@code selfLoop} marks a link from a node to
     * itself, drawn as a loop on the right of {@code to}'s box.
     */
    public record LinkSegment(Link link, Point from, Point to, boolean selfLoop) {
    }

    private final List<NodeBox> nodes;
    private final List<DomainBox> domains;
    private final List<LinkSegment> links;

    private DiagramGeometry(List<NodeBox> nodes, List<DomainBox> domains, List<LinkSegment> links) {
        this.nodes = List.copyOf(nodes);
        this.domains = List.copyOf(domains);
        this.links = List.copyOf(links);
    }

    public List<NodeBox> nodes() {
        return nodes;
    }

    public List<DomainBox> domains() {
        return domains;
    }

    public List<LinkSegment> links() {
        return links;
    }

    /** The smallest rectangle holding every box, or an empty one at the origin for an empty mesh. */
    public Bounds extent() {
        List<Bounds> all = new ArrayList<>();
        nodes.forEach(n -> all.add(n.bounds()));
        domains.forEach(d -> all.add(d.bounds()));
        return all.isEmpty() ? new Bounds(0, 0, 0, 0) : union(all);
    }

    /** Computes the geometry of {@code mesh}. */
    public static DiagramGeometry of(Mesh mesh) {
        Map<String, Bounds> boxes = new LinkedHashMap<>();
        List<MeshNode> unplaced = new ArrayList<>();
        for (MeshNode node : mesh.nodes()) {
            Point p = mesh.diagram().position(node.id());
            if (p != null) {
                boxes.put(node.id(), new Bounds(p.x(), p.y(), NODE_WIDTH, NODE_HEIGHT));
            } else {
                unplaced.add(node);
            }
        }

        // Groups in the order the diagram shows them: declared domains, then undeclared domain ids, then no domain.
        Map<String, List<MeshNode>> groups = new LinkedHashMap<>();
        mesh.domains().forEach(d -> groups.put(d.id(), new ArrayList<>()));
        List<MeshNode> homeless = new ArrayList<>();
        for (MeshNode node : unplaced) {
            if (node.domain() == null) {
                homeless.add(node);
            } else {
                groups.computeIfAbsent(node.domain(), k -> new ArrayList<>()).add(node);
            }
        }

        Map<String, Bounds> emptyDomainBlocks = new LinkedHashMap<>();
        Grid grid = new Grid(gridOrigin(mesh, boxes));
        for (Map.Entry<String, List<MeshNode>> group : groups.entrySet()) {
            String domainId = group.getKey();
            List<MeshNode> members = group.getValue();
            boolean hasBounds = mesh.diagram().bounds(domainId) != null;
            boolean hasPlacedNode = mesh.nodes().stream()
                    .anyMatch(n -> domainId.equals(n.domain()) && boxes.containsKey(n.id()));
            if (members.isEmpty()) {
                if (!hasBounds && !hasPlacedNode && mesh.domain(domainId) != null) {
                    emptyDomainBlocks.put(domainId, grid.place(List.of(), boxes));
                }
                continue;
            }
            grid.place(members, boxes);
        }
        if (!homeless.isEmpty()) {
            grid.place(homeless, boxes);
        }

        List<NodeBox> nodeBoxes = new ArrayList<>();
        for (MeshNode node : mesh.nodes()) {
            nodeBoxes.add(new NodeBox(node, boxes.get(node.id())));
        }
        List<DomainBox> domainBoxes = domainBoxes(mesh, boxes, emptyDomainBlocks);
        return new DiagramGeometry(nodeBoxes, domainBoxes, linkSegments(mesh, boxes));
    }

    private static Point gridOrigin(Mesh mesh, Map<String, Bounds> boxes) {
        List<Bounds> placed = new ArrayList<>(boxes.values());
        for (Domain d : mesh.domains()) {
            Bounds b = mesh.diagram().bounds(d.id());
            if (b != null) {
                placed.add(b);
            }
        }
        if (placed.isEmpty()) {
            return new Point(0, 0);
        }
        Bounds all = union(placed);
        return new Point(all.x(), all.y() + all.height() + BLOCK_GAP * 1.5);
    }

    private static List<DomainBox> domainBoxes(Mesh mesh, Map<String, Bounds> boxes,
                                               Map<String, Bounds> emptyDomainBlocks) {
        List<DomainBox> result = new ArrayList<>();
        Map<String, List<Bounds>> members = new LinkedHashMap<>();
        for (MeshNode node : mesh.nodes()) {
            if (node.domain() != null) {
                members.computeIfAbsent(node.domain(), k -> new ArrayList<>()).add(boxes.get(node.id()));
            }
        }
        int index = 0;
        for (Domain domain : mesh.domains()) {
            Bounds bounds = mesh.diagram().bounds(domain.id());
            if (bounds == null) {
                List<Bounds> inside = members.get(domain.id());
                bounds = inside != null ? around(inside) : emptyDomainBlocks.get(domain.id());
            }
            if (bounds != null) {
                result.add(new DomainBox(domain.id(), domain.displayName(), bounds, true, index));
            }
            index++;
        }
        for (Map.Entry<String, List<Bounds>> entry : members.entrySet()) {
            if (mesh.domain(entry.getKey()) == null) {
                result.add(new DomainBox(entry.getKey(), entry.getKey() + " (undeclared)", around(entry.getValue()),
                        false, index++));
            }
        }
        return result;
    }

    private static List<LinkSegment> linkSegments(Mesh mesh, Map<String, Bounds> boxes) {
        List<LinkSegment> segments = new ArrayList<>();
        for (Link link : mesh.links()) {
            if (!boxes.containsKey(link.from()) || !boxes.containsKey(link.to())) {
                continue; // a dangling reference: the rules report it, the diagram cannot draw it
            }
            if (link.from().equals(link.to()) && link.via().isEmpty()) {
                Bounds b = boxes.get(link.to());
                segments.add(new LinkSegment(link, new Point(b.x() + b.width(), b.y() + b.height() * 0.3),
                        new Point(b.x() + b.width(), b.y() + b.height() * 0.7), true));
                continue;
            }
            List<String> hops = new ArrayList<>();
            hops.add(link.from());
            link.via().stream().filter(boxes::containsKey).forEach(hops::add);
            hops.add(link.to());
            for (int i = 0; i + 1 < hops.size(); i++) {
                Bounds a = boxes.get(hops.get(i));
                Bounds b = boxes.get(hops.get(i + 1));
                if (hops.get(i).equals(hops.get(i + 1))) {
                    continue;
                }
                segments.add(new LinkSegment(link, border(a, center(b)), border(b, center(a)), false));
            }
        }
        return segments;
    }

    /** Whether the link is drawn as a proposal (dashed). */
    public static boolean isProposed(Link link) {
        return link.status() == LinkStatus.PROPOSED;
    }

    static Point center(Bounds b) {
        return new Point(b.x() + b.width() / 2, b.y() + b.height() / 2);
    }

    /** Where the line from the centre of {@code box} towards {@code target} leaves the box. */
    static Point border(Bounds box, Point target) {
        Point c = center(box);
        double dx = target.x() - c.x();
        double dy = target.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new Point(c.x() + dx * t, c.y() + dy * t);
    }

    private static Bounds around(List<Bounds> inside) {
        Bounds u = union(inside);
        return new Bounds(u.x() - PADDING, u.y() - PADDING - TITLE_HEIGHT, u.width() + 2 * PADDING,
                u.height() + 2 * PADDING + TITLE_HEIGHT);
    }

    static Bounds union(List<Bounds> all) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Bounds b : all) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.width());
            maxY = Math.max(maxY, b.y() + b.height());
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    /** Places blocks of nodes left to right, wrapping into a new row past {@link #GRID_ROW_WIDTH}. */
    private static final class Grid {
        private final double originX;
        private double x;
        private double y;
        private double rowHeight;

        Grid(Point origin) {
            this.originX = origin.x();
            this.x = origin.x();
            this.y = origin.y();
        }

        /** Places {@code members} in a block of its own; returns the block (its domain's frame). */
        Bounds place(List<MeshNode> members, Map<String, Bounds> boxes) {
            int n = Math.max(1, members.size());
            int columns = Math.min(4, (int) Math.ceil(Math.sqrt(n)));
            int rows = (int) Math.ceil(n / (double) columns);
            double width = 2 * PADDING + columns * NODE_WIDTH + (columns - 1) * GAP_X;
            double height = TITLE_HEIGHT + 2 * PADDING + rows * NODE_HEIGHT + (rows - 1) * GAP_Y;
            if (x > originX && x + width > originX + GRID_ROW_WIDTH) {
                x = originX;
                y += rowHeight + BLOCK_GAP;
                rowHeight = 0;
            }
            for (int i = 0; i < members.size(); i++) {
                double nx = x + PADDING + (i % columns) * (NODE_WIDTH + GAP_X);
                double ny = y + TITLE_HEIGHT + PADDING + (i / columns) * (NODE_HEIGHT + GAP_Y);
                boxes.put(members.get(i).id(), new Bounds(nx, ny, NODE_WIDTH, NODE_HEIGHT));
            }
            Bounds block = new Bounds(x, y, width, height);
            x += width + BLOCK_GAP;
            rowHeight = Math.max(rowHeight, height);
            return block;
        }
    }
}
