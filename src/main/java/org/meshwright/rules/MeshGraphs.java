package org.meshwright.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
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
 * Vertices and edges are added in id order, so that every traversal, and so every message,
 * is the same whatever the order of the lists in the file.
 */
public final class MeshGraphs {

    private final Graph<String, LinkEdge> flow;
    private final Graph<String, LinkEdge> products;
    private final Graph<String, DefaultEdge> domains;
    private final List<Link> wellFormedLinks;

    MeshGraphs(Mesh mesh) {
        flow = GraphTypeBuilder.<String, LinkEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(false).buildGraph();
        products = GraphTypeBuilder.<String, LinkEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(false).buildGraph();
        domains = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(false)
                .allowingSelfLoops(false).edgeClass(DefaultEdge.class).weighted(false).buildGraph();

        List<MeshNode> nodes = new ArrayList<>(mesh.nodes());
        nodes.sort(Comparator.comparing(MeshNode::id));
        for (MeshNode node : nodes) {
            if (node.kind().isFlowNode()) {
                flow.addVertex(node.id());
            }
            if (node.kind() == NodeKind.DATA_PRODUCT) {
                products.addVertex(node.id());
            }
        }
        mesh.domains().stream().map(Domain::id).sorted().forEach(domains::addVertex);

        List<Link> links = new ArrayList<>();
        for (Link link : mesh.links()) {
            if (isWellFormed(mesh, link)) {
                links.add(link);
            }
        }
        links.sort(Comparator.comparing(Link::effectiveId));
        wellFormedLinks = List.copyOf(links);
        for (Link link : wellFormedLinks) {
            LinkEdge edge = new LinkEdge(link);
            flow.addEdge(link.from(), link.to(), edge);
            MeshNode from = mesh.node(link.from());
            MeshNode to = mesh.node(link.to());
            if (from.kind() == NodeKind.DATA_PRODUCT && to.kind() == NodeKind.DATA_PRODUCT) {
                products.addEdge(link.from(), link.to(), edge);
                String a = from.domain();
                String b = to.domain();
                if (a != null && b != null && !a.equals(b) && domains.containsVertex(a) && domains.containsVertex(b)) {
                    domains.addEdge(a, b);
                }
            }
        }
    }

    /** {@code from} is an existing data product or source system, {@code to} a data product or consumer. */
    static boolean isWellFormed(Mesh mesh, Link link) {
        MeshNode from = mesh.node(link.from());
        MeshNode to = mesh.node(link.to());
        return from != null && to != null && from.kind().canProvide() && to.kind().canConsume();
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

    /** The well-formed links, in effective-id order. */
    public List<Link> wellFormedLinks() {
        return wellFormedLinks;
    }
}
