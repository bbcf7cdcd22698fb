package org.meshwright.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Port;

/** Computes a {@link DiagramScene} from a mesh: placement, frames, routes, index. */
final class SceneBuilder {

    /** Gap between the laid-out drawing and the blocks of nodes placed below it. */
    private static final double BLOCK_GAP = 80;
    /** Blocks below the drawing wrap into a new row past this width (or the drawing's width). */
    private static final double MIN_ROW_WIDTH = 1800;

    private final Mesh mesh;
    private final DiagramStyle style;
    private final double w;
    private final double h;
    private final double gapX;
    private final double gapY;
    private final List<MeshNode> meshNodes;
    private final Rect[] boxes;
    private final boolean[] auto;
    private final Occupancy occupied = new Occupancy();
    /** Domain id to its frame from the layout, for every domain the scene draws. */
    private final Map<String, Rect> layoutFrames = new HashMap<>();
    /** Domain ids in drawing order: declared ones, then undeclared ones as nodes name them. */
    private final List<String> domainIds = new ArrayList<>();
    private final Map<String, Rect> emptyBlocks = new HashMap<>();

    private SceneBuilder(Mesh mesh, DiagramStyle style) {
        this.mesh = mesh;
        this.style = style;
        this.w = style.nodeWidth();
        this.h = style.nodeHeight();
        this.gapX = style.placementGapX();
        this.gapY = style.placementGapY();
        this.meshNodes = mesh.nodes();
        this.boxes = new Rect[meshNodes.size()];
        this.auto = new boolean[meshNodes.size()];
    }

    static DiagramScene build(Mesh mesh, DiagramStyle style) {
        return new SceneBuilder(mesh, style).build();
    }

    private DiagramScene build() {
        for (Domain d : mesh.domains()) {
            domainIds.add(d.id());
        }
        for (MeshNode n : meshNodes) {
            if (n.domain() != null && mesh.domain(n.domain()) == null && !domainIds.contains(n.domain())) {
                domainIds.add(n.domain());
            }
        }
        for (String id : domainIds) {
            Bounds b = mesh.diagram().bounds(id);
            if (b != null) {
                layoutFrames.put(id, new Rect(b.x(), b.y(), b.width(), b.height()));
            }
        }
        placeLaidOutNodes();
        placeOtherNodes();

        DiagramScene.NodeBox[] nodes = new DiagramScene.NodeBox[meshNodes.size()];
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            MeshNode n = meshNodes.get(i);
            nodes[i] = new DiagramScene.NodeBox(n.id(), n.kind(), n.displayName(), n.domain(), boxes[i], n.pii(),
                    n.archetype(), n.status(), auto[i]);
            nodeIndex.put(n.id(), i);
        }

        Map<String, Integer> domainIndex = new HashMap<>();
        for (int d = 0; d < domainIds.size(); d++) {
            domainIndex.put(domainIds.get(d), d);
        }
        int[] domainOfNode = new int[nodes.length];
        List<List<Integer>> members = new ArrayList<>();
        domainIds.forEach(id -> members.add(new ArrayList<>()));
        for (int i = 0; i < nodes.length; i++) {
            String d = meshNodes.get(i).domain();
            domainOfNode[i] = d == null ? -1 : domainIndex.get(d);
            if (d != null) {
                members.get(domainOfNode[i]).add(i);
            }
        }
        int[][] membersOfDomain = members.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);

        List<DiagramScene.LinkInfo> infos = new ArrayList<>();
        Map<String, Integer> linkIndex = new HashMap<>();
        List<List<Integer>> linksOfNode = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            linksOfNode.add(new ArrayList<>());
        }
        for (Link link : mesh.links()) {
            DiagramScene.LinkInfo info = linkInfo(link, nodeIndex);
            if (info == null) {
                continue; // a dangling reference: the rules report it, the diagram cannot draw it
            }
            int l = infos.size();
            infos.add(info);
            linkIndex.put(info.id(), l);
            for (int n : info.hopNodes()) {
                List<Integer> touching = linksOfNode.get(n);
                if (touching.isEmpty() || touching.get(touching.size() - 1) != l) {
                    touching.add(l);
                }
            }
        }
        int[][] linksOfNodeArr = linksOfNode.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);

        List<int[]> platformPairs = new ArrayList<>();
        for (int d = 0; d < domainIds.size(); d++) {
            Domain domain = mesh.domain(domainIds.get(d));
            Integer p = domain == null || domain.platform() == null ? null : nodeIndex.get(domain.platform());
            if (p != null) {
                platformPairs.add(new int[] {d, p});
            }
        }

        DiagramScene.Topology topology = new DiagramScene.Topology(Map.copyOf(nodeIndex), Map.copyOf(domainIndex),
                Map.copyOf(linkIndex), linksOfNodeArr, domainOfNode, membersOfDomain,
                infos.toArray(new DiagramScene.LinkInfo[0]), platformPairs.toArray(new int[0][]),
                flows(infos, domainOfNode, nodes));

        DiagramScene.DomainBox[] domains = new DiagramScene.DomainBox[domainIds.size()];
        for (int d = 0; d < domains.length; d++) {
            String id = domainIds.get(d);
            Domain declared = mesh.domain(id);
            Rect frame = layoutFrames.get(id);
            boolean computed = frame == null;
            if (frame == null) {
                frame = topology.around(d, nodes, style);
            }
            if (frame == null) {
                frame = emptyBlocks.get(id);
            }
            domains[d] = new DiagramScene.DomainBox(id, declared != null ? declared.displayName() : id + " (undeclared)",
                    frame, declared != null, declared != null ? declared.owner() : null,
                    declared != null ? declared.platform() : null, d, computed);
        }
        DiagramScene.LinkRoute[] routes = new DiagramScene.LinkRoute[infos.size()];
        for (int l = 0; l < routes.length; l++) {
            routes[l] = topology.route(l, nodes);
        }
        return new DiagramScene(style, topology, nodes, domains, routes, topology.platformLines(domains, nodes), null,
                null, null);
    }

    private DiagramScene.LinkInfo linkInfo(Link link, Map<String, Integer> nodeIndex) {
        Integer from = nodeIndex.get(link.from());
        Integer to = nodeIndex.get(link.to());
        if (from == null || to == null) {
            return null;
        }
        List<Integer> path = new ArrayList<>();
        path.add(from);
        List<String> via = new ArrayList<>();
        boolean protectedLink = link.anonymized();
        for (String v : link.via()) {
            Integer n = nodeIndex.get(v);
            if (n == null) {
                continue;
            }
            via.add(v);
            protectedLink |= meshNodes.get(n).kind() == NodeKind.ANONYMIZER;
            if (!n.equals(path.get(path.size() - 1))) {
                path.add(n);
            }
        }
        if (!to.equals(path.get(path.size() - 1)) || path.size() == 1 && !from.equals(to)) {
            path.add(to);
        }
        int[] hopNodes = path.stream().mapToInt(Integer::intValue).toArray();
        return new DiagramScene.LinkInfo(link.effectiveId(), link.from(), link.to(), link.accessMode(),
                effectiveContract(link, meshNodes.get(from)), protectedLink, link.status(), List.copyOf(via),
                hopNodes);
    }

    /** The link's contract, else its port's, else the provider's only port's. */
    private static String effectiveContract(Link link, MeshNode provider) {
        if (link.contract() != null) {
            return link.contract();
        }
        if (link.fromPort() != null) {
            Port port = provider.port(link.fromPort());
            return port == null ? null : port.contract();
        }
        return provider.outputPorts().size() == 1 ? provider.outputPorts().get(0).contract() : null;
    }

    private List<DiagramScene.Flow> flows(List<DiagramScene.LinkInfo> infos, int[] domainOfNode,
                                          DiagramScene.NodeBox[] nodes) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, ElementRef[]> ends = new HashMap<>();
        for (DiagramScene.LinkInfo info : infos) {
            int[] path = info.hopNodes();
            for (int k = 1; k < path.length; k++) {
                ElementRef a = group(path[k - 1], domainOfNode, nodes);
                ElementRef b = group(path[k], domainOfNode, nodes);
                if (a.equals(b)) {
                    continue;
                }
                String ka = a.kind() + ":" + a.id();
                String kb = b.kind() + ":" + b.id();
                String key = ka.compareTo(kb) <= 0 ? ka + "|" + kb : kb + "|" + ka;
                counts.computeIfAbsent(key, x -> new int[1])[0]++;
                ends.putIfAbsent(key, ka.compareTo(kb) <= 0 ? new ElementRef[] {a, b} : new ElementRef[] {b, a});
            }
        }
        List<DiagramScene.Flow> flows = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> flows.add(new DiagramScene.Flow(ends.get(key)[0], ends.get(key)[1], n[0])));
        return flows;
    }

    private ElementRef group(int node, int[] domainOfNode, DiagramScene.NodeBox[] nodes) {
        return domainOfNode[node] >= 0 ? ElementRef.domain(domainIds.get(domainOfNode[node]))
                : ElementRef.node(nodes[node].id());
    }

    // ---- placement ---------------------------------------------------------------------

    private void placeLaidOutNodes() {
        for (int i = 0; i < boxes.length; i++) {
            Point p = mesh.diagram().position(meshNodes.get(i).id());
            if (p != null) {
                boxes[i] = new Rect(p.x(), p.y(), w, h);
                occupied.add(boxes[i]);
            }
        }
    }

    private void placeOtherNodes() {
        Map<String, List<Integer>> queued = new LinkedHashMap<>();
        domainIds.forEach(id -> queued.put(id, new ArrayList<>()));
        queued.put(null, new ArrayList<>());
        Map<String, Rect> placedMembers = new HashMap<>();
        for (int i = 0; i < boxes.length; i++) {
            String d = meshNodes.get(i).domain();
            if (boxes[i] != null && d != null) {
                placedMembers.merge(d, boxes[i], Rect::union);
            }
        }
        for (int i = 0; i < boxes.length; i++) {
            if (boxes[i] != null) {
                continue;
            }
            String d = meshNodes.get(i).domain();
            Rect slot = null;
            if (d != null && layoutFrames.containsKey(d)) {
                slot = slotInside(layoutFrames.get(d));
            } else if (d != null && placedMembers.containsKey(d)) {
                slot = slotBelow(placedMembers.get(d), d);
            }
            if (slot != null) {
                boxes[i] = slot;
                auto[i] = true;
                occupied.add(slot);
            } else {
                queued.get(d).add(i);
            }
        }
        placeBlocks(queued, placedMembers);
    }

    /** The first free slot of a grid inside a domain's frame, below its title band, or {@code null}. */
    private Rect slotInside(Rect frame) {
        double pad = style.domainPadding();
        double x0 = frame.x() + pad;
        double y0 = frame.y() + style.domainTitleBand() + pad / 2;
        for (double y = y0; y + h <= frame.maxY() - pad / 2; y += h + gapY) {
            for (double x = x0; x + w <= frame.maxX() - pad / 2; x += w + gapX) {
                Rect slot = new Rect(x, y, w, h);
                if (!occupied.overlaps(slot.inflate(gapX / 2, gapY / 2))) {
                    return slot;
                }
            }
        }
        return null;
    }

    /** The first free slot in rows below a domain's laid-out nodes, clear of other domains' frames. */
    private Rect slotBelow(Rect members, String domain) {
        int columns = Math.max(2, (int) Math.floor((members.width() + gapX) / (w + gapX)));
        for (int row = 0; row < 200; row++) {
            double y = members.maxY() + gapY + row * (h + gapY);
            for (int c = 0; c < columns; c++) {
                Rect slot = new Rect(members.x() + c * (w + gapX), y, w, h);
                if (!occupied.overlaps(slot.inflate(gapX / 2, gapY / 2)) && !inOtherFrame(slot, domain)) {
                    return slot;
                }
            }
        }
        return null;
    }

    private boolean inOtherFrame(Rect slot, String domain) {
        for (Map.Entry<String, Rect> e : layoutFrames.entrySet()) {
            if (!e.getKey().equals(domain) && e.getValue().overlaps(slot.inflate(style.domainPadding()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One block per domain (and one for the nodes without a domain) below everything laid
     * out, left to right, wrapping into rows; declared domains with nothing to show get an
     * empty block so that they can be seen and dropped into.
     */
    private void placeBlocks(Map<String, List<Integer>> queued, Map<String, Rect> placedMembers) {
        List<Rect> everything = new ArrayList<>();
        for (Rect b : boxes) {
            if (b != null) {
                everything.add(b);
            }
        }
        everything.addAll(layoutFrames.values());
        Rect drawn = Rect.union(everything);
        double originX = everything.isEmpty() ? 0 : drawn.x();
        double x = originX;
        double y = everything.isEmpty() ? 0 : drawn.maxY() + BLOCK_GAP;
        double rowWidth = Math.max(MIN_ROW_WIDTH, drawn.width());
        double rowHeight = 0;
        double pad = style.domainPadding();
        double band = style.domainTitleBand();
        for (Map.Entry<String, List<Integer>> group : queued.entrySet()) {
            String domain = group.getKey();
            List<Integer> members = group.getValue();
            boolean emptyDomain = domain != null && members.isEmpty() && mesh.domain(domain) != null
                    && !layoutFrames.containsKey(domain) && !placedMembers.containsKey(domain);
            if (members.isEmpty() && !emptyDomain) {
                continue;
            }
            int n = Math.max(1, members.size());
            int columns = Math.min(4, (int) Math.ceil(Math.sqrt(n)));
            int rows = (int) Math.ceil(n / (double) columns);
            boolean framed = domain != null;
            double inset = framed ? pad : 0;
            double top = framed ? band + pad : 0;
            double width = 2 * inset + columns * w + (columns - 1) * gapX;
            double height = top + inset + rows * h + (rows - 1) * gapY;
            if (x > originX && x + width > originX + rowWidth) {
                x = originX;
                y += rowHeight + BLOCK_GAP;
                rowHeight = 0;
            }
            for (int k = 0; k < members.size(); k++) {
                int i = members.get(k);
                boxes[i] = new Rect(x + inset + (k % columns) * (w + gapX), y + top + (k / columns) * (h + gapY), w, h);
                auto[i] = true;
                occupied.add(boxes[i]);
            }
            if (emptyDomain) {
                emptyBlocks.put(domain, new Rect(x, y, width, height));
            }
            x += width + BLOCK_GAP;
            rowHeight = Math.max(rowHeight, height);
        }
    }

    /** The boxes placed so far, hashed by cell, for overlap checks while placing. */
    private static final class Occupancy {
        private static final double CELL = 512;
        private final Map<Long, List<Rect>> cells = new HashMap<>();

        void add(Rect r) {
            forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(r));
        }

        boolean overlaps(Rect r) {
            boolean[] hit = {false};
            forCells(r, key -> {
                List<Rect> list = cells.get(key);
                if (list != null && !hit[0]) {
                    for (Rect o : list) {
                        if (o.overlaps(r)) {
                            hit[0] = true;
                            return;
                        }
                    }
                }
            });
            return hit[0];
        }

        private static void forCells(Rect r, java.util.function.LongConsumer action) {
            long c0 = (long) Math.floor(r.x() / CELL);
            long c1 = (long) Math.floor(r.maxX() / CELL);
            long r0 = (long) Math.floor(r.y() / CELL);
            long r1 = (long) Math.floor(r.maxY() / CELL);
            for (long row = r0; row <= r1; row++) {
                for (long col = c0; col <= c1; col++) {
                    action.accept(row * 4_000_003L + col);
                }
            }
        }
    }
}
