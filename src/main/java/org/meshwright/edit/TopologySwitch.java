package org.meshwright.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.meshwright.model.Bounds;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

/**
 * Switches a mesh between the governed and harmonized topologies as one undoable step.
 * To governed: every cross-domain link (mesh-format.md: all links but those whose two
 * ends share a domain) that passes no hub is routed through the mesh's first hub, added
 * ("Central Hub", above the domains) where the mesh has none. To harmonized: hubs are
 * taken out of every link's {@code via}; the hub nodes themselves stay, so nothing the
 * user drew is lost. Any other topology change only sets the keyword.
 */
public final class TopologySwitch {

    /** The id a new hub gets (made unique where taken). */
    static final String HUB_ID = "central-hub";

    /**
     * What a switch would do.
     *
     * @param command the one undoable step
     * @param changes what it changes, for people, one line each (empty when only the keyword changes)
     */
    public record Plan(Command command, List<String> changes) {
        public Plan {
            changes = List.copyOf(changes);
        }
    }

    private TopologySwitch() {
    }

    /** Plans the switch of {@code mesh} to {@code target}; apply {@link Plan#command()} to carry it out. */
    public static Plan plan(Mesh mesh, Topology target) {
        Objects.requireNonNull(target, "target");
        List<Command> parts = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        parts.add(Edits.setTopology(mesh, target));
        if (target == Topology.GOVERNED) {
            toGoverned(mesh, parts, changes);
        } else if (target == Topology.HARMONIZED) {
            toHarmonized(mesh, parts, changes);
        }
        String label = "Switch to " + target.keyword() + " topology";
        return new Plan(new CompoundCommand(label, parts), changes);
    }

    private static void toGoverned(Mesh mesh, List<Command> parts, List<String> changes) {
        List<Link> unrouted = mesh.links().stream()
                .filter(l -> crossDomain(mesh, l) && l.via().stream().noneMatch(v -> isHub(mesh, v)))
                .toList();
        if (unrouted.isEmpty()) {
            return;
        }
        String hub = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.HUB).map(MeshNode::id)
                .findFirst().orElse(null);
        if (hub == null) {
            hub = UniqueIds.unique(HUB_ID, id -> mesh.node(id) != null || mesh.domain(id) != null);
            MeshNode node = MeshNode.builder(hub, NodeKind.HUB).name("Central Hub")
                    .description("Distributes every data product shared between domains (added by the switch to"
                            + " governed).")
                    .build();
            parts.add(Edits.addNode(mesh, node, abovePosition(mesh)));
            changes.add("added hub '" + hub + "'");
        }
        for (Link l : unrouted) {
            List<String> via = new ArrayList<>(l.via());
            via.add(hub);
            parts.add(Edits.replaceLink(mesh, l.effectiveId(), l.toBuilder().via(via).build()));
        }
        changes.add("routed " + count(unrouted.size()) + " through '" + hub + "'");
    }

    private static void toHarmonized(Mesh mesh, List<Command> parts, List<String> changes) {
        int routed = 0;
        for (Link l : mesh.links()) {
            List<String> via = l.via().stream().filter(v -> !isHub(mesh, v)).toList();
            if (via.size() != l.via().size()) {
                parts.add(Edits.replaceLink(mesh, l.effectiveId(), l.toBuilder().via(via).build()));
                routed++;
            }
        }
        if (routed > 0) {
            long hubs = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.HUB).count();
            changes.add("took the hub out of the route of " + count(routed));
            changes.add("kept " + hubs + (hubs == 1 ? " hub node" : " hub nodes") + "; delete "
                    + (hubs == 1 ? "it" : "them") + " if no longer needed");
        }
    }

    /** mesh-format.md: every link except one whose {@code from} and {@code to} both have the same domain. */
    static boolean crossDomain(Mesh mesh, Link l) {
        MeshNode from = mesh.node(l.from());
        MeshNode to = mesh.node(l.to());
        if (from == null || to == null) {
            return false; // a dangling link is reference-unknown's business, not the switch's
        }
        return from.domain() == null || to.domain() == null || !from.domain().equals(to.domain());
    }

    private static boolean isHub(Mesh mesh, String id) {
        MeshNode n = mesh.node(id);
        return n != null && n.kind() == NodeKind.HUB;
    }

    /** Centred above everything placed, so the new hub sits between the domains it serves. */
    private static Point abovePosition(Mesh mesh) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (Point p : mesh.diagram().positions().values()) {
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
        }
        for (Bounds b : mesh.diagram().bounds().values()) {
            minX = Math.min(minX, b.x());
            maxX = Math.max(maxX, b.x() + b.width());
            minY = Math.min(minY, b.y());
        }
        if (minX == Double.POSITIVE_INFINITY) {
            return null; // nothing placed: the scene places the hub with the rest
        }
        double x = Math.round(((minX + maxX) / 2 - 90) / 20) * 20.0;
        double y = Math.round((minY - 120) / 20) * 20.0;
        return new Point(x, y);
    }

    private static String count(int links) {
        return links + (links == 1 ? " cross-domain link" : " cross-domain links");
    }
}
