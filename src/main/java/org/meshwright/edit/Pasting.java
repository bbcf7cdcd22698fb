package org.meshwright.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

/** Plans a paste (see {@link Edits#paste}): fresh ids, references re-pointed at the copies. */
final class Pasting {

    private final Mesh mesh;
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedLinkIds = new HashSet<>();
    private final Map<String, String> domainCopies = new HashMap<>();
    private final Map<String, String> nodeCopies = new HashMap<>();

    private Pasting(Mesh mesh) {
        this.mesh = mesh;
    }

    static Command plan(Mesh mesh, MeshClipboard.Content content, double dx, double dy) {
        return new Pasting(mesh).steps(content, dx, dy);
    }

    private Command steps(MeshClipboard.Content content, double dx, double dy) {
        for (Domain d : content.domains()) {
            domainCopies.putIfAbsent(d.id(), freshId(d.id()));
        }
        for (MeshNode n : content.nodes()) {
            nodeCopies.putIfAbsent(n.id(), freshId(n.id()));
        }
        List<Step> steps = new ArrayList<>();
        List<Step> geometry = new ArrayList<>();
        List<ElementRef> created = new ArrayList<>();
        List<String> named = new ArrayList<>();

        int index = mesh.domains().size();
        for (Domain d : content.domains()) {
            String id = domainCopies.get(d.id());
            Domain copy = d.withId(id).withPlatform(node(d.platform()));
            steps.add(new Step.AddDomain(index++, copy));
            Bounds b = content.bounds().get(d.id());
            geometry.add(new Step.SetBounds(id, mesh.diagram().bounds(id), b == null ? null : b.translate(dx, dy)));
            created.add(ElementRef.domain(id));
            named.add("domain");
        }
        index = mesh.nodes().size();
        for (MeshNode n : content.nodes()) {
            String id = nodeCopies.get(n.id());
            MeshNode copy = n.toBuilder().id(id).domain(domain(n.domain())).build();
            steps.add(new Step.AddNode(index++, copy));
            Point p = content.positions().get(n.id());
            geometry.add(new Step.SetPosition(id, mesh.diagram().position(id), p == null ? null : p.translate(dx, dy)));
            created.add(ElementRef.node(id));
            named.add(Labels.of(n.kind()));
        }
        index = mesh.links().size();
        for (Link l : content.links()) {
            Link copy = copyOf(l);
            usedLinkIds.add(copy.effectiveId());
            steps.add(new Step.AddLink(index++, copy));
            created.add(ElementRef.link(copy.effectiveId()));
            named.add("link");
        }
        steps.addAll(geometry);
        String label = named.isEmpty() ? "Paste" : Labels.count("Paste", named);
        return new StepCommand(label, steps, created);
    }

    private Link copyOf(Link l) {
        Link.Builder b = l.toBuilder()
                .from(node(l.from()))
                .to(node(l.to()))
                .via(l.via().stream().map(this::node).toList());
        if (l.id() != null) {
            b.id(UniqueIds.unique(l.id(), this::linkIdTaken));
        } else {
            Link plain = b.build();
            if (linkIdTaken(plain.effectiveId())) {
                // a second link between the same pair needs an id of its own
                b.id(UniqueIds.fromName(plain.from() + "-to-" + plain.to(), this::linkIdTaken));
            }
        }
        return b.build();
    }

    private String freshId(String wanted) {
        String id = UniqueIds.unique(wanted, x -> mesh.isIdTaken(x) || usedIds.contains(x));
        usedIds.add(id);
        return id;
    }

    private boolean linkIdTaken(String id) {
        return mesh.link(id) != null || usedLinkIds.contains(id);
    }

    /** The copy of a node where it was copied too, else the same reference. */
    private String node(String id) {
        return id == null ? null : nodeCopies.getOrDefault(id, id);
    }

    private String domain(String id) {
        return id == null ? null : domainCopies.getOrDefault(id, id);
    }
}
