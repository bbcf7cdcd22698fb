package org.meshwright.edit;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;

/**
 * Copying a selection out of a mesh as plain data, for {@link Edits#paste}. It holds no
 * reference to the mesh and knows nothing of the system clipboard; the view decides where
 * the content is kept.
 */
public final class MeshClipboard {

    private MeshClipboard() {
    }

    /**
     * Copied elements, in the order of the mesh they came from, with their diagram geometry.
     * Immutable; {@code positions} are keyed by node id, {@code bounds} by domain id.
     */
    public record Content(List<Domain> domains, List<MeshNode> nodes, List<Link> links,
                          Map<String, Point> positions, Map<String, Bounds> bounds) {

        public static final Content EMPTY = new Content(List.of(), List.of(), List.of(), Map.of(), Map.of());

        public Content {
            domains = domains == null ? List.of() : List.copyOf(domains);
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
            links = links == null ? List.of() : List.copyOf(links);
            positions = frozen(positions);
            bounds = frozen(bounds);
        }

        /** Whether there is no element to paste. */
        public boolean isEmpty() {
            return domains.isEmpty() && nodes.isEmpty() && links.isEmpty();
        }

        /** The number of elements to paste. */
        public int size() {
            return domains.size() + nodes.size() + links.size();
        }

        private static <V> Map<String, V> frozen(Map<String, V> map) {
            if (map == null || map.isEmpty()) {
                return Map.of();
            }
            Map<String, V> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (k == null || v == null) {
                    throw new IllegalArgumentException("no null keys or values in clipboard geometry");
                }
                copy.put(k, v);
            });
            return Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Copies the selected domains and nodes, the nodes of the selected domains, and the links
     * whose two ends are both copied (selected or not; a selected link whose ends are not both
     * copied is left out, since a paste could not connect it). Other kinds of reference and
     * ids that name nothing are ignored.
     */
    public static Content copy(Mesh mesh, Collection<ElementRef> selection) {
        Set<String> domainIds = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        for (ElementRef ref : selection) {
            if (ref.kind() == ElementKind.DOMAIN && mesh.domain(ref.id()) != null) {
                domainIds.add(ref.id());
            } else if (ref.kind() == ElementKind.NODE && mesh.node(ref.id()) != null) {
                nodeIds.add(ref.id());
            }
        }
        List<Domain> domains = mesh.domains().stream().filter(d -> domainIds.contains(d.id())).toList();
        List<MeshNode> nodes = mesh.nodes().stream()
                .filter(n -> nodeIds.contains(n.id()) || (n.domain() != null && domainIds.contains(n.domain())))
                .toList();
        Set<String> copied = new HashSet<>();
        nodes.forEach(n -> copied.add(n.id()));
        List<Link> links = mesh.links().stream()
                .filter(l -> copied.contains(l.from()) && copied.contains(l.to()))
                .toList();

        Map<String, Point> positions = new LinkedHashMap<>();
        for (MeshNode n : nodes) {
            Point p = mesh.diagram().position(n.id());
            if (p != null) {
                positions.put(n.id(), p);
            }
        }
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        for (Domain d : domains) {
            Bounds b = mesh.diagram().bounds(d.id());
            if (b != null) {
                bounds.put(d.id(), b);
            }
        }
        return new Content(domains, nodes, links, positions, bounds);
    }
}
