package org.meshwright.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.meshwright.model.Mesh;

/**
 * The undo and redo history of one {@link Mesh}. Every command runs inside one mesh batch,
 * so mesh listeners hear of an execute, undo or redo once. The history is bounded (the oldest
 * command is dropped) and keeps a saved mark: {@link #isDirty()} is the "unsaved changes"
 * flag, and undoing back to the saved state makes the mesh clean again. A command whose
 * saved state has been dropped from the history, or cleared from the redo list by a new
 * command, can never be reached again, so the stack stays dirty until the next
 * {@link #markSaved()}.
 *
 * <p>Consecutive commands may merge into one undo step (see {@link Command#mergeWith}),
 * but only right after the earlier one was executed and only if it is not the saved state.
 * Not thread-safe: use it on the thread that edits the mesh.
 */
public final class CommandStack {

    /** The number of undo steps kept unless told otherwise. */
    public static final int DEFAULT_LIMIT = 500;

    /** {@link #savedDepth} where the saved state can no longer be reached. */
    private static final int UNREACHABLE = -1;

    private final Mesh mesh;
    private final int limit;
    /** Executed commands, the most recent last. */
    private final Deque<Command> done = new ArrayDeque<>();
    /** Undone commands, the next to redo last. */
    private final Deque<Command> undone = new ArrayDeque<>();
    /** The number of commands done at the saved state, or {@link #UNREACHABLE}. */
    private int savedDepth;
    /** Whether the last thing that happened was an execute, so the top may merge with the next. */
    private boolean mayMerge;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public CommandStack(Mesh mesh) {
        this(mesh, DEFAULT_LIMIT);
    }

    /** A stack that keeps at most {@code limit} undo steps (at least one). */
    public CommandStack(Mesh mesh, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo limit must be at least 1: " + limit);
        }
        this.mesh = Objects.requireNonNull(mesh, "mesh");
        this.limit = limit;
    }

    public Mesh mesh() {
        return mesh;
    }

    public int limit() {
        return limit;
    }

    /**
     * Applies {@code command} and makes it the next undo step, merged with the previous one
     * where they merge; clears the redo list.
     *
     * @return false, with nothing done, where the command is a no-op
     */
    public boolean execute(Command command) {
        Objects.requireNonNull(command, "command");
        if (command.isNoOp()) {
            return false;
        }
        try (Mesh.Batch ignored = mesh.beginBatch()) {
            command.apply(mesh);
        }
        undone.clear();
        if (savedDepth > done.size()) {
            savedDepth = UNREACHABLE;
        }
        Optional<Command> merged = Optional.empty();
        if (mayMerge && !done.isEmpty() && savedDepth != done.size()) {
            merged = done.peekLast().mergeWith(command);
        }
        if (merged.isPresent()) {
            done.removeLast();
            if (!merged.get().isNoOp()) {
                done.addLast(merged.get());
            }
        } else {
            done.addLast(command);
            if (done.size() > limit) {
                done.removeFirst();
                savedDepth = savedDepth == UNREACHABLE || savedDepth == 0 ? UNREACHABLE : savedDepth - 1;
            }
        }
        mayMerge = true;
        fire();
        return true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Reverts the last command, in one mesh batch. */
    public void undo() {
        if (done.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Command command = done.peekLast();
        try (Mesh.Batch ignored = mesh.beginBatch()) {
            command.revert(mesh);
        }
        done.removeLast();
        undone.addLast(command);
        mayMerge = false;
        fire();
    }

    /** Applies the last undone command again, in one mesh batch. */
    public void redo() {
        if (undone.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Command command = undone.peekLast();
        try (Mesh.Batch ignored = mesh.beginBatch()) {
            command.apply(mesh);
        }
        undone.removeLast();
        done.addLast(command);
        mayMerge = false;
        fire();
    }

    /** The label of the command {@link #undo()} would revert. */
    public Optional<String> undoLabel() {
        return Optional.ofNullable(done.peekLast()).map(Command::label);
    }

    /** The label of the command {@link #redo()} would apply. */
    public Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peekLast()).map(Command::label);
    }

    /** Marks the present state as the saved one, e.g. after writing the file. */
    public void markSaved() {
        savedDepth = done.size();
        fire();
    }

    /** Whether the mesh differs from the saved state (as far as the history can tell). */
    public boolean isDirty() {
        return savedDepth != done.size();
    }

    /** Forgets the whole history and calls the present state saved, e.g. after opening a file. */
    public void clear() {
        done.clear();
        undone.clear();
        savedDepth = 0;
        mayMerge = false;
        fire();
    }

    /** The labels of the undo steps, the oldest first. */
    public List<String> undoLabels() {
        List<String> labels = new ArrayList<>();
        done.forEach(c -> labels.add(c.label()));
        return labels;
    }

    /** The number of steps that can be undone. */
    public int undoDepth() {
        return done.size();
    }

    /** The number of steps that can be redone. */
    public int redoDepth() {
        return undone.size();
    }

    /** Told, on the editing thread, after every execute, undo, redo, markSaved and clear. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
