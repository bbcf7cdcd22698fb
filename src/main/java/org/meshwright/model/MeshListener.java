package org.meshwright.model;

import java.util.List;

/**
 * Told of changes to a {@link Mesh}: once per change outside a batch, once per outermost
 * batch inside one, always on the thread that made the change.
 */
@FunctionalInterface
public interface MeshListener {

    void meshChanged(List<MeshChange> changes);
}
