package org.meshwright.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;

/**
 * Several commands as one undo step: applies its parts in order and reverts them in reverse
 * order. It is a no-op exactly when every part is (an empty compound is one). Each part must
 * have been made for the state the parts before it leave behind.
 */
public final class CompoundCommand implements Command {

    private final String label;
    private final List<Command> parts;

    public CompoundCommand(String label, List<Command> parts) {
        this.label = Objects.requireNonNull(label, "label");
        this.parts = List.copyOf(parts);
    }

    /** The parts, in the order they are applied. */
    public List<Command> parts() {
        return parts;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Mesh mesh) {
        AllOrNothing.apply(parts, mesh, Command::apply, Command::revert);
    }

    @Override
    public void revert(Mesh mesh) {
        AllOrNothing.revert(parts, mesh, Command::apply, Command::revert);
    }

    @Override
    public boolean isNoOp() {
        return parts.stream().allMatch(Command::isNoOp);
    }

    @Override
    public List<ElementRef> createdElements() {
        List<ElementRef> created = new ArrayList<>();
        parts.forEach(p -> created.addAll(p.createdElements()));
        return List.copyOf(created);
    }

    @Override
    public String toString() {
        return "CompoundCommand[" + label + ", " + parts.size() + " parts]";
    }
}
