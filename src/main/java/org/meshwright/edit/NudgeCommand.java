package org.meshwright.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meshwright.model.Bounds;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.Point;

/**
 * Arrow-key moves of a selection: node positions and domain bounds before and after. A nudge
 * merges with the next nudge of the same selection that starts where this one ends, so that
 * a run of key presses is one undo step.
 */
final class NudgeCommand implements Command {

    private final Set<ElementRef> selection;
    private final Map<String, Point> positionsBefore;
    private final Map<String, Point> positionsAfter;
    private final Map<String, Bounds> boundsBefore;
    private final Map<String, Bounds> boundsAfter;
    private final StepCommand steps;

    NudgeCommand(Set<ElementRef> selection, String label,
                 Map<String, Point> positionsBefore, Map<String, Point> positionsAfter,
                 Map<String, Bounds> boundsBefore, Map<String, Bounds> boundsAfter) {
        this.selection = Set.copyOf(selection);
        this.positionsBefore = frozen(positionsBefore);
        this.positionsAfter = frozen(positionsAfter);
        this.boundsBefore = frozen(boundsBefore);
        this.boundsAfter = frozen(boundsAfter);
        List<Step> list = new ArrayList<>();
        positionsBefore.forEach((id, p) -> list.add(new Step.SetPosition(id, p, positionsAfter.get(id))));
        boundsBefore.forEach((id, b) -> list.add(new Step.SetBounds(id, b, boundsAfter.get(id))));
        this.steps = new StepCommand(label, list);
    }

    @Override
    public String label() {
        return steps.label();
    }

    @Override
    public void apply(Mesh mesh) {
        steps.apply(mesh);
    }

    @Override
    public void revert(Mesh mesh) {
        steps.revert(mesh);
    }

    @Override
    public boolean isNoOp() {
        return steps.isNoOp();
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (next instanceof NudgeCommand n && n.selection.equals(selection)
                && n.positionsBefore.equals(positionsAfter) && n.boundsBefore.equals(boundsAfter)) {
            return Optional.of(new NudgeCommand(selection, n.label(),
                    positionsBefore, n.positionsAfter, boundsBefore, n.boundsAfter));
        }
        return Optional.empty();
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
