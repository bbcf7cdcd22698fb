package org.meshwright.edit;

import java.util.List;
import java.util.Optional;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;

/**
 * One user edit of a {@link Mesh}, undoable. A command captures the state it changes when
 * it is made (see {@link Edits}), so it must be executed on the mesh it was made from, in
 * the state it was made in.
 *
 * <p>Invariant: {@link #revert} undoes {@link #apply} exactly, list positions and diagram
 * entries included, and {@code apply} after {@code revert} gives the same content again.
 * Commands are executed through a {@link CommandStack}, which brackets them in one mesh
 * batch so that views refresh once per edit.
 */
public interface Command {

    /** What the command does, for "Edit &gt; Undo <i>label</i>": "Move 3 elements", "Add data product". */
    String label();

    /** Makes the change; on failure the mesh is left as it was. */
    void apply(Mesh mesh);

    /** Undoes {@link #apply}; valid only right after it (or after a redo of it). */
    void revert(Mesh mesh);

    /** Whether applying would change nothing; the stack skips such commands. */
    default boolean isNoOp() {
        return false;
    }

    /**
     * This command followed by {@code next} as one command, where the two belong in one undo
     * step (consecutive nudges of the same selection); empty otherwise. Called only after
     * {@code next} has been applied right after this one.
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }

    /**
     * The elements the command creates, in order (e.g. the copies made by a paste), so that a
     * view can select them after {@link #apply}; empty for commands that create nothing.
     */
    default List<ElementRef> createdElements() {
        return List.of();
    }
}
