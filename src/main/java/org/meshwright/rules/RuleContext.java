package org.meshwright.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.BreadthFirstIterator;
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
    private java.util.Map<NodeKind, List<MeshNode>> byKind;

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

    /**
     * Nodes of one kind, in the mesh's order (sorting 60,000 data products by id took a
     * twentieth of a validation, and only a message listing nodes needs an order).
     */
    public List<MeshNode> nodesOfKind(NodeKind kind) {
        if (byKind == null) {
            byKind = new java.util.EnumMap<>(NodeKind.class);
            for (NodeKind k : NodeKind.values()) {
                byKind.put(k, new ArrayList<>());
            }
            for (MeshNode node : mesh.nodes()) {
                byKind.get(node.kind()).add(node);
            }
        }
        return java.util.Collections.unmodifiableList(byKind.get(kind));
    }

    /** Every link with the nodes its ends name, in the mesh's order. */
    public List<LinkEnds> links() {
        return graphs.links();
    }

    /** The well-formed links with their facts, in the mesh's order. */
    public List<FlowLink> flowLinks() {
        return graphs.flowLinks();
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
        // Personal data stops at protected links and at de-identified products. Masking the
        // links into those products hides the products as well as masking them would (the
        // sources carry pii, so none is one), and tells from the edge alone, without a lookup.
        var taintGraph = new MaskSubgraph<>(graphs.flow(), v -> false,
                e -> e.facts().protectedLink() || stopsPersonalData(e.facts().to()));
        new BreadthFirstIterator<>(taintGraph, sources).forEachRemaining(result::add);
        return result;
    }

    private static boolean stopsPersonalData(MeshNode node) {
        return node.deidentified() && !node.pii();
    }

    /** The ids reachable along the flow graph from any of {@code starts}, starts included. */
    public Set<String> reachableFrom(Iterable<String> starts) {
        Set<String> result = new HashSet<>(graphs.flow().vertexSet().size() * 4 / 3 + 1);
        if (starts.iterator().hasNext()) {
            new BreadthFirstIterator<>(graphs.flow(), starts).forEachRemaining(result::add);
        }
        return result;
    }
}
