package org.meshwright.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Metadata;
import org.meshwright.model.Point;
import org.meshwright.model.Policies;
import org.meshwright.model.Topology;

/**
 * Makes the commands of every user edit. Each factory reads the state it changes from the
 * mesh when it is called, so execute the command right away, on that mesh, before making
 * the next one. A factory refuses an edit the model would refuse (a taken id, an element
 * that does not exist) with an {@link IllegalArgumentException} whose message can be shown
 * to the user as it is; the mesh is not touched until the command is executed.
 *
 * <p>Diagram entries are part of an element: an element that is added gets exactly the
 * geometry given (a stale layout entry under its id is cleared), and one that is removed
 * takes its geometry with it, to bring it back on undo.
 */
public final class Edits {

    private Edits() {
    }

    // ---- adding ----------------------------------------------------------------------------

    /** Adds {@code d} after the last domain, with these bounds ({@code null}: drawn around its nodes). */
    public static Command addDomain(Mesh mesh, Domain d, Bounds boundsOrNull) {
        requireFree(mesh, d.id());
        return new StepCommand("Add domain", List.of(
                new Step.AddDomain(mesh.domains().size(), d),
                new Step.SetBounds(d.id(), mesh.diagram().bounds(d.id()), boundsOrNull)),
                List.of(ElementRef.domain(d.id())));
    }

    /** Adds {@code n} after the last node, at this position ({@code null}: placed by the app). */
    public static Command addNode(Mesh mesh, MeshNode n, Point positionOrNull) {
        requireFree(mesh, n.id());
        return new StepCommand("Add " + Labels.of(n.kind()), List.of(
                new Step.AddNode(mesh.nodes().size(), n),
                new Step.SetPosition(n.id(), mesh.diagram().position(n.id()), positionOrNull)),
                List.of(ElementRef.node(n.id())));
    }

    /** Adds {@code l} after the last link; its ends need not exist (rule {@code reference-unknown} says so). */
    public static Command addLink(Mesh mesh, Link l) {
        String id = l.effectiveId();
        if (mesh.link(id) != null) {
            throw new IllegalArgumentException(l.id() == null
                    ? "There is already a link from '" + l.from() + "' to '" + l.to()
                            + "': give the new link an id of its own"
                    : "The link id '" + id + "' is already used");
        }
        return new StepCommand("Add link", List.of(new Step.AddLink(mesh.links().size(), l)),
                List.of(ElementRef.link(id)));
    }

    // ---- replacing -------------------------------------------------------------------------

    /** Puts {@code newValue} in the place of domain {@code id}, labelled "Change domain"; see {@link #replaceDomain(Mesh, String, Domain, String)}. */
    public static Command replaceDomain(Mesh mesh, String id, Domain newValue) {
        return replaceDomain(mesh, id, newValue, "Change domain");
    }

    /**
     * Puts {@code newValue} in the place of domain {@code id}, with a label of the caller's
     * ("Change owner"). A new id is a rename: every reference follows, as in {@link #renameId}.
     */
    public static Command replaceDomain(Mesh mesh, String id, Domain newValue, String label) {
        Domain old = mesh.domain(id);
        if (old == null) {
            throw new IllegalArgumentException("There is no domain '" + id + "'");
        }
        Objects.requireNonNull(newValue, "newValue");
        if (newValue.id().equals(id)) {
            return new StepCommand(label, List.of(new Step.ReplaceDomain(old, newValue)));
        }
        return new StepCommand(label, Renaming.steps(mesh, id, newValue.id(), newValue, null));
    }

    /** Puts {@code newValue} in the place of node {@code id}, labelled "Change data product" (or its kind). */
    public static Command replaceNode(Mesh mesh, String id, MeshNode newValue) {
        MeshNode old = requireNode(mesh, id);
        return replaceNode(mesh, id, newValue, "Change " + Labels.of(old.kind()));
    }

    /**
     * Puts {@code newValue} in the place of node {@code id}, with a label of the caller's. A
     * new id is a rename: every reference follows, as in {@link #renameId}.
     */
    public static Command replaceNode(Mesh mesh, String id, MeshNode newValue, String label) {
        MeshNode old = requireNode(mesh, id);
        Objects.requireNonNull(newValue, "newValue");
        if (newValue.id().equals(id)) {
            return new StepCommand(label, List.of(new Step.ReplaceNode(old, newValue)));
        }
        return new StepCommand(label, Renaming.steps(mesh, id, newValue.id(), null, newValue));
    }

    /** Puts {@code newValue} in the place of the link {@code effectiveId}, labelled "Change link". */
    public static Command replaceLink(Mesh mesh, String effectiveId, Link newValue) {
        return replaceLink(mesh, effectiveId, newValue, "Change link");
    }

    /**
     * Puts {@code newValue} in the place of the link {@code effectiveId}, with a label of the
     * caller's. Nothing refers to links, so a new effective id changes nothing else; it must
     * not be another link's.
     */
    public static Command replaceLink(Mesh mesh, String effectiveId, Link newValue, String label) {
        Link old = mesh.link(effectiveId);
        if (old == null) {
            throw new IllegalArgumentException("There is no link '" + effectiveId + "'");
        }
        String newId = newValue.effectiveId();
        if (!newId.equals(effectiveId) && mesh.link(newId) != null) {
            throw new IllegalArgumentException(newValue.id() == null
                    ? "There is already a link from '" + newValue.from() + "' to '" + newValue.to() + "'"
                    : "The link id '" + newId + "' is already used");
        }
        return new StepCommand(label, List.of(new Step.ReplaceLink(old, newValue)));
    }

    /**
     * Gives the domain or node {@code oldId} the id {@code newId}, and makes every reference
     * follow: nodes' {@code domain}, domains' {@code platform}, links' {@code from}, {@code to}
     * and {@code via} (a link without an explicit id changes its effective id with them), and
     * the diagram's position and bounds under the id. Renaming to the same id is a no-op.
     *
     * @throws IllegalArgumentException with a message for the user, where there is no such
     *         element, {@code newId} is not a valid id or already names a domain or node, or
     *         the rename would give two links the same effective id
     */
    public static Command renameId(Mesh mesh, String oldId, String newId) {
        if (!mesh.isIdTaken(oldId)) {
            throw new IllegalArgumentException("There is no domain or node '" + oldId + "'");
        }
        String label = "Rename " + Labels.ofId(mesh, oldId);
        if (oldId.equals(newId)) {
            return new StepCommand(label, List.of());
        }
        return new StepCommand(label, Renaming.steps(mesh, oldId, newId, null, null));
    }

    // ---- deleting --------------------------------------------------------------------------

    /**
     * Deletes domains, nodes and links, with what depends on them:
     * <ul>
     * <li>a node takes along the links from or to it, leaves the {@code via} of the other
     *     links, stops being the {@code platform} of the domains that named it, and takes its
     *     position along;</li>
     * <li>a domain takes its bounds along but <em>not</em> its nodes: they stay, without a
     *     domain ({@code domain} set to {@code null});</li>
     * <li>an output port ({@code PRODUCT/PORT}) leaves its product and the {@code fromPort}
     *     of the links that read it; a layout entry ({@code LAYOUT_NODE}, {@code LAYOUT_DOMAIN},
     *     e.g. a stale one) is cleared.</li>
     * </ul>
     * References to elements that do not exist are ignored. Undo puts every element back at
     * its original list index, with its geometry.
     *
     * @throws IllegalArgumentException for {@link ElementRef#MESH}
     */
    public static Command delete(Mesh mesh, Collection<ElementRef> elements) {
        return Deletion.plan(mesh, elements);
    }

    // ---- moving ----------------------------------------------------------------------------

    /**
     * Moves nodes and domain boxes to new places: one command for a whole drag, labelled
     * "Move n elements" (or "Move data product", "Move domain" for one). A {@code null} value
     * clears the entry. Entries already at their place are left out.
     *
     * @throws IllegalArgumentException where an id names no node (positions) or domain (bounds)
     */
    public static Command move(Mesh mesh, Map<String, Point> newNodePositions, Map<String, Bounds> newDomainBounds) {
        List<Step> steps = new ArrayList<>();
        List<String> named = new ArrayList<>();
        newNodePositions.forEach((id, p) -> {
            MeshNode n = requireNode(mesh, id);
            Step step = new Step.SetPosition(id, mesh.diagram().position(id), p);
            if (!step.isNoOp()) {
                steps.add(step);
                named.add(Labels.of(n.kind()));
            }
        });
        newDomainBounds.forEach((id, b) -> {
            requireDomain(mesh, id);
            Step step = new Step.SetBounds(id, mesh.diagram().bounds(id), b);
            if (!step.isNoOp()) {
                steps.add(step);
                named.add("domain");
            }
        });
        return new StepCommand(named.isEmpty() ? "Move" : Labels.count("Move", named), steps);
    }

    /**
     * Moves a selection by ({@code dx}, {@code dy}), as the arrow keys do. A selected domain
     * moves its bounds and the nodes in it (each node once, selected or not); nodes without a
     * position, domains without bounds and references to other elements are skipped. The
     * command merges with the next nudge of the same selection into one undo step.
     */
    public static Command nudge(Mesh mesh, Collection<ElementRef> selection, double dx, double dy) {
        Set<String> nodeIds = new LinkedHashSet<>();
        Set<String> domainIds = new LinkedHashSet<>();
        for (ElementRef ref : selection) {
            if (ref.kind() == ElementKind.NODE && mesh.node(ref.id()) != null) {
                nodeIds.add(ref.id());
            } else if (ref.kind() == ElementKind.DOMAIN && mesh.domain(ref.id()) != null) {
                domainIds.add(ref.id());
            }
        }
        for (MeshNode n : mesh.nodes()) {
            if (n.domain() != null && domainIds.contains(n.domain())) {
                nodeIds.add(n.id());
            }
        }
        Map<String, Point> positionsBefore = new LinkedHashMap<>();
        Map<String, Point> positionsAfter = new LinkedHashMap<>();
        for (String id : nodeIds) {
            Point p = mesh.diagram().position(id);
            if (p != null) {
                positionsBefore.put(id, p);
                positionsAfter.put(id, p.translate(dx, dy));
            }
        }
        Map<String, Bounds> boundsBefore = new LinkedHashMap<>();
        Map<String, Bounds> boundsAfter = new LinkedHashMap<>();
        for (String id : domainIds) {
            Bounds b = mesh.diagram().bounds(id);
            if (b != null) {
                boundsBefore.put(id, b);
                boundsAfter.put(id, b.translate(dx, dy));
            }
        }
        int count = positionsBefore.size() + boundsBefore.size();
        String label = count == 1 ? "Move " + (boundsBefore.isEmpty()
                ? Labels.of(mesh.node(positionsBefore.keySet().iterator().next()).kind()) : "domain")
                : count == 0 ? "Move" : "Move " + count + " elements";
        return new NudgeCommand(Set.copyOf(selection), label, positionsBefore, positionsAfter,
                boundsBefore, boundsAfter);
    }

    /**
     * Drops nodes into a domain ({@code null}: out of every domain) and gives them new
     * positions, in one step. Positions may be given for any node; an empty map keeps them.
     *
     * @throws IllegalArgumentException where a node or the domain does not exist
     */
    public static Command moveToDomain(Mesh mesh, Collection<String> nodeIds, String domainIdOrNull,
                                       Map<String, Point> newPositions) {
        String label = domainIdOrNull == null ? "Remove from domain"
                : "Move to domain " + requireDomain(mesh, domainIdOrNull).displayName();
        List<Step> steps = new ArrayList<>();
        for (String id : new LinkedHashSet<>(nodeIds)) {
            MeshNode n = requireNode(mesh, id);
            steps.add(new Step.ReplaceNode(n, n.toBuilder().domain(domainIdOrNull).build()));
        }
        newPositions.forEach((id, p) -> {
            requireNode(mesh, id);
            steps.add(new Step.SetPosition(id, mesh.diagram().position(id), p));
        });
        return new StepCommand(label, steps);
    }

    // ---- the mesh as a whole ---------------------------------------------------------------

    /** Sets the topology, labelled "Change topology". */
    public static Command setTopology(Mesh mesh, Topology t) {
        return new StepCommand("Change topology",
                List.of(new Step.SetTopology(mesh.topology(), Objects.requireNonNull(t, "topology"))));
    }

    /** Sets the metadata (name, title, description, owner), labelled "Change mesh details". */
    public static Command setMetadata(Mesh mesh, Metadata m) {
        return new StepCommand("Change mesh details",
                List.of(new Step.SetMetadata(mesh.metadata(), Objects.requireNonNull(m, "metadata"))));
    }

    /** Sets the governance policies (rule severities), labelled "Change policies". */
    public static Command setPolicies(Mesh mesh, Policies p) {
        return new StepCommand("Change policies",
                List.of(new Step.SetPolicies(mesh.policies(), Objects.requireNonNull(p, "policies"))));
    }

    // ---- paste -----------------------------------------------------------------------------

    /**
     * Adds copies of the content after the last elements of their lists. Domain and node ids
     * that are taken get a suffix ({@code orders-2}, {@code orders-3}, ...; still valid ids);
     * references among the copies ({@code domain}, {@code platform}, {@code from}, {@code to},
     * {@code via}) point at the copies, other references stay as they were (a copied node
     * stays in its domain where that was not copied). A link whose id would be taken gets a
     * fresh explicit id. Positions and bounds are offset by ({@code dx}, {@code dy}).
     * {@link Command#createdElements()} lists the copies, to select them.
     */
    public static Command paste(Mesh mesh, MeshClipboard.Content content, double dx, double dy) {
        return Pasting.plan(mesh, content, dx, dy);
    }

    // ---- checks ----------------------------------------------------------------------------

    private static void requireFree(Mesh mesh, String id) {
        if (mesh.isIdTaken(id)) {
            throw new IllegalArgumentException("The id '" + id + "' is already used by the "
                    + Labels.ofId(mesh, id) + " '" + Renaming.displayName(mesh, id) + "'");
        }
    }

    private static MeshNode requireNode(Mesh mesh, String id) {
        MeshNode n = mesh.node(id);
        if (n == null) {
            throw new IllegalArgumentException("There is no node '" + id + "'");
        }
        return n;
    }

    private static Domain requireDomain(Mesh mesh, String id) {
        Domain d = mesh.domain(id);
        if (d == null) {
            throw new IllegalArgumentException("There is no domain '" + id + "'");
        }
        return d;
    }
}
