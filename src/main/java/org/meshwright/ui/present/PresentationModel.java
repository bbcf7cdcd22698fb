package org.meshwright.ui.present;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.meshwright.model.Archetype;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.rules.FlowLink;
import org.meshwright.rules.LinkEdge;
import org.meshwright.rules.RuleContext;

/**
 * The sequence a workshop facilitator steps through: the mesh built up column by column
 * in the order data flows (source systems, source-aligned, aggregate and consumer-aligned
 * products, consumers, then the shared services), then each domain in turn with the rest
 * dimmed, then the whole mesh. Also the lineage and impact spotlight of one node. Works
 * on a snapshot, so the editor's mesh is never touched.
 */
public final class PresentationModel {

    /**
     * One view of the presentation.
     *
     * @param title       what the step shows, for the caption
     * @param subtitle    a line of detail (counts, owner), may be empty
     * @param dimmed      elements drawn faint
     * @param highlighted elements drawn with a halo
     */
    public record Step(String title, String subtitle, Set<ElementRef> dimmed, Set<ElementRef> highlighted) {
        public Step {
            dimmed = Set.copyOf(dimmed);
            highlighted = Set.copyOf(highlighted);
        }
    }

    /** A column of the build-up: a name and which nodes belong to it. */
    private record Column(String title, Predicate<MeshNode> member) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Source systems", n -> n.kind() == NodeKind.SOURCE_SYSTEM),
            new Column("Source-aligned data products", n -> isProduct(n, Archetype.SOURCE_ALIGNED)),
            new Column("Aggregate data products", n -> n.kind() == NodeKind.DATA_PRODUCT
                    && n.archetype() != Archetype.SOURCE_ALIGNED && n.archetype() != Archetype.CONSUMER_ALIGNED),
            new Column("Consumer-aligned data products", n -> isProduct(n, Archetype.CONSUMER_ALIGNED)),
            new Column("Consumers", n -> n.kind() == NodeKind.CONSUMER),
            new Column("Hubs, platforms and governance", n -> !n.kind().isFlowNode()));

    private final Mesh mesh;
    private final Graph<String, LinkEdge> flow;
    private final List<Step> steps;

    /** Builds the sequence for a snapshot of {@code mesh}. */
    public PresentationModel(Mesh mesh) {
        this.mesh = mesh.copy();
        this.flow = new RuleContext(this.mesh).graphs().flow();
        this.steps = List.copyOf(buildSteps());
    }

    private static boolean isProduct(MeshNode n, Archetype archetype) {
        return n.kind() == NodeKind.DATA_PRODUCT && n.archetype() == archetype;
    }

    public Mesh mesh() {
        return mesh;
    }

    /** The steps, in order; never empty. */
    public List<Step> steps() {
        return steps;
    }

    private List<Step> buildSteps() {
        List<Step> result = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Column column : COLUMNS) {
            List<MeshNode> members = mesh.nodes().stream().filter(column.member()).toList();
            if (members.isEmpty()) {
                continue;
            }
            Set<String> current = new HashSet<>();
            members.forEach(n -> current.add(n.id()));
            shown.addAll(current);
            // A link appears once both its ends have; the hubs and services it passes appear with it.
            Set<String> lit = new HashSet<>(shown);
            Set<ElementRef> dimmed = new LinkedHashSet<>();
            for (Link l : mesh.links()) {
                if (shown.contains(l.from()) && shown.contains(l.to())) {
                    lit.addAll(l.via());
                } else {
                    dimmed.add(ElementRef.link(l.effectiveId()));
                }
            }
            for (MeshNode n : mesh.nodes()) {
                if (!lit.contains(n.id())) {
                    dimmed.add(ElementRef.node(n.id()));
                }
            }
            Set<ElementRef> highlighted = new LinkedHashSet<>();
            current.forEach(id -> highlighted.add(ElementRef.node(id)));
            result.add(new Step(column.title(), count(members.size(), "node"), dimmed, highlighted));
        }
        for (Domain domain : mesh.domains()) {
            result.add(domainStep(domain));
        }
        result.add(new Step(mesh.metadata().title() == null || mesh.metadata().title().isBlank()
                ? mesh.metadata().name() : mesh.metadata().title(),
                summary(), Set.of(), Set.of()));
        return result;
    }

    private Step domainStep(Domain domain) {
        Set<String> members = new HashSet<>();
        for (MeshNode n : mesh.nodes()) {
            if (domain.id().equals(n.domain())) {
                members.add(n.id());
            }
        }
        // The domain, its nodes, and the links that enter or leave it with their far ends for context.
        Set<String> lit = new HashSet<>(members);
        Set<String> litLinks = new HashSet<>();
        for (Link l : mesh.links()) {
            if (members.contains(l.from()) || members.contains(l.to())) {
                litLinks.add(l.effectiveId());
                lit.add(l.from());
                lit.add(l.to());
                lit.addAll(l.via());
            }
        }
        if (domain.platform() != null) {
            lit.add(domain.platform());
        }
        Set<ElementRef> dimmed = new LinkedHashSet<>();
        for (Domain other : mesh.domains()) {
            if (!other.id().equals(domain.id())) {
                dimmed.add(ElementRef.domain(other.id()));
            }
        }
        for (MeshNode n : mesh.nodes()) {
            if (!lit.contains(n.id())) {
                dimmed.add(ElementRef.node(n.id()));
            }
        }
        for (Link l : mesh.links()) {
            if (!litLinks.contains(l.effectiveId())) {
                dimmed.add(ElementRef.link(l.effectiveId()));
            }
        }
        String name = domain.displayName();
        String owner = domain.owner() == null || domain.owner().isBlank() ? "" : " \u00b7 owned by " + domain.owner();
        return new Step("Domain: " + name, count(members.size(), "node") + owner, dimmed,
                Set.of(ElementRef.domain(domain.id())));
    }

    /**
     * Lineage and impact of {@code nodeId}: everything upstream (where its data comes from)
     * and downstream (who depends on it) stays lit, the rest is dimmed.
     */
    public Step spotlight(String nodeId) {
        MeshNode node = mesh.node(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no node " + nodeId);
        }
        Set<String> upstream = reach(new EdgeReversedGraph<>(flow), nodeId);
        Set<String> downstream = reach(flow, nodeId);
        Set<String> lit = new HashSet<>(upstream);
        lit.addAll(downstream);
        lit.add(nodeId);
        Set<String> litLinks = new HashSet<>();
        for (LinkEdge edge : flow.edgeSet()) {
            FlowLink f = edge.facts();
            String from = f.from().id();
            String to = f.to().id();
            boolean onUpstreamPath = (upstream.contains(from) && (upstream.contains(to) || to.equals(nodeId)));
            boolean onDownstreamPath = (downstream.contains(to) && (downstream.contains(from) || from.equals(nodeId)));
            if (onUpstreamPath || onDownstreamPath) {
                litLinks.add(f.id());
                lit.addAll(f.link().via());
            }
        }
        Set<ElementRef> dimmed = new LinkedHashSet<>();
        for (MeshNode n : mesh.nodes()) {
            if (!lit.contains(n.id())) {
                dimmed.add(ElementRef.node(n.id()));
            }
        }
        for (Link l : mesh.links()) {
            if (!litLinks.contains(l.effectiveId())) {
                dimmed.add(ElementRef.link(l.effectiveId()));
            }
        }
        Set<ElementRef> highlighted = new LinkedHashSet<>();
        highlighted.add(ElementRef.node(nodeId));
        litLinks.forEach(id -> highlighted.add(ElementRef.link(id)));
        String name = node.displayName();
        return new Step("Lineage and impact: " + name,
                count(upstream.size(), "node") + " upstream \u00b7 " + count(downstream.size(), "node") + " downstream",
                dimmed, highlighted);
    }

    /** The nodes reachable from {@code start} in {@code graph}, without {@code start} itself. */
    private static Set<String> reach(Graph<String, LinkEdge> graph, String start) {
        Set<String> reached = new LinkedHashSet<>();
        if (!graph.containsVertex(start)) {
            return reached;
        }
        new BreadthFirstIterator<>(graph, start).forEachRemaining(reached::add);
        reached.remove(start);
        return reached;
    }

    private String summary() {
        return String.format(Locale.ROOT, "%s \u00b7 %s \u00b7 %s \u00b7 %s topology",
                count(mesh.domains().size(), "domain"), count(mesh.nodes().size(), "node"),
                count(mesh.links().size(), "link"), mesh.topology().keyword());
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
