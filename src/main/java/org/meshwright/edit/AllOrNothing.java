package org.meshwright.edit;

import java.util.List;
import java.util.function.BiConsumer;
import org.meshwright.model.Mesh;

/**
 * Runs a sequence of changes all or not at all: where one fails, the ones already made are
 * taken back, so the mesh is left as it was, and the failure is passed on.
 */
final class AllOrNothing {

    private AllOrNothing() {
    }

    /** Applies {@code items} in order. */
    static <T> void apply(List<T> items, Mesh mesh, BiConsumer<T, Mesh> apply, BiConsumer<T, Mesh> revert) {
        int done = 0;
        try {
            for (T item : items) {
                apply.accept(item, mesh);
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) {
                revert.accept(items.get(i), mesh);
            }
            throw e;
        }
    }

    /** Reverts {@code items} in reverse order. */
    static <T> void revert(List<T> items, Mesh mesh, BiConsumer<T, Mesh> apply, BiConsumer<T, Mesh> revert) {
        int done = 0;
        try {
            for (int i = items.size() - 1; i >= 0; i--) {
                revert.accept(items.get(i), mesh);
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = items.size() - done; i < items.size(); i++) {
                apply.accept(items.get(i), mesh);
            }
            throw e;
        }
    }
}
