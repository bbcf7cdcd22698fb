package org.meshwright.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/**
 * What the rules of one validation run share: the mesh, its {@link MeshGraphs}, and the
 * derived terms of the format (cross-domain, protected, carries personal data), each
 * computed at most once. Not thread-safe; one context per run.
 */
public final class RuleContext {

    private final Mesh mesh;
    private final MeshGraphs graphs;
    private Set<String> carriers;

    public RuleContext(Mesh mesh) {
        this.mesh = mesh;
        this.graphs = new MeshGraphs(mesh);
    }

    public Mesh mesh() {
        return mesh;
    }

    public MeshGraphs graphs() {
        return graphs;
    }

    /** The node with this id, or {@code null}. */
    public MeshNode node(String id) {
        return mesh.node(id);
    }

    /** Nodes of one kind, in id order. */
    public List<MeshNode> nodesOfKind(NodeKind kind) {
        List<MeshNode> result = new ArrayList<>();
        for (MeshNode node : mesh.nodes()) {
            if (node.kind() == kind) {
                result.add(node);
            }
        }
        result.sort(java.util.Comparator.comparing(MeshNode::id));
        return result;
    }

    /**
     * Every link except one whose {@code from} and {@code to} both have a domain and it is the
     * same one; a link to or from a node without a domain is cross-domain.
     */
    public boolean isCrossDomain(Link link) {
        MeshNode from = mesh.node(link.from());
        MeshNode to = mesh.node(link.to());
        String a = from == null ? null : from.domain();
        String b = to == null ? null : to.domain();
        return a == null || b == null || !a.equals(b);
    }

    /** The existing hub nodes in a link's {@code via}, in via order, without repeats. */
    public List<String> hubsOf(Link link) {
        List<String> hubs = new ArrayList<>();
        for (String id : link.via()) {
            MeshNode node = mesh.node(id);
            if (node != null && node.kind() == NodeKind.HUB && !hubs.contains(id)) {
                hubs.add(id);
            }
        }
        return hubs;
    }

    /** {@code anonymized: true}, or an anonymizer node anywhere in {@code via}. */
    public boolean isProtected(Link link) {
        if (link.anonymized()) {
            return true;
        }
        for (String id : link.via()) {
            MeshNode node = mesh.node(id);
            if (node != null && node.kind() == NodeKind.ANONYMIZER) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the node carries personal data: it has {@code pii: true}, or it is not
     * de-identified and an unprotected well-formed link reaches it from a node that carries
     * personal data. The least fixed point, computed as reachability from the
     * {@code pii: true} nodes, so a cycle without a source carries nothing.
     */
    public boolean carriesPersonalData(String nodeId) {
        if (carriers == null) {
            carriers = computeCarriers();
        }
        return carriers.contains(nodeId);
    }

    private Set<String> computeCarriers() {
        Set<String> sources = new TreeSet<>();
        for (MeshNode node : mesh.nodes()) {
            if (node.pii() && graphs.flow().containsVertex(node.id())) {
                sources.add(node.id());
            }
        }
        Set<String> result = new HashSet<>();
        if (sources.isEmpty()) {
            return result;
        }
        var taintGraph = new MaskSubgraph<>(graphs.flow(),
                v -> {
                    MeshNode n = mesh.node(v);
                    return n.deidentified() && !n.pii();
                },
                e -> isProtected(e.link()));
        new BreadthFirstIterator<>(taintGraph, sources).forEachRemaining(result::add);
        return result;
    }

    /** The ids reachable along the flow graph from any of {@code starts}, starts included. */
    public Set<String> reachableFrom(Iterable<String> starts) {
        Set<String> result = new HashSet<>();
        if (starts.iterator().hasNext()) {
            new BreadthFirstIterator<>(graphs.flow(), starts).forEachRemaining(result::add);
        }
        return result;
    }
}
