package org.meshwright.layout;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an {@link AutoLayout} run does: its {@link LayoutScope scope}, the selected node and
 * domain ids where the scope is {@link LayoutScope#SELECTION}, and the {@link LayoutGeometry
 * sizes} to lay out with.
 *
 * @param scope     what may move
 * @param selection node and domain ids (only read for {@link LayoutScope#SELECTION}); ids that
 *                  name nothing are ignored
 * @param geometry  card sizes, grid and gaps
 */
public record LayoutOptions(LayoutScope scope, Set<String> selection, LayoutGeometry geometry) {

    public LayoutOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(geometry, "geometry");
        // sorted: the selection's iteration order never reaches the result
        selection = selection == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(selection));
    }

    /** The whole mesh, default sizes. */
    public static LayoutOptions wholeMesh() {
        return new LayoutOptions(LayoutScope.WHOLE_MESH, Set.of(), LayoutGeometry.defaults());
    }

    /** The selected nodes and domains, default sizes. */
    public static LayoutOptions selection(Set<String> ids) {
        return new LayoutOptions(LayoutScope.SELECTION, ids, LayoutGeometry.defaults());
    }

    /** Only the nodes without a position, default sizes. */
    public static LayoutOptions newNodes() {
        return new LayoutOptions(LayoutScope.NEW_NODES, Set.of(), LayoutGeometry.defaults());
    }

    public LayoutOptions withGeometry(LayoutGeometry newGeometry) {
        return new LayoutOptions(scope, selection, newGeometry);
    }
}
