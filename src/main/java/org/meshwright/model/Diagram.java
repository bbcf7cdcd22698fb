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

    private final Map<String, Point> positions = new LinkedHashMap<>();
    private final Map<String, Bounds> bounds = new LinkedHashMap<>();
    private Map<String, Object> extensions = Map.of();
    private final Consumer<MeshChange> changes;

    Diagram(Consumer<MeshChange> changes) {
        this.changes = changes;
    }

    /** Node id to position, in the order entries were made. */
    public Map<String, Point> positions() {
        return Collections.unmodifiableMap(positions);
    }

    /** Domain id to bounds, in the order entries were made. */
    public Map<String, Bounds> bounds() {
        return Collections.unmodifiableMap(bounds);
    }

    public Point position(String nodeId) {
        return positions.get(nodeId);
    }

    public Bounds bounds(String domainId) {
        return bounds.get(domainId);
    }

    /** Sets or, with {@code null}, clears a node's position. */
    public void setPosition(String nodeId, Point position) {
        Point before = position == null ? positions.remove(nodeId) : positions.put(nodeId, position);
        if (!java.util.Objects.equals(before, position)) {
            changes.accept(new MeshChange.PositionChanged(nodeId, before, position));
        }
    }

    /** Sets or, with {@code null}, clears a domain's bounds. */
    public void setBounds(String domainId, Bounds newBounds) {
        Bounds before = newBounds == null ? bounds.remove(domainId) : bounds.put(domainId, newBounds);
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
        positions.putAll(other.positions);
        bounds.putAll(other.bounds);
        extensions = other.extensions;
    }

    boolean contentEquals(Diagram other) {
        return positions.equals(other.positions) && bounds.equals(other.bounds)
                && extensions.equals(other.extensions);
    }
}
