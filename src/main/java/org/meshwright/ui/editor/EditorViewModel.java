package org.meshwright.ui.editor;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.meshwright.edit.Command;
import org.meshwright.edit.CommandStack;
import org.meshwright.io.FileWatch;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.io.yaml.ReadError;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshListener;
import org.meshwright.rules.Finding;

/**
 * The state of the editor as properties: the open mesh and its file, its undo stack, the
 * selection, the live findings, the title (with the unsaved-changes mark) and the status.
 * Opening, creating and saving go through here. Needs no window: tests drive it directly.
 */
public final class EditorViewModel {

    static final String APP_NAME = "Meshwright";

    /** The outcome of {@link #open(Path)}. */
    public sealed interface OpenResult {
        record Opened(Path file) implements OpenResult {
        }

        record Failed(Path file, List<ReadError> errors) implements OpenResult {
            public List<String> lines() {
                return errors.stream().map(ReadError::format).toList();
            }
        }
    }

    /** The outcome of {@link #save()} and {@link #saveAs(Path)}. */
    public sealed interface SaveResult {
        /** Saved to {@code file}; {@code written} is what it now holds, for the file watch. */
        record Saved(Path file, FileWatch.Read written) implements SaveResult {
        }

        /** The mesh has no file yet: ask the user where to save it. */
        record NeedsFile() implements SaveResult {
        }

        /** Nothing was written over the file; {@code message} says why and what to do. */
        record Failed(Path file, String message) implements SaveResult {
        }
    }

    private final MeshReader reader = new MeshReader();
    private final BackgroundGate background;
    /** Runs a task once the window has drawn its next frames; see {@link #setFrameScheduler}. */
    private java.util.function.Consumer<Runnable> afterFrames;
    private final Executor ui;
    /** Counts background opens, so that only the newest one's result is taken. */
    private long opens;
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    /**
     * From this many nodes on a mesh is large: work derived from it (its scene, its
     * inspector) is done in the background or on a later turn of the FX thread, so that no
     * single turn freezes the window.
     */
    public static final int LARGE_MESH_NODES = 2_000;

    private Mesh snapshot;
    private Mesh snapshotOf;
    /** What was read of the open file, while the editor holds just that; see {@link #fileRead()}. */
    private FileWatch.Read fileRead;
    private final MeshWriter writer = new MeshWriter();
    private final ValidationService validation;
    private final RecentFiles recentFiles;

    private final ReadOnlyObjectWrapper<Mesh> mesh = new ReadOnlyObjectWrapper<>(this, "mesh");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<CommandStack> commands = new ReadOnlyObjectWrapper<>(this, "commands");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ValidationService.Result> lastValidation =
            new ReadOnlyObjectWrapper<>(this, "lastValidation");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    // One wrapper for everyone: listeners on an unmodifiable view are held weakly by it.
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final Selection selection = new Selection();
    private final MeshListener meshListener = this::meshChanged;
    private final Runnable stackListener = this::refreshTitle;
    /** The open mesh was restored from a recovery file: unsaved until saved, whatever the undo stack says. */
    private boolean restoredUnsaved;

    public EditorViewModel(Executor background, Executor ui, RecentFiles recentFiles) {
        this.background = new BackgroundGate(background);
        this.validation = new ValidationService(this.background, ui);
        this.afterFrames = ui::execute;
        this.ui = ui;
        this.recentFiles = Objects.requireNonNull(recentFiles);
        setMesh(null, null);
    }

    // ---- documents ---------------------------------------------------------------------

    /** Reads {@code path}; on success it replaces the open mesh (the caller asked about unsaved changes). */
    public OpenResult open(Path path) {
        opens++; // an open in the background that is still reading has been overtaken
        opening.set(false);
        try {
            return opened(path, load(path, false));
        } catch (MeshReadException e) {
            return failed(path, e);
        }
    }

    /** A file read: the document, what was read (to recognise the file later) and, maybe, a first snapshot. */
    private record Loaded(MeshDocument document, FileWatch.Read read, Mesh snapshot) {
    }

    private Loaded load(Path path, boolean withSnapshot) throws MeshReadException {
        BasicFileAttributes before = null;
        try {
            before = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            // the reader says what is wrong with the file
        }
        byte[] bytes = reader.readBytes(path);
        MeshDocument document = reader.read(bytes, path.toString());
        FileWatch.Read read = before == null ? null : FileWatch.Read.of(path, before, bytes);
        return new Loaded(document, read, withSnapshot ? document.mesh().copy() : null);
    }

    /**
     * Reads {@code path} on a thread of its own, then, on the UI executor, makes it the open
     * mesh and tells {@code done}: a large file takes seconds to read, which must not freeze
     * the window. A later open overtakes one still reading (its result is dropped).
     */
    public void openInBackground(Path path, java.util.function.Consumer<OpenResult> done) {
        long ticket = ++opens;
        opening.set(true);
        status.set("Opening " + path.getFileName() + "\u2026");
        BackgroundThreads.start("meshwright-open", () -> {
            Loaded document = null;
            MeshReadException error = null;
            try {
                // the first snapshot (for validation, the scene and autosave) is copied here
                // too, not on the FX thread
                document = load(path, true);
            } catch (MeshReadException e) {
                error = e;
            } catch (RuntimeException | OutOfMemoryError e) {
                error = new MeshReadException(new ReadError(path.toString(), 0, 0, "cannot read the file ("
                        + e.getClass().getSimpleName() + "); it may be too large for the memory Meshwright has"));
            }
            Loaded read = document;
            MeshReadException failure = error;
            ui.execute(() -> {
                if (ticket != opens) {
                    return;
                }
                opening.set(false);
                done.accept(read != null ? opened(path, read) : failed(path, failure));
            });
        });
    }

    /**
     * The thread validations run on. Other work derived from the mesh (the canvas's scene of
     * a large mesh) queues there too, after the validation of the same edit, so the two
     * never compete for the processor and findings come first.
     */
    public Executor background() {
        return background;
    }

    /**
     * A read-only copy of the open mesh as it is now, for work off the FX thread
     * (validation, the canvas's scene, autosave): one copy per state of the mesh, shared by
     * all who ask until the mesh changes. A copy builds its maps on first use, under a
     * lock, so threads may share it; nobody may change it. {@code null} without a mesh.
     */
    public Mesh snapshot() {
        Mesh current = mesh.get();
        if (current == null) {
            return null;
        }
        if (snapshot == null || snapshotOf != current) {
            snapshot = current.copy();
            snapshotOf = current;
        }
        return snapshot;
    }

    /**
     * How to run a task once the window has drawn its next few frames (the application
     * counts pulses); without one, on the next turn of the UI executor.
     */
    public void setFrameScheduler(java.util.function.Consumer<Runnable> afterNextFrames) {
        this.afterFrames = Objects.requireNonNull(afterNextFrames);
    }

    /**
     * Holds the background work not started yet (validation, scene building) while the FX
     * thread puts a large mesh on screen; any thread. Ended by {@link #releaseBackgroundAfterFrames()},
     * and after a second whatever happens.
     */
    public void holdBackground() {
        background.hold();
    }

    /** Ends a {@link #holdBackground()} once the window has drawn its next frames; on the FX thread. */
    public void releaseBackgroundAfterFrames() {
        afterFrames.accept(background::release);
    }

    /** Whether a file is being read in the background. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /**
     * What was read of the open file when it was opened, if it was opened from it and not
     * saved since: the file watch acknowledges it without reading the file again.
     */
    public FileWatch.Read fileRead() {
        return fileRead;
    }

    private OpenResult opened(Path path, Loaded loaded) {
        Mesh opened = loaded.document().mesh();
        if (loaded.snapshot() != null) {
            snapshot = loaded.snapshot();
            snapshotOf = opened;
        }
        fileRead = loaded.read();
        boolean large = opened.nodes().size() >= LARGE_MESH_NODES;
        if (large) {
            holdBackground(); // the window first: validating and drawing it wait a few frames
        }
        setMesh(opened, path);
        if (large) {
            releaseBackgroundAfterFrames();
        }
        recentFiles.add(path);
        status.set("Opened " + path.getFileName());
        return new OpenResult.Opened(path);
    }

    private OpenResult failed(Path path, MeshReadException e) {
        int n = e.errors().size();
        status.set("Could not open " + path.getFileName() + ": " + (n == 1 ? "1 error" : n + " errors"));
        return new OpenResult.Failed(path, e.errors());
    }

    /**
     * Opens a mesh recovered after a crash as the document of {@code originalFile} (null for
     * one never saved), with unsaved changes: nothing is written until the user saves.
     */
    public void restore(Mesh recovered, Path originalFile) {
        fileRead = null;
        setMesh(recovered, originalFile);
        restoredUnsaved = true;
        refreshTitle();
        status.set("Restored unsaved changes" + (originalFile == null ? "" : " to " + originalFile.getFileName())
                + "; save to keep them");
    }

    /** Makes {@code newMesh} the open mesh, without a file. */
    public void newMesh(Mesh newMesh) {
        fileRead = null;
        setMesh(newMesh, null);
        status.set("New " + newMesh.topology().keyword() + " mesh");
    }

    public SaveResult save() {
        Path target = file.get();
        return target == null ? new SaveResult.NeedsFile() : saveAs(target);
    }

    public SaveResult saveAs(Path target) {
        Mesh current = mesh.get();
        if (current == null) {
            return new SaveResult.Failed(target, "There is no mesh to save.");
        }
        byte[] written;
        try {
            written = writer.save(current, target);
        } catch (NoSuchFileException e) {
            return failed(target, "the folder does not exist. Choose another folder.");
        } catch (AccessDeniedException e) {
            return failed(target, "permission denied. Save to a folder you may write to.");
        } catch (IOException e) {
            return failed(target, (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ". Check the disk (space, permissions) and try again.");
        }
        fileRead = null;
        file.set(target);
        restoredUnsaved = false;
        commands.get().markSaved();
        recentFiles.add(target);
        status.set("Saved " + target.getFileName());
        refreshTitle();
        return new SaveResult.Saved(target, FileWatch.Read.saved(target, written));
    }

    private SaveResult failed(Path target, String reason) {
        String message = "Could not save " + target.getFileName() + ": " + reason + " The file on disk is unchanged.";
        status.set(message);
        return new SaveResult.Failed(target, message);
    }

    private void setMesh(Mesh newMesh, Path newFile) {
        Mesh old = mesh.get();
        if (old != null) {
            old.removeListener(meshListener);
        }
        if (commands.get() != null) {
            commands.get().removeListener(stackListener);
        }
        selection.clear();
        findings.clear();
        restoredUnsaved = false;
        mesh.set(newMesh);
        file.set(newFile);
        if (newMesh != null) {
            CommandStack stack = new CommandStack(newMesh);
            stack.addListener(stackListener);
            commands.set(stack);
            newMesh.addListener(meshListener);
            revalidate();
        } else {
            commands.set(null);
        }
        refreshTitle();
    }

    // ---- editing -----------------------------------------------------------------------

    /** Runs {@code command} as one undoable step; false where it would change nothing. */
    public boolean execute(Command command) {
        return commands.get() != null && commands.get().execute(command);
    }

    public void undo() {
        if (commands.get() != null && commands.get().canUndo()) {
            commands.get().undo();
        }
    }

    public void redo() {
        if (commands.get() != null && commands.get().canRedo()) {
            commands.get().redo();
        }
    }

    private void meshChanged(List<org.meshwright.model.MeshChange> changes) {
        snapshot = null;
        Mesh current = mesh.get();
        selection.retain(ref -> exists(current, ref));
        if (!movesOnly(changes)) {
            revalidate();
        }
    }

    /**
     * Whether the changes only move placed nodes and domains: no rule reads coordinates, and
     * the layout's ids stay the same, so the findings cannot change (and a drag on a large
     * mesh does not cost a validation).
     */
    static boolean movesOnly(List<org.meshwright.model.MeshChange> changes) {
        for (org.meshwright.model.MeshChange change : changes) {
            boolean move = change instanceof org.meshwright.model.MeshChange.PositionChanged p
                    && p.before() != null && p.after() != null
                    || change instanceof org.meshwright.model.MeshChange.BoundsChanged b
                    && b.before() != null && b.after() != null;
            if (!move) {
                return false;
            }
        }
        return !changes.isEmpty();
    }

    static boolean exists(Mesh mesh, ElementRef ref) {
        return switch (ref.kind()) {
            case DOMAIN -> mesh.domain(ref.id()) != null;
            case NODE -> mesh.node(ref.id()) != null;
            case LINK -> mesh.link(ref.id()) != null;
            default -> ref.kind() == ElementKind.MESH;
        };
    }

    private void revalidate() {
        Mesh current = mesh.get();
        if (current != null) {
            validation.request(snapshot(), result -> {
                if (mesh.get() == current) {
                    findings.setAll(result.findings());
                    lastValidation.set(result);
                }
            });
        }
    }

    private void refreshTitle() {
        Mesh current = mesh.get();
        boolean unsaved = commands.get() != null && (commands.get().isDirty() || restoredUnsaved);
        dirty.set(unsaved);
        if (current == null) {
            title.set(APP_NAME);
            return;
        }
        String name = file.get() == null ? "Untitled" : String.valueOf(file.get().getFileName());
        title.set((unsaved ? "\u2022 " : "") + name + " \u2014 " + current.metadata().displayTitle() + " \u2014 " + APP_NAME);
    }

    // ---- properties --------------------------------------------------------------------

    public ReadOnlyObjectProperty<Mesh> meshProperty() {
        return mesh.getReadOnlyProperty();
    }

    public Mesh mesh() {
        return mesh.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<CommandStack> commandsProperty() {
        return commands.getReadOnlyProperty();
    }

    public CommandStack commands() {
        return commands.get();
    }

    /** Whether the open mesh has changes that are not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** The latest findings, sorted as the catalogue says; replaced after each validation. */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ReadOnlyObjectProperty<ValidationService.Result> lastValidationProperty() {
        return lastValidation.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }
}
