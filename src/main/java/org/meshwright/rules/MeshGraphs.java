package org.meshwright.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/**
 * The JGraphT views of a mesh that the rules share, built once per validation run:
 * <ul>
 * <li>the <b>flow graph</b>: data products, source systems and consumers, an edge per
 * well-formed link (self-links and parallel links included);</li>
 * <li>the <b>product graph</b>: the flow graph restricted to data products, as a view of
 * it. Most links join two data products, so a graph of its own was nearly a second copy
 * of the flow graph, a third of a validation's time and memory. Only data products both
 * provide and consume data, so every cycle of the flow graph already runs through data
 * products alone, and {@link ProductCycleRule} finds the product graph's cycles there;</li>
 * <li>the <b>domain graph</b>: the declared domains, an edge A→B for each cross-domain
 * link between data products of declared domains A and B.</li>
 * </ul>
 * The flow graph keeps the file's order (sorting 300,000 links cost more than
 * it bought); what depends on order is made independent of it where it is computed: the
 * domain graph's edges are added in id order, and {@link Cycles} walks each strongly
 * connected set in id order. The graphs skip JGraphT's index
 * of edges by vertex pair, which no rule needs and which costs most of the building time,
 * and their maps are sized up front.
 */
public final class MeshGraphs {

    private final Graph<String, LinkEdge> flow;
    private final Graph<String, LinkEdge> products;
    private final Graph<String, DefaultEdge> domains;
    private final List<LinkEnds> links;
    private final List<FlowLink> flowLinks;

    MeshGraphs(Mesh mesh) {
        List<LinkEnds> ends = new ArrayList<>(mesh.links().size());
        List<FlowLink> wellFormed = new ArrayList<>(mesh.links().size());
        for (Link link : mesh.links()) {
            MeshNode from = mesh.node(link.from());
            MeshNode to = mesh.node(link.to());
            FlowLink facts = facts(mesh, link, from, to);
            if (facts != null) {
                wellFormed.add(facts);
                ends.add(facts);
            } else {
                ends.add(new Malformed(link, from, to));
            }
        }
        links = List.copyOf(ends);
        flowLinks = List.copyOf(wellFormed);

        int flowNodes = 0;
        for (MeshNode node : mesh.nodes()) {
            flowNodes += node.kind().isFlowNode() ? 1 : 0;
        }
        flow = new Lean<>(DefaultGraphType.directedPseudograph(), null, flowNodes, flowLinks.size());
        products = new MaskSubgraph<>(flow, id -> mesh.node(id).kind() != NodeKind.DATA_PRODUCT, edge -> false);
        domains = new Lean<>(DefaultGraphType.directedSimple(), DefaultEdge::new, mesh.domains().size(), 16);

        for (MeshNode node : mesh.nodes()) {
            if (node.kind().isFlowNode()) {
                flow.addVertex(node.id());
            }
        }
        mesh.domains().stream().map(Domain::id).sorted().forEach(domains::addVertex);

        java.util.SortedSet<String[]> domainEdges = new java.util.TreeSet<>(
                Comparator.<String[], String>comparing(e -> e[0]).thenComparing(e -> e[1]));
        for (int i = 0; i < flowLinks.size(); i++) {
            FlowLink l = flowLinks.get(i);
            LinkEdge edge = new LinkEdge(l, i);
            flow.addEdge(l.from().id(), l.to().id(), edge);
            if (isProductLink(l)) {
                String a = l.from().domain();
                String b = l.to().domain();
                if (l.crossDomain() && a != null && b != null && domains.containsVertex(a) && domains.containsVertex(b)) {
                    domainEdges.add(new String[] {a, b});
                }
            }
        }
        for (String[] e : domainEdges) {
            domains.addEdge(e[0], e[1]);
        }
    }

    private static boolean isProductLink(FlowLink l) {
        return l.from().kind() == NodeKind.DATA_PRODUCT && l.to().kind() == NodeKind.DATA_PRODUCT;
    }

    /** The ends of a link that is not well-formed. */
    private record Malformed(Link link, MeshNode from, MeshNode to) implements LinkEnds {
    }

    /** The facts of a well-formed link, or {@code null} for a link that is not well-formed. */
    private static FlowLink facts(Mesh mesh, Link link, MeshNode from, MeshNode to) {
        if (from == null || to == null || !from.kind().canProvide() || !to.kind().canConsume()) {
            return null;
        }
        boolean cross = from.domain() == null || to.domain() == null || !from.domain().equals(to.domain());
        boolean isProtected = link.anonymized();
        List<String> hubs = List.of();
        for (String id : link.via()) {
            MeshNode via = mesh.node(id);
            if (via == null) {
                continue;
            }
            if (via.kind() == NodeKind.ANONYMIZER) {
                isProtected = true;
            } else if (via.kind() == NodeKind.HUB && !hubs.contains(id)) {
                hubs = hubs.isEmpty() ? new ArrayList<>(2) : hubs;
                hubs.add(id);
            }
        }
        return new FlowLink(link, from, to, cross, isProtected, List.copyOf(hubs));
    }

    public Graph<String, LinkEdge> flow() {
        return flow;
    }

    public Graph<String, LinkEdge> products() {
        return products;
    }

    public Graph<String, DefaultEdge> domains() {
        return domains;
    }

    /** Every link with the nodes its ends name, in the mesh's order. */
    public List<LinkEnds> links() {
        return links;
    }

    /** The well-formed links with their facts, in the mesh's order. */
    public List<FlowLink> flowLinks() {
        return flowLinks;
    }

    /** A directed JGraphT graph without the vertex-pair edge index, its maps sized for what it will hold. */
    private static final class Lean<E> extends AbstractBaseGraph<String, E> {
        private static final long serialVersionUID = 1L;

        Lean(GraphType type, Supplier<E> edges, int vertexCount, int edgeCount) {
            super(null, edges, type, new SizedStorage<>(vertexCount, edgeCount));
        }
    }

    /**
     * JGraphT's default storage for directed graphs (insertion-ordered maps, edge lists per
     * vertex), with the maps created at their final size: growing maps of 100,000 vertices
     * and 300,000 edges step by step cost a twentieth of a validation.
     */
    private record SizedStorage<E>(int vertexCount, int edgeCount) implements GraphSpecificsStrategy<String, E> {
        private static final long serialVersionUID = 1L;

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<String, E>> getIntrusiveEdgesSpecificsFactory() {
            return type -> new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity(edgeCount)));
        }

        @Override
        public BiFunction<Graph<String, E>, GraphType, Specifics<String, E>> getSpecificsFactory() {
            return (graph, type) -> new DirectedSpecifics<>(graph, new LinkedHashMap<>(capacity(vertexCount)),
                    getEdgeSetFactory());
        }

        private static int capacity(int entries) {
            return (int) (entries / 0.75f) + 1;
        }
    }
}
