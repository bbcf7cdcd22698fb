package org.meshwright.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.meshwright.io.FileWatch;
import org.meshwright.ui.editor.EditorViewModel;

/**
 * Watches the open file for changes made outside the app (a {@code git pull}, another
 * editor) and for its deletion, and asks what to do: reload it or keep the version in the
 * app. Before a save it checks that the file is still the one the app read, so a change it
 * has not shown is never overwritten silently.
 */
final class OutsideChanges {

    private final EditorViewModel editor;
    private final Window owner;
    private final java.util.function.Consumer<Path> reopen;
    private FileWatch watch;
    private boolean asking;

    OutsideChanges(EditorViewModel editor, Window owner, java.util.function.Consumer<Path> reopen) {
        this.editor = editor;
        this.owner = owner;
        this.reopen = reopen;
        editor.fileProperty().addListener((o, a, b) -> follow(b));
        editor.meshProperty().addListener((o, a, b) -> follow(editor.file()));
        follow(editor.file());
    }

    /** Watches {@code file} from now on, as the editor holds it (just opened, reloaded or saved). */
    private void follow(Path file) {
        if (watch != null && file != null && watch.file().equals(file.toAbsolutePath().normalize())) {
            acknowledgeWhatWasRead();
            return;
        }
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (file != null) {
            watch = new FileWatch(file, change -> Platform.runLater(() -> changed(change)));
            acknowledgeWhatWasRead();
            watch.start();
        }
    }

    /**
     * Tells the watch what the editor holds: what it read of the file when it has just opened
     * it (known without reading the file again), else the file as it is now, hashed in the
     * background.
     */
    private void acknowledgeWhatWasRead() {
        FileWatch.Read read = editor.fileRead();
        if (read == null) {
            acknowledgeInBackground();
        } else {
            // false when another file was just opened (the mesh changes before the file
            // does): this watch is replaced in a moment, hashing its file would be wasted
            watch.acknowledge(read);
        }
    }

    /**
     * The editor has just saved {@code written}: the file holds what the editor holds. Known
     * from the bytes written, not by reading the file back (a change another program made
     * right after the save would be taken for ours).
     */
    void saved(FileWatch.Read written) {
        if (watch != null) {
            watch.acknowledge(written);
        }
    }

    /**
     * Acknowledges the file just opened off the FX thread: hashing a 57 MB file takes a few
     * hundred milliseconds. Until it is done the watch reports nothing, as before a first look.
     */
    private void acknowledgeInBackground() {
        FileWatch current = watch;
        HASHING.execute(() -> {
            try {
                current.acknowledge();
            } catch (IOException e) {
                // the file cannot be read right now: the watch reports it on its next look
            }
        });
    }

    private static final java.util.concurrent.Executor HASHING = java.util.concurrent.Executors.newSingleThreadExecutor(
            org.meshwright.ui.editor.BackgroundThreads.named("meshwright-file-hash"));

    /** Checks now (for tests and after the window regains focus). */
    Optional<FileWatch.Change> checkNow() {
        return watch == null ? Optional.empty() : watch.checkNow();
    }

    /** True when saving overwrites nothing unseen, or the user agrees to overwrite. */
    boolean mayOverwrite() {
        if (watch == null || watch.isCurrent()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("File changed on disk");
        alert.setHeaderText(watch.file().getFileName() + " was changed by another program since you opened it.");
        alert.setContentText("Saving replaces those changes with your version. Save anyway, or cancel and"
                + " use File > Open to look at the file first?");
        ButtonType overwrite = new ButtonType("Save Anyway", ButtonBar.ButtonData.YES);
        alert.getButtonTypes().setAll(overwrite, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == overwrite;
    }

    private void changed(FileWatch.Change change) {
        if (asking || watch == null || !change.file().equals(watch.file()) || watch.isCurrent()) {
            return; // a stale report: the app has saved or reloaded since
        }
        asking = true;
        try {
            if (change.kind() == FileWatch.Kind.MODIFIED) {
                askReload(change.file());
            } else {
                tellDeleted(change.file());
            }
        } finally {
            asking = false;
        }
    }

    private void askReload(Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("File changed on disk");
        alert.setHeaderText(file.getFileName() + " was changed outside Meshwright.");
        alert.setContentText(editor.isDirty()
                ? "Reload it and lose your unsaved changes, or keep your version (saving it then replaces the"
                        + " other changes)?"
                : "Reload it to see the changes, or keep the version shown here?");
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep My Version", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(reload, keep);
        if (alert.showAndWait().orElse(keep) == reload) {
            reopen.accept(file);
        } else {
            watch.dismiss();
        }
    }

    private void tellDeleted(Path file) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("File deleted");
        alert.setHeaderText(file.getFileName() + " was deleted or moved outside Meshwright.");
        alert.setContentText("The mesh stays open here. Save (Ctrl+S) writes it to " + file
                + " again, or Save As chooses another place.");
        alert.showAndWait();
        watch.dismiss();
    }

    void close() {
        if (watch != null) {
            watch.close();
        }
    }
}
