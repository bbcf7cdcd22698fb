package org.meshwright.edit;

import java.util.List;
import java.util.Objects;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;

/**
 * A command made of elementary {@link Step}s, computed against the mesh when the command was
 * made: applies them in order, reverts them in reverse. Steps that change nothing are left
 * out, so the command is a no-op exactly when no step is left. Applying and reverting are
 * all or nothing: a failing step undoes the steps before it.
 */
class StepCommand implements Command {

    private final String label;
    private final List<Step> steps;
    private final List<ElementRef> created;

    StepCommand(String label, List<Step> steps) {
        this(label, steps, List.of());
    }

    StepCommand(String label, List<Step> steps, List<ElementRef> created) {
        this.label = Objects.requireNonNull(label, "label");
        this.steps = steps.stream().filter(s -> !s.isNoOp()).toList();
        this.created = List.copyOf(created);
    }

    List<Step> steps() {
        return steps;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Mesh mesh) {
        AllOrNothing.apply(steps, mesh, Step::apply, Step::revert);
    }

    @Override
    public void revert(Mesh mesh) {
        AllOrNothing.revert(steps, mesh, Step::apply, Step::revert);
    }

    @Override
    public boolean isNoOp() {
        return steps.isEmpty();
    }

    @Override
    public List<ElementRef> createdElements() {
        return created;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + label + ", " + steps.size() + " steps]";
    }
}
