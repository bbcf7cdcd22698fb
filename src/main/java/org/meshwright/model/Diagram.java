package org.meshwright.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The geometry of a mesh's diagram, kept apart from the model: a position per node id and
 * bounds per domain id. Ids need not name existing elements (a file may hold stale
 * entries; rule {@code reference-unknown} reports them). Changes are announced through the
 * owning {@link Mesh}'s listeners.
 */
public final class Diagram {

    private volatile Map<String, Point> positions = new LinkedHashMap<>();
    private volatile Map<String, Bounds> bounds = new LinkedHashMap<>();
    /**
     * In a fresh copy, until its first use: the ids and values of the copied maps, in
     * order (ids at even, values at odd indexes), from which the maps are built. Copying
     * two arrays is what the UI thread can afford on a large mesh; hashing is left to the
     * thread that uses the copy.
     */
    private volatile Object[] copiedPositions;
    private volatile Object[] copiedBounds;
    private Map<String, Object> extensions = Map.of();
    private final Consumer<MeshChange> changes;

    Diagram(Consumer<MeshChange> changes) {
        this.changes = changes;
    }

    /** Node id to position, in the order entries were made. */
    public Map<String, Point> positions() {
        return Collections.unmodifiableMap(positionsMap());
    }

    /** Domain id to bounds, in the order entries were made. */
    public Map<String, Bounds> bounds() {
        return Collections.unmodifiableMap(boundsMap());
    }

    public Point position(String nodeId) {
        return positionsMap().get(nodeId);
    }

    public Bounds bounds(String domainId) {
        return boundsMap().get(domainId);
    }

    /** Sets or, with {@code null}, clears a node's position. */
    public void setPosition(String nodeId, Point position) {
        Point before = position == null ? positionsMap().remove(nodeId) : positionsMap().put(nodeId, position);
        if (!java.util.Objects.equals(before, position)) {
            changes.accept(new MeshChange.PositionChanged(nodeId, before, position));
        }
    }

    /** Sets or, with {@code null}, clears a domain's bounds. */
    public void setBounds(String domainId, Bounds newBounds) {
        Bounds before = newBounds == null ? boundsMap().remove(domainId) : boundsMap().put(domainId, newBounds);
        if (!java.util.Objects.equals(before, newBounds)) {
            changes.accept(new MeshChange.BoundsChanged(domainId, before, newBounds));
        }
    }

    /** The {@code x-} fields of the {@code layout} section. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    public void setExtensions(Map<String, Object> newExtensions) {
        Map<String, Object> copy = Extensions.copyOf(newExtensions);
        if (!copy.equals(extensions)) {
            extensions = copy;
            changes.accept(new MeshChange.ExtensionsChanged("layout"));
        }
    }

    void copyFrom(Diagram other) {
        copiedPositions = flatten(other.positionsMap());
        copiedBounds = flatten(other.boundsMap());
        positions = null;
        bounds = null;
        extensions = other.extensions;
    }

    private static Object[] flatten(Map<String, ?> map) {
        Object[] flat = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            flat[i++] = e.getKey();
            flat[i++] = e.getValue();
        }
        return flat;
    }

    private Map<String, Point> positionsMap() {
        if (positions == null) {
            unflatten();
        }
        return positions;
    }

    private Map<String, Bounds> boundsMap() {
        if (bounds == null) {
            unflatten();
        }
        return bounds;
    }

    /** Builds the maps of a copy from its arrays, once, whichever thread gets there first. */
    private synchronized void unflatten() {
        if (positions != null) {
            return;
        }
        Map<String, Bounds> b = new LinkedHashMap<>(Mesh.capacity(copiedBounds.length / 2));
        for (int i = 0; i < copiedBounds.length; i += 2) {
            b.put((String) copiedBounds[i], (Bounds) copiedBounds[i + 1]);
        }
        Map<String, Point> p = new LinkedHashMap<>(Mesh.capacity(copiedPositions.length / 2));
        for (int i = 0; i < copiedPositions.length; i += 2) {
            p.put((String) copiedPositions[i], (Point) copiedPositions[i + 1]);
        }
        copiedPositions = null;
        copiedBounds = null;
        bounds = b;
        positions = p;
    }

    boolean contentEquals(Diagram other) {
        return positionsMap().equals(other.positionsMap()) && boundsMap().equals(other.boundsMap())
                && extensions.equals(other.extensions);
    }
}
