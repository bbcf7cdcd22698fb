package org.meshwright.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
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
 * <li>the <b>product graph</b>: the flow graph restricted to data products;</li>
 * <li>the <b>domain graph</b>: the declared domains, an edge A→B for each cross-domain
 * link between data products of declared domains A and B.</li>
 * </ul>
 * The flow and product graphs keep the file's order (sorting 300,000 links cost more than
 * it bought); what depends on order is made independent of it where it is computed: the
 * domain graph's edges are added in id order, and {@link Cycles} walks each strongly
 * connected set in id order. The graphs skip JGraphT's index
 * of edges by vertex pair, which no rule needs and which costs most of the building time.
 */
public final class MeshGraphs {

    private final Graph<String, LinkEdge> flow;
    private final Graph<String, LinkEdge> products;
    private final Graph<String, DefaultEdge> domains;
    private final List<FlowLink> flowLinks;

    MeshGraphs(Mesh mesh) {
        flow = new Lean<>(DefaultGraphType.directedPseudograph(), null);
        products = new Lean<>(DefaultGraphType.directedPseudograph(), null);
        domains = new Lean<>(DefaultGraphType.directedSimple(), DefaultEdge::new);

        for (MeshNode node : mesh.nodes()) {
            if (node.kind().isFlowNode()) {
                flow.addVertex(node.id());
            }
            if (node.kind() == NodeKind.DATA_PRODUCT) {
                products.addVertex(node.id());
            }
        }
        mesh.domains().stream().map(Domain::id).sorted().forEach(domains::addVertex);

        List<FlowLink> links = new ArrayList<>(mesh.links().size());
        for (Link link : mesh.links()) {
            FlowLink facts = facts(mesh, link);
            if (facts != null) {
                links.add(facts);
            }
        }
        flowLinks = List.copyOf(links);
        java.util.SortedSet<String[]> domainEdges = new java.util.TreeSet<>(
                Comparator.<String[], String>comparing(e -> e[0]).thenComparing(e -> e[1]));
        for (FlowLink l : flowLinks) {
            LinkEdge edge = new LinkEdge(l);
            flow.addEdge(l.from().id(), l.to().id(), edge);
            if (l.from().kind() == NodeKind.DATA_PRODUCT && l.to().kind() == NodeKind.DATA_PRODUCT) {
                products.addEdge(l.from().id(), l.to().id(), edge);
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

    /** The facts of a well-formed link, or {@code null} for a link that is not well-formed. */
    private static FlowLink facts(Mesh mesh, Link link) {
        MeshNode from = mesh.node(link.from());
        MeshNode to = mesh.node(link.to());
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
        return new FlowLink(link, link.effectiveId(), from, to, cross, isProtected, List.copyOf(hubs));
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

    /** The well-formed links with their facts, in effective-id order. */
    public List<FlowLink> flowLinks() {
        return flowLinks;
    }

    /** A JGraphT graph without the vertex-pair edge index. */
    private static final class Lean<E> extends AbstractBaseGraph<String, E> {
        private static final long serialVersionUID = 1L;

        Lean(org.jgrapht.GraphType type, Supplier<E> edges) {
            super(null, edges, type, new DefaultGraphSpecificsStrategy<>());
        }
    }
}
