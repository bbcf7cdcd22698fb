package org.meshwright.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Ids;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;

/**
 * The steps that give a domain or node a new id and make every reference follow: nodes'
 * {@code domain}, domains' {@code platform}, links' {@code from}, {@code to} and
 * {@code via}, and the diagram entries under the id. Since domains and nodes share one id
 * space, any reference equal to the old id names the renamed element, so every such
 * reference is rewritten, whatever field it is in.
 */
final class Renaming {

    private Renaming() {
    }

    /** Throws a user-readable {@link IllegalArgumentException} unless {@code newId} may be given to an element. */
    static void requireUsableId(Mesh mesh, String newId) {
        if (!Ids.isValid(newId)) {
            throw new IllegalArgumentException("'" + newId + "' is not a valid id: use 1 to 63 lower-case letters,"
                    + " digits, '.', '_' and '-', starting and ending with a letter or digit");
        }
        if (mesh.isIdTaken(newId)) {
            throw new IllegalArgumentException("The id '" + newId + "' is already used by the "
                    + Labels.ofId(mesh, newId) + " '" + displayName(mesh, newId) + "'");
        }
    }

    static String displayName(Mesh mesh, String id) {
        Domain d = mesh.domain(id);
        if (d != null) {
            return d.displayName();
        }
        MeshNode n = mesh.node(id);
        return n != null ? n.displayName() : id;
    }

    /**
     * The steps of renaming {@code oldId} to {@code newId} (which must differ). The renamed
     * element becomes {@code domainAfter} or {@code nodeAfter} where given (a replace that
     * changes the id), else itself with the new id and its own references updated.
     */
    static List<Step> steps(Mesh mesh, String oldId, String newId, Domain domainAfter, MeshNode nodeAfter) {
        Domain domain = mesh.domain(oldId);
        MeshNode node = mesh.node(oldId);
        if (domain == null && node == null) {
            throw new IllegalArgumentException("There is no domain or node '" + oldId + "'");
        }
        requireUsableId(mesh, newId);

        List<Step> steps = new ArrayList<>();
        if (domain != null) {
            Domain after = domainAfter != null ? domainAfter : renamed(domain, oldId, newId).withId(newId);
            steps.add(new Step.ReplaceDomain(domain, after));
        } else {
            MeshNode after = nodeAfter != null ? nodeAfter : renamed(node, oldId, newId).toBuilder().id(newId).build();
            steps.add(new Step.ReplaceNode(node, after));
        }
        for (Domain d : mesh.domains()) {
            if (d != domain) {
                steps.add(new Step.ReplaceDomain(d, renamed(d, oldId, newId)));
            }
        }
        for (MeshNode n : mesh.nodes()) {
            if (n != node) {
                steps.add(new Step.ReplaceNode(n, renamed(n, oldId, newId)));
            }
        }
        steps.addAll(linkSteps(mesh, oldId, newId));

        Point position = mesh.diagram().position(oldId);
        steps.add(new Step.SetPosition(oldId, position, null));
        steps.add(new Step.SetPosition(newId, mesh.diagram().position(newId), position));
        Bounds bounds = mesh.diagram().bounds(oldId);
        steps.add(new Step.SetBounds(oldId, bounds, null));
        steps.add(new Step.SetBounds(newId, mesh.diagram().bounds(newId), bounds));
        return steps;
    }

    private static List<Step> linkSteps(Mesh mesh, String oldId, String newId) {
        List<Step> steps = new ArrayList<>();
        Map<String, Link> byNewId = new HashMap<>();
        for (Link l : mesh.links()) {
            Link after = renamed(l, oldId, newId);
            Link clash = byNewId.put(after.effectiveId(), after);
            if (clash != null) {
                throw new IllegalArgumentException("Renaming '" + oldId + "' to '" + newId
                        + "' would give two links the id '" + after.effectiveId() + "'");
            }
            steps.add(new Step.ReplaceLink(l, after));
        }
        return steps;
    }

    static Domain renamed(Domain d, String oldId, String newId) {
        return oldId.equals(d.platform()) ? d.withPlatform(newId) : d;
    }

    static MeshNode renamed(MeshNode n, String oldId, String newId) {
        return oldId.equals(n.domain()) ? n.toBuilder().domain(newId).build() : n;
    }

    static Link renamed(Link l, String oldId, String newId) {
        if (!oldId.equals(l.from()) && !oldId.equals(l.to()) && !l.via().contains(oldId)) {
            return l;
        }
        return l.toBuilder()
                .from(swap(l.from(), oldId, newId))
                .to(swap(l.to(), oldId, newId))
                .via(l.via().stream().map(v -> swap(v, oldId, newId)).toList())
                .build();
    }

    private static String swap(String value, String oldId, String newId) {
        return Objects.equals(value, oldId) ? newId : value;
    }
}
