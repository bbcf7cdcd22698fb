package org.meshwright.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meshwright.model.Bounds;
import org.meshwright.model.Mesh;
import org.meshwright.model.Point;

/**
 * What a layout decided: a new top-left corner for each node it placed and new bounds for each
 * declared domain it framed, in the units and conventions of the mesh's {@code layout} section.
 * Elements it leaves out keep what they had. Entries are in the mesh's order.
 *
 * @param positions node id to its new position
 * @param bounds    domain id to its new bounds
 */
public record LayoutResult(Map<String, Point> positions, Map<String, Bounds> bounds) {

    public LayoutResult {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    }

    /** Whether the layout moves nothing. */
    public boolean isEmpty() {
        return positions.isEmpty() && bounds.isEmpty();
    }

    /**
     * Writes the result into {@code mesh}'s diagram as one batch of changes. The editor goes
     * through its own undoable command instead; this is for headless callers.
     */
    public void applyTo(Mesh mesh) {
        mesh.batch(() -> {
            positions.forEach(mesh.diagram()::setPosition);
            bounds.forEach(mesh.diagram()::setBounds);
        });
    }
}
