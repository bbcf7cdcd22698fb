package org.meshwright.ui.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.model.Domain;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.ui.theme.KindStyle;

/**
 * One row of the mesh tree: a domain, a group of nodes without a (declared) domain, or a
 * node. {@code kind} is set for nodes only; {@code domainIndex} is the domain's place in
 * the mesh (for its colour), -1 for groups that are not declared domains.
 *
 * @param type        what the row stands for
 * @param id          the element's id; for groups, the undeclared domain id or empty
 * @param label       what the row says
 * @param detail      secondary text: a node's kind, a domain's node count
 * @param kind        a node's kind, else {@code null}
 * @param domainIndex a declared domain's index, else -1
 */
public record MeshTreeEntry(Type type, String id, String label, String detail, NodeKind kind, int domainIndex) {

    /** What a row of the tree stands for. */
    public enum Type { DOMAIN, UNDECLARED_DOMAIN, NO_DOMAIN, NODE }

    /** A top-level row with the nodes beneath it. */
    public record Branch(MeshTreeEntry entry, List<MeshTreeEntry> children) {
        public Branch {
            children = List.copyOf(children);
        }
    }

    /**
     * The rows of {@code mesh}: each declared domain (in mesh order) with its nodes, then a
     * group per domain id that nodes name but the mesh does not declare, then the nodes
     * without a domain under "No domain". Nodes keep the mesh's order.
     */
    public static List<Branch> branchesOf(Mesh mesh) {
        Map<String, List<MeshTreeEntry>> byDomain = new LinkedHashMap<>();
        mesh.domains().forEach(d -> byDomain.put(d.id(), new ArrayList<>()));
        List<MeshTreeEntry> homeless = new ArrayList<>();
        for (MeshNode node : mesh.nodes()) {
            MeshTreeEntry entry = new MeshTreeEntry(Type.NODE, node.id(), node.displayName(),
                    KindStyle.label(node.kind()), node.kind(), -1);
            if (node.domain() == null) {
                homeless.add(entry);
            } else {
                byDomain.computeIfAbsent(node.domain(), k -> new ArrayList<>()).add(entry);
            }
        }
        List<Branch> branches = new ArrayList<>();
        int index = 0;
        for (Domain domain : mesh.domains()) {
            List<MeshTreeEntry> children = byDomain.get(domain.id());
            branches.add(new Branch(new MeshTreeEntry(Type.DOMAIN, domain.id(), domain.displayName(),
                    count(children.size()), null, index++), children));
        }
        for (Map.Entry<String, List<MeshTreeEntry>> group : byDomain.entrySet()) {
            if (mesh.domain(group.getKey()) == null) {
                branches.add(new Branch(new MeshTreeEntry(Type.UNDECLARED_DOMAIN, group.getKey(),
                        group.getKey() + " (undeclared)", count(group.getValue().size()), null, -1), group.getValue()));
            }
        }
        if (!homeless.isEmpty()) {
            branches.add(new Branch(new MeshTreeEntry(Type.NO_DOMAIN, "", "No domain", count(homeless.size()), null, -1),
                    homeless));
        }
        return branches;
    }

    private static String count(int nodes) {
        return nodes == 1 ? "1 node" : nodes + " nodes";
    }
}
