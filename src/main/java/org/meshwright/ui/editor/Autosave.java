package org.meshwright.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.meshwright.io.RecoveryStore;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshListener;

/**
 * Writes the open document's unsaved changes to the {@link RecoveryStore}, never over the
 * user's file. Call {@link #tick()} regularly (the window does every few seconds): a tick
 * writes a snapshot when the document has unsaved changes made since the last write, on the
 * background executor. When the document is saved (or its changes are undone back to the
 * saved state, or discarded on close) its recovery entry is deleted.
 */
public final class Autosave {

    private final EditorViewModel editor;
    private final RecoveryStore store;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper lastProblem = new ReadOnlyStringWrapper("");
    private final MeshListener listener = changes -> changed = true;
    private final AtomicBoolean writing = new AtomicBoolean();
    private Mesh watched;
    private RecoveryStore.Key key;
    private boolean changed;
    private long writes;

    /**
     * @param background where entries are written (never the FX thread: a large mesh takes a moment)
     * @param ui         where the outcome of a write is reported
     */
    public Autosave(EditorViewModel editor, RecoveryStore store, Executor background, Executor ui) {
        this.editor = Objects.requireNonNull(editor);
        this.store = Objects.requireNonNull(store);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        editor.meshProperty().addListener((o, a, b) -> follow(b));
        editor.fileProperty().addListener((o, was, now) -> {
            // Save As moved the document: its old entry belongs to nothing any more.
            if (was != null || now != null) {
                discard(key);
                key = keyOf(now);
            }
        });
        editor.dirtyProperty().addListener((o, was, dirty) -> {
            if (dirty) {
                changed = true; // a restored document, or the first edit since the last save
            } else {
                discard(key);
                changed = false;
            }
        });
        follow(editor.mesh());
    }

    private void follow(Mesh mesh) {
        if (watched != null) {
            watched.removeListener(listener);
        }
        watched = mesh;
        changed = false;
        key = mesh == null ? null : keyOf(editor.file());
        if (mesh != null) {
            mesh.addListener(listener);
            // a restored document is unsaved from the start: keep its entry current
            changed = editor.isDirty();
        }
    }

    private RecoveryStore.Key keyOf(Path file) {
        if (file != null) {
            return RecoveryStore.Key.of(file);
        }
        String name = watched == null ? "untitled" : watched.metadata().name();
        return RecoveryStore.Key.untitled(name == null || name.isBlank() ? "untitled" : name);
    }

    /** Writes a snapshot if there are unsaved changes since the last write; call on the FX thread. */
    public void tick() {
        Mesh mesh = editor.mesh();
        if (mesh == null || !changed || !editor.isDirty() || !writing.compareAndSet(false, true)) {
            return;
        }
        changed = false;
        Mesh snapshot = editor.snapshot();
        RecoveryStore.Key target = key;
        background.execute(() -> {
            String problem = "";
            try {
                store.save(target, snapshot);
            } catch (IOException | RuntimeException e) {
                problem = "Could not write the recovery copy to " + store.folder() + ": " + e.getMessage()
                        + ". Save your work with Ctrl+S.";
            }
            String outcome = problem;
            ui.execute(() -> {
                writing.set(false);
                writes++;
                lastProblem.set(outcome);
                if (!outcome.isEmpty()) {
                    changed = true; // try again on the next tick
                }
            });
        });
    }

    /** The user closed the document without saving, on purpose: its entry goes too. */
    public void discardCurrent() {
        discard(key);
    }

    private void discard(RecoveryStore.Key which) {
        if (which == null) {
            return;
        }
        background.execute(() -> {
            try {
                store.find(which).ifPresent(entry -> {
                    try {
                        store.discard(entry);
                    } catch (IOException e) {
                        ui.execute(() -> lastProblem.set("Could not delete the recovery copy " + entry.meshFile()
                                + ": " + e.getMessage()));
                    }
                });
            } catch (IOException e) {
                ui.execute(() -> lastProblem.set("Could not read the recovery folder " + store.folder() + ": "
                        + e.getMessage()));
            }
        });
    }

    /** The writes done so far (for tests and the benchmark). */
    public long writes() {
        return writes;
    }

    /** Why the last write failed, for a person; empty when it worked. */
    public ReadOnlyStringProperty lastProblemProperty() {
        return lastProblem.getReadOnlyProperty();
    }
}
