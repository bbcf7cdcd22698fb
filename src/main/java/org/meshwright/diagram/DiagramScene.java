package org.meshwright.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.ElementRef;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.Mesh;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;

/**
 * What a diagram of a mesh shows, computed once and then only read: a box per node, a
 * frame per domain, a route per link, a line from each domain to its platform, all in
 * diagram units, with a grid index that answers "what is here" and "what is in view"
 * quickly enough for 10,000 nodes and 30,000 links.
 *
 * <p>Node boxes sit at their layout positions; nodes without one are placed automatically
 * (in a grid inside their domain's frame, else below their domain's placed nodes, else in
 * blocks below everything), never on top of another node. A domain's frame comes from the
 * layout, else is drawn around its nodes. Links whose provider or consumer does not exist
 * are left out, and so are {@code via} entries that name nothing (the rules report both).
 *
 * <p>Immutable and safe to share between threads. {@link #withPositions(Map, Map)} makes a
 * variant with some boxes moved, recomputing only what depends on them, for live dragging.
 */
public final class DiagramScene {

    /**
     * A node's card.
     *
     * @param domain     the node's domain id, or {@code null}
     * @param archetype  a data product's archetype, or {@code null}
     * @param autoPlaced whether the layout has no position for it and the scene placed it
     */
    public record NodeBox(String id, NodeKind kind, String label, String domain, Rect bounds, boolean pii,
                          Archetype archetype, NodeStatus status, boolean autoPlaced) {

        public ElementRef ref() {
            return ElementRef.node(id);
        }

        public NodeBox withBounds(Rect newBounds) {
            return new NodeBox(id, kind, label, domain, newBounds, pii, archetype, status, autoPlaced);
        }
    }

    /**
     * A domain's frame.
     *
     * @param declared    false for a domain id that nodes name but the mesh does not declare
     * @param owner       the owning team, or {@code null}
     * @param platform    the id of the domain's platform node, or {@code null}
     * @param colourIndex the domain's place in the mesh, which picks its tint
     * @param computed    whether the bounds were drawn around the nodes rather than taken from the layout
     */
    public record DomainBox(String id, String label, Rect bounds, boolean declared, String owner, String platform,
                            int colourIndex, boolean computed) {

        public ElementRef ref() {
            return ElementRef.domain(id);
        }

        DomainBox withBounds(Rect newBounds, boolean isComputed) {
            return new DomainBox(id, label, newBounds, declared, owner, platform, colourIndex, isComputed);
        }
    }

    /**
     * A link's route from the provider's box through the boxes of its {@code via} nodes, in
     * order, to the consumer's box.
     *
     * @param points         the ends of the hops, each on a box border: provider exit, via entry,
     *                       via exit, ..., consumer entry
     * @param contractOrNull the contract that applies: the link's own, else its port's (or the
     *                       provider's only port's), else {@code null}
     * @param protectedLink  whether personal data is removed on the way (anonymized, or an
     *                       anonymizer in {@code via})
     * @param via            the {@code via} nodes that exist, in order
     * @param hops           the drawn curves, one per stretch between boxes
     * @param bounds         a rectangle holding every hop
     */
    public record LinkRoute(String linkId, String from, String to, List<P> points, AccessMode mode,
                            String contractOrNull, boolean protectedLink, LinkStatus status, List<String> via,
                            List<Hop> hops, Rect bounds) {

        public ElementRef ref() {
            return ElementRef.link(linkId);
        }

        /** Where badges and markers sit: the middle of the longest hop. */
        public P anchor() {
            Hop longest = hops.get(0);
            double best = -1;
            for (Hop h : hops) {
                double len = h.start().distance(h.end());
                if (len > best) {
                    best = len;
                    longest = h;
                }
            }
            return longest.at(0.5);
        }

        /** The distance from a point to the drawn route. */
        public double distance(double x, double y) {
            double best = Double.POSITIVE_INFINITY;
            for (Hop h : hops) {
                best = Math.min(best, Routing.distance(h, x, y));
            }
            return best;
        }

        /** Whether the drawn route passes through {@code r}. */
        public boolean intersects(Rect r) {
            if (!bounds.intersects(r)) {
                return false;
            }
            for (Hop h : hops) {
                if (Routing.intersects(h, r)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The dashed line from a domain's frame ({@code a}) to its platform's box ({@code b}). */
    public record PlatformLine(String domainId, String platformId, P a, P b) {
    }

    /**
     * Links between two groups added up, for the overview at far zoom: a group is a domain,
     * or a node outside every domain. Unordered: {@code a} sorts before {@code b}.
     */
    public record Flow(ElementRef a, ElementRef b, int count) {
    }

    /** What meets an area, in paint order. */
    public record Visible(List<DomainBox> domains, List<NodeBox> nodes, List<LinkRoute> links,
                          List<PlatformLine> platformLines) {
    }

    /** Above this many moved elements, {@link #withPositions} rebuilds the index rather than patching it. */
    private static final int PATCH_LIMIT = 2_000;

    /** How near a link a point must be to hit it, in diagram units, unless told otherwise. */
    public static final double LINK_TOLERANCE = 5;

    final DiagramStyle style;
    final Topology topology;
    final NodeBox[] nodes;
    final DomainBox[] domains;
    final LinkRoute[] links;
    final PlatformLine[] platformLines;
    final int[] domainOrder;
    final SpatialIndex index;
    /** Nodes and links moved since the index was built; their index entries are stale. */
    final BitSet movedNodes;
    final BitSet movedLinks;
    private volatile Rect bounds;

    DiagramScene(DiagramStyle style, Topology topology, NodeBox[] nodes, DomainBox[] domains, LinkRoute[] links,
                 PlatformLine[] platformLines, SpatialIndex index, BitSet movedNodes, BitSet movedLinks) {
        this.style = style;
        this.topology = topology;
        this.nodes = nodes;
        this.domains = domains;
        this.links = links;
        this.platformLines = platformLines;
        this.domainOrder = paintOrder(domains);
        this.index = index != null ? index
                : SpatialIndex.build(Arrays.asList(nodes), Arrays.asList(links), computeBounds(nodes, links, domains));
        this.movedNodes = index != null ? movedNodes : new BitSet();
        this.movedLinks = index != null ? movedLinks : new BitSet();
    }

    /** Computes the scene of {@code mesh} in {@code style}. */
    public static DiagramScene of(Mesh mesh, DiagramStyle style) {
        return SceneBuilder.build(mesh, style);
    }

    /** An empty scene: nothing to draw. */
    public static DiagramScene empty(DiagramStyle style) {
        return new DiagramScene(style, Topology.EMPTY, new NodeBox[0], new DomainBox[0], new LinkRoute[0],
                new PlatformLine[0], null, null, null);
    }

    public DiagramStyle style() {
        return style;
    }

    /** Every node box, in the mesh's order (later ones are drawn on top). */
    public List<NodeBox> nodes() {
        return Collections.unmodifiableList(Arrays.asList(nodes));
    }

    /** Every domain frame: declared domains in the mesh's order, then undeclared ones. */
    public List<DomainBox> domains() {
        return Collections.unmodifiableList(Arrays.asList(domains));
    }

    /** Every drawable link, in the mesh's order. */
    public List<LinkRoute> links() {
        return Collections.unmodifiableList(Arrays.asList(links));
    }

    public List<PlatformLine> platformLines() {
        return Collections.unmodifiableList(Arrays.asList(platformLines));
    }

    /** Links between groups (domains, or nodes outside every domain), for the overview. */
    public List<Flow> flows() {
        return topology.flows;
    }

    /** The node box of {@code id}, or {@code null}. */
    public NodeBox node(String id) {
        Integer i = topology.nodeIndex.get(id);
        return i == null ? null : nodes[i];
    }

    /** The domain frame of {@code id}, or {@code null}. */
    public DomainBox domain(String id) {
        Integer i = topology.domainIndex.get(id);
        return i == null ? null : domains[i];
    }

    /** The route of the link with this effective id, or {@code null} (no such link, or not drawable). */
    public LinkRoute link(String id) {
        Integer i = topology.linkIndex.get(id);
        return i == null ? null : links[i];
    }

    /** The bounds of the element {@code ref} names, or {@code null}. */
    public Rect boundsOf(ElementRef ref) {
        switch (ref.kind()) {
            case NODE -> {
                NodeBox n = node(ref.id());
                return n == null ? null : n.bounds();
            }
            case DOMAIN -> {
                DomainBox d = domain(ref.id());
                return d == null ? null : d.bounds();
            }
            case LINK -> {
                LinkRoute l = link(ref.id());
                return l == null ? null : l.bounds();
            }
            default -> {
                return null;
            }
        }
    }

    /** The rectangle holding everything drawn, or {@link Rect#EMPTY} for an empty scene. */
    public Rect bounds() {
        Rect b = bounds;
        if (b == null) {
            b = computeBounds(nodes, links, domains);
            bounds = b;
        }
        return b;
    }

    private static Rect computeBounds(NodeBox[] nodes, LinkRoute[] links, DomainBox[] domains) {
        double[] extent = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (NodeBox n : nodes) {
            extend(extent, n.bounds());
        }
        for (LinkRoute l : links) {
            extend(extent, l.bounds());
        }
        for (DomainBox d : domains) {
            extend(extent, d.bounds());
        }
        return nodes.length + links.length + domains.length == 0 ? Rect.EMPTY
                : new Rect(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]);
    }

    private static void extend(double[] extent, Rect r) {
        extent[0] = Math.min(extent[0], r.x());
        extent[1] = Math.min(extent[1], r.y());
        extent[2] = Math.max(extent[2], r.maxX());
        extent[3] = Math.max(extent[3], r.maxY());
    }

    // ---- queries -----------------------------------------------------------------------

    /** The nodes whose boxes meet {@code area}, in paint order. */
    public List<NodeBox> nodesIn(Rect area) {
        int[] hits = nodeCandidates(area);
        List<NodeBox> result = new ArrayList<>(hits.length);
        for (int i : hits) {
            if (nodes[i].bounds().intersects(area)) {
                result.add(nodes[i]);
            }
        }
        return result;
    }

    /** The links whose routes may pass through {@code area} (their bounds meet it), in paint order. */
    public List<LinkRoute> linksIn(Rect area) {
        int[] hits = linkCandidates(area);
        List<LinkRoute> result = new ArrayList<>(hits.length);
        for (int i : hits) {
            if (links[i].bounds().intersects(area)) {
                result.add(links[i]);
            }
        }
        return result;
    }

    /** The domains whose frames meet {@code area}, in paint order (larger frames first). */
    public List<DomainBox> domainsIn(Rect area) {
        List<DomainBox> result = new ArrayList<>();
        for (int i : domainOrder) {
            if (domains[i].bounds().intersects(area)) {
                result.add(domains[i]);
            }
        }
        return result;
    }

    /** Everything that meets {@code area}, each kind in paint order. */
    public Visible visible(Rect area) {
        List<PlatformLine> lines = new ArrayList<>();
        for (PlatformLine l : platformLines) {
            if (Rect.between(l.a().x(), l.a().y(), l.b().x(), l.b().y()).intersects(area)) {
                lines.add(l);
            }
        }
        return new Visible(domainsIn(area), nodesIn(area), linksIn(area), lines);
    }

    /**
     * The topmost element at a point: a node, else a link within {@link #LINK_TOLERANCE},
     * else a domain (its title, border or area).
     */
    public Optional<ElementRef> elementAt(double x, double y) {
        return elementAt(x, y, LINK_TOLERANCE);
    }

    /** Like {@link #elementAt(double, double)} with the link tolerance given, in diagram units. */
    public Optional<ElementRef> elementAt(double x, double y, double linkTolerance) {
        NodeBox node = nodeAt(x, y);
        if (node != null) {
            return Optional.of(node.ref());
        }
        LinkRoute link = linkAt(x, y, linkTolerance);
        if (link != null) {
            return Optional.of(link.ref());
        }
        return domainAt(x, y).map(DomainBox::ref);
    }

    /** The topmost node whose box holds the point, or {@code null}. */
    public NodeBox nodeAt(double x, double y) {
        int[] hits = nodeCandidates(new Rect(x, y, 0, 0));
        for (int k = hits.length - 1; k >= 0; k--) {
            int i = hits[k];
            if (nodes[i].bounds().contains(x, y)) {
                return nodes[i];
            }
        }
        return null;
    }

    /** The topmost link whose route passes within {@code tolerance} of the point, or {@code null}. */
    public LinkRoute linkAt(double x, double y, double tolerance) {
        Rect probe = new Rect(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance);
        int[] hits = linkCandidates(probe);
        for (int k = hits.length - 1; k >= 0; k--) {
            LinkRoute l = links[hits[k]];
            if (l.bounds().intersects(probe) && l.distance(x, y) <= tolerance) {
                return l;
            }
        }
        return null;
    }

    /** The topmost domain whose frame holds the point: where a node dropped there would belong. */
    public Optional<DomainBox> domainAt(double x, double y) {
        for (int k = domainOrder.length - 1; k >= 0; k--) {
            DomainBox d = domains[domainOrder[k]];
            if (d.bounds().contains(x, y)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The nodes, then the domains, that lie wholly inside {@code area}: a rubber-band selection. */
    public Set<ElementRef> elementsIn(Rect area) {
        Set<ElementRef> result = new LinkedHashSet<>();
        for (NodeBox n : nodesIn(area)) {
            if (area.contains(n.bounds())) {
                result.add(n.ref());
            }
        }
        for (DomainBox d : domains) {
            if (area.contains(d.bounds())) {
                result.add(d.ref());
            }
        }
        return result;
    }

    /** The indices of the nodes that may meet {@code area}, ascending (paint order). */
    private int[] nodeCandidates(Rect area) {
        SpatialIndex.IntList hits = new SpatialIndex.IntList();
        index.nodes(area, hits);
        return withMoved(hits, movedNodes, i -> nodes[i].bounds().intersects(area));
    }

    /** The indices of the links that may pass through {@code area}, ascending (paint order). */
    private int[] linkCandidates(Rect area) {
        SpatialIndex.IntList hits = new SpatialIndex.IntList();
        index.links(area, hits);
        return withMoved(hits, movedLinks, i -> links[i].bounds().intersects(area));
    }

    /**
     * The index's candidates, where those moved since it was built are replaced by the moved
     * ones that {@code meets} (the index knows where they were, not where they are).
     */
    private static int[] withMoved(SpatialIndex.IntList hits, BitSet moved, java.util.function.IntPredicate meets) {
        if (moved.isEmpty()) {
            return hits.sortedUnique();
        }
        SpatialIndex.IntList kept = new SpatialIndex.IntList();
        for (int i : hits.sortedUnique()) {
            if (!moved.get(i)) {
                kept.add(i);
            }
        }
        for (int i = moved.nextSetBit(0); i >= 0; i = moved.nextSetBit(i + 1)) {
            if (meets.test(i)) {
                kept.add(i);
            }
        }
        return kept.sortedUnique();
    }

    // ---- moving ------------------------------------------------------------------------

    /**
     * This scene with some nodes at other top-left corners and some domains at other
     * bounds: the routes of their links, the frames drawn around moved nodes and the
     * platform lines follow; nothing else is recomputed. Ids that name nothing are ignored.
     */
    public DiagramScene withPositions(Map<String, P> nodeTopLefts, Map<String, Rect> domainBounds) {
        NodeBox[] newNodes = nodes.clone();
        DomainBox[] newDomains = domains.clone();
        LinkRoute[] newLinks = links.clone();
        BitSet nodeMoves = (BitSet) movedNodes.clone();
        BitSet linkMoves = (BitSet) movedLinks.clone();
        BitSet changedNodes = new BitSet(nodes.length);
        BitSet changedDomains = new BitSet(domains.length);

        for (Map.Entry<String, P> e : nodeTopLefts.entrySet()) {
            Integer i = topology.nodeIndex.get(e.getKey());
            if (i == null) {
                continue;
            }
            Rect b = newNodes[i].bounds();
            P p = e.getValue();
            if (b.x() != p.x() || b.y() != p.y()) {
                newNodes[i] = newNodes[i].withBounds(b.moveTo(p.x(), p.y()));
                changedNodes.set(i);
            }
        }
        for (int i = changedNodes.nextSetBit(0); i >= 0; i = changedNodes.nextSetBit(i + 1)) {
            nodeMoves.set(i);
            for (int l : topology.linksOfNode[i]) {
                linkMoves.set(l);
                newLinks[l] = topology.route(l, newNodes);
            }
            int d = topology.domainOfNode[i];
            if (d >= 0 && newDomains[d].computed()) {
                changedDomains.set(d);
            }
        }
        for (int d = changedDomains.nextSetBit(0); d >= 0; d = changedDomains.nextSetBit(d + 1)) {
            Rect around = topology.around(d, newNodes, style);
            if (around != null) {
                newDomains[d] = newDomains[d].withBounds(around, true);
            }
        }
        for (Map.Entry<String, Rect> e : domainBounds.entrySet()) {
            Integer d = topology.domainIndex.get(e.getKey());
            if (d != null && !e.getValue().equals(newDomains[d].bounds())) {
                newDomains[d] = newDomains[d].withBounds(e.getValue(), false);
                changedDomains.set(d);
            }
        }
        PlatformLine[] newLines = platformLines;
        if (!changedNodes.isEmpty() || !changedDomains.isEmpty()) {
            newLines = topology.platformLines(newDomains, newNodes);
        }
        if (nodeMoves.cardinality() + linkMoves.cardinality() > PATCH_LIMIT) {
            return new DiagramScene(style, topology, newNodes, newDomains, newLinks, newLines, null, null, null);
        }
        return new DiagramScene(style, topology, newNodes, newDomains, newLinks, newLines, index, nodeMoves,
                linkMoves);
    }

    private static int[] paintOrder(DomainBox[] domains) {
        Integer[] order = new Integer[domains.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Larger frames first, so that a frame inside another stays visible and clickable.
        Arrays.sort(order, (a, b) -> {
            double areaA = domains[a].bounds().width() * domains[a].bounds().height();
            double areaB = domains[b].bounds().width() * domains[b].bounds().height();
            return areaA != areaB ? Double.compare(areaB, areaA) : Integer.compare(a, b);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * What stays the same when boxes move: ids and their places in the arrays, which links
     * touch which node, which nodes make up which computed frame, what each link is.
     */
    static final class Topology {
        static final Topology EMPTY = new Topology(Map.of(), Map.of(), Map.of(), new int[0][], new int[0],
                new int[0][], new LinkInfo[0], new int[0][], List.of());

        final Map<String, Integer> nodeIndex;
        final Map<String, Integer> domainIndex;
        final Map<String, Integer> linkIndex;
        final int[][] linksOfNode;
        final int[] domainOfNode;
        final int[][] membersOfDomain;
        final LinkInfo[] linkInfo;
        /** Per platform line: the domain index and the platform node index. */
        final int[][] platformPairs;
        final List<Flow> flows;

        Topology(Map<String, Integer> nodeIndex, Map<String, Integer> domainIndex, Map<String, Integer> linkIndex,
                 int[][] linksOfNode, int[] domainOfNode, int[][] membersOfDomain, LinkInfo[] linkInfo,
                 int[][] platformPairs, List<Flow> flows) {
            this.nodeIndex = nodeIndex;
            this.domainIndex = domainIndex;
            this.linkIndex = linkIndex;
            this.linksOfNode = linksOfNode;
            this.domainOfNode = domainOfNode;
            this.membersOfDomain = membersOfDomain;
            this.linkInfo = linkInfo;
            this.platformPairs = platformPairs;
            this.flows = List.copyOf(flows);
        }

        /** The route of link {@code l} over the boxes {@code nodes}. */
        LinkRoute route(int l, NodeBox[] nodes) {
            LinkInfo info = linkInfo[l];
            int[] path = info.hopNodes();
            List<Hop> hops = new ArrayList<>(path.length);
            if (path.length == 1) {
                hops.add(Routing.selfLoop(nodes[path[0]].bounds()));
            } else {
                for (int k = 1; k < path.length; k++) {
                    hops.add(Routing.hop(nodes[path[k - 1]].bounds(), nodes[path[k]].bounds()));
                }
            }
            List<P> points = new ArrayList<>(hops.size() * 2);
            Rect b = null;
            for (Hop h : hops) {
                points.add(h.start());
                points.add(h.end());
                b = b == null ? h.bounds() : b.union(h.bounds());
            }
            return new LinkRoute(info.id(), info.from(), info.to(), List.copyOf(points), info.mode(), info.contract(),
                    info.protectedLink(), info.status(), info.via(), List.copyOf(hops), b);
        }

        /** The frame around domain {@code d}'s nodes, or {@code null} where it has none. */
        Rect around(int d, NodeBox[] nodes, DiagramStyle style) {
            int[] members = membersOfDomain[d];
            if (members.length == 0) {
                return null;
            }
            Rect u = nodes[members[0]].bounds();
            for (int m : members) {
                u = u.union(nodes[m].bounds());
            }
            double pad = style.domainPadding();
            double band = style.domainTitleBand();
            return new Rect(u.x() - pad, u.y() - pad - band, u.width() + 2 * pad, u.height() + 2 * pad + band);
        }

        PlatformLine[] platformLines(DomainBox[] domains, NodeBox[] nodes) {
            List<PlatformLine> lines = new ArrayList<>(platformPairs.length);
            for (int[] pair : platformPairs) {
                Rect area = domains[pair[0]].bounds();
                Rect box = nodes[pair[1]].bounds();
                if (area.overlaps(box)) {
                    continue; // the platform sits in the domain: the frame says it all
                }
                P a = Routing.border(area, box.center());
                P b = Routing.border(box, area.center());
                lines.add(new PlatformLine(domains[pair[0]].id(), nodes[pair[1]].id(), a, b));
            }
            return lines.toArray(new PlatformLine[0]);
        }
    }

    /** What a link is, apart from where it runs. {@code hopNodes}: node indices, provider to consumer. */
    record LinkInfo(String id, String from, String to, AccessMode mode, String contract, boolean protectedLink,
                    LinkStatus status, List<String> via, int[] hopNodes) {
    }
}
