package org.meshwright.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;
import org.meshwright.model.Port;

/**
 * Plans the steps of deleting a selection, with what follows from it (see
 * {@link Edits#delete}). Removals run from the highest index down, so each keeps its
 * original index and a revert puts every element back in its place.
 */
final class Deletion {

    private final Mesh mesh;
    private final Set<String> domains = new LinkedHashSet<>();
    private final Set<String> nodes = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final Map<String, Set<String>> ports = new HashMap<>();
    private final Set<String> layoutNodes = new LinkedHashSet<>();
    private final Set<String> layoutDomains = new LinkedHashSet<>();
    /** What each deleted selected element is called, for the label. */
    private final Map<ElementRef, String> named = new LinkedHashMap<>();

    private Deletion(Mesh mesh) {
        this.mesh = mesh;
    }

    static Command plan(Mesh mesh, Collection<ElementRef> selection) {
        Deletion d = new Deletion(mesh);
        selection.forEach(d::select);
        return new StepCommand(d.named.isEmpty() ? "Delete" : Labels.count("Delete", d.named.values()), d.steps());
    }

    private void select(ElementRef ref) {
        String id = ref.id();
        switch (ref.kind()) {
            case DOMAIN -> {
                if (mesh.domain(id) != null && domains.add(id)) {
                    named.put(ref, "domain");
                }
            }
            case NODE -> {
                MeshNode n = mesh.node(id);
                if (n != null && nodes.add(id)) {
                    named.put(ref, Labels.of(n.kind()));
                }
            }
            case LINK -> {
                if (mesh.link(id) != null && links.add(id)) {
                    named.put(ref, "link");
                }
            }
            case PORT -> {
                int slash = id.indexOf('/');
                MeshNode n = slash < 0 ? null : mesh.node(id.substring(0, slash));
                String port = slash < 0 ? null : id.substring(slash + 1);
                if (n != null && n.port(port) != null
                        && ports.computeIfAbsent(n.id(), k -> new LinkedHashSet<>()).add(port)) {
                    named.put(ref, "output port");
                }
            }
            case LAYOUT_NODE -> {
                if (mesh.diagram().position(id) != null && layoutNodes.add(id)) {
                    named.put(ref, "layout entry");
                }
            }
            case LAYOUT_DOMAIN -> {
                if (mesh.diagram().bounds(id) != null && layoutDomains.add(id)) {
                    named.put(ref, "layout entry");
                }
            }
            case MESH -> throw new IllegalArgumentException("The mesh itself cannot be deleted");
        }
    }

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        List<Step> removals = new ArrayList<>();

        List<Link> allLinks = mesh.links();
        for (int i = allLinks.size() - 1; i >= 0; i--) {
            Link l = allLinks.get(i);
            if (links.contains(l.effectiveId()) || nodes.contains(l.from()) || nodes.contains(l.to())) {
                removals.add(new Step.RemoveLink(i, l));
            } else {
                steps.add(new Step.ReplaceLink(l, remaining(l)));
            }
        }
        steps.addAll(removals);
        removals.clear();

        List<MeshNode> allNodes = mesh.nodes();
        Map<String, Point> positions = new LinkedHashMap<>();
        for (int i = allNodes.size() - 1; i >= 0; i--) {
            MeshNode n = allNodes.get(i);
            if (nodes.contains(n.id())) {
                removals.add(new Step.RemoveNode(i, n));
                positions.put(n.id(), mesh.diagram().position(n.id()));
            } else {
                steps.add(new Step.ReplaceNode(n, remaining(n)));
            }
        }
        steps.addAll(removals);
        removals.clear();
        layoutNodes.forEach(id -> positions.put(id, mesh.diagram().position(id)));
        positions.forEach((id, p) -> steps.add(new Step.SetPosition(id, p, null)));

        List<Domain> allDomains = mesh.domains();
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        for (int i = allDomains.size() - 1; i >= 0; i--) {
            Domain d = allDomains.get(i);
            if (domains.contains(d.id())) {
                removals.add(new Step.RemoveDomain(i, d));
                bounds.put(d.id(), mesh.diagram().bounds(d.id()));
            } else if (nodes.contains(d.platform())) {
                steps.add(new Step.ReplaceDomain(d, d.withPlatform(null)));
            }
        }
        steps.addAll(removals);
        layoutDomains.forEach(id -> bounds.put(id, mesh.diagram().bounds(id)));
        bounds.forEach((id, b) -> steps.add(new Step.SetBounds(id, b, null)));
        return steps;
    }

    /** A link that stays: without the deleted nodes in its via, and without a deleted port. */
    private Link remaining(Link l) {
        Link.Builder b = l.toBuilder();
        if (l.via().stream().anyMatch(nodes::contains)) {
            b.via(l.via().stream().filter(v -> !nodes.contains(v)).toList());
        }
        if (l.fromPort() != null && ports.getOrDefault(l.from(), Set.of()).contains(l.fromPort())) {
            b.fromPort(null);
        }
        return b.build();
    }

    /** A node that stays: outside a deleted domain, without its deleted ports. */
    private MeshNode remaining(MeshNode n) {
        boolean leavesDomain = domains.contains(n.domain());
        Set<String> gone = ports.getOrDefault(n.id(), Set.of());
        if (!leavesDomain && gone.isEmpty()) {
            return n;
        }
        MeshNode.Builder b = n.toBuilder();
        if (leavesDomain) {
            b.domain(null);
        }
        if (!gone.isEmpty()) {
            List<Port> kept = n.outputPorts().stream().filter(p -> !gone.contains(p.id())).toList();
            b.outputPorts(kept);
        }
        return b.build();
    }
}
