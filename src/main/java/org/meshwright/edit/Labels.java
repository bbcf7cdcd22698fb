package org.meshwright.edit;

import java.util.Collection;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/** The words that command labels are made of: what an element is called in a menu. */
final class Labels {

    private Labels() {
    }

    /** "data product", "source system", ..., as a user says it. */
    static String of(NodeKind kind) {
        return switch (kind) {
            case DATA_PRODUCT -> "data product";
            case SOURCE_SYSTEM -> "source system";
            case CONSUMER -> "consumer";
            case HUB -> "hub";
            case PLATFORM -> "platform";
            case GOVERNANCE -> "governance service";
            case ANONYMIZER -> "anonymizer";
            case VIRTUALIZATION -> "virtualization service";
        };
    }

    /** What the domain or node with this id is called: "domain", "data product", ... */
    static String ofId(Mesh mesh, String id) {
        if (mesh.domain(id) != null) {
            return "domain";
        }
        MeshNode node = mesh.node(id);
        return node != null ? of(node.kind()) : "element";
    }

    /**
     * "{@code verb} {@code single}" for one element, "{@code verb} n elements" for several,
     * e.g. "Delete data product", "Delete 3 elements".
     */
    static String count(String verb, Collection<String> whats) {
        if (whats.size() == 1) {
            return verb + " " + whats.iterator().next();
        }
        return verb + " " + whats.size() + " elements";
    }
}
