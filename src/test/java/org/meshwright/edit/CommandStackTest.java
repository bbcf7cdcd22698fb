package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshChange;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

class CommandStackTest {

    private final Mesh mesh = EditFixtures.sample();
    private final CommandStack stack = new CommandStack(mesh);
    private final List<ElementRef> orders = List.of(ElementRef.node("orders"));

    private Command addDomain(String id) {
        return Edits.addDomain(mesh, new Domain(id), null);
    }

    private Point ordersAt() {
        return mesh.diagram().position("orders");
    }

    @Test
    void aNewStackIsCleanWithNothingToUndoOrRedo() {
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.undoLabel()).isEmpty();
        assertThat(stack.redoLabel()).isEmpty();
        assertThat(stack.limit()).isEqualTo(500);
        assertThatThrownBy(stack::undo).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(stack::redo).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        Mesh start = mesh.copy();
        stack.execute(addDomain("a"));
        Mesh afterA = mesh.copy();
        stack.execute(Edits.setTopology(mesh, Topology.FEDERATED));
        Mesh end = mesh.copy();

        assertThat(stack.undoLabel()).contains("Change topology");
        stack.undo();
        assertThat(mesh.contentEquals(afterA)).isTrue();
        assertThat(stack.redoLabel()).contains("Change topology");
        assertThat(stack.undoLabel()).contains("Add domain");
        stack.undo();
        assertThat(mesh.contentEquals(start)).isTrue();
        assertThat(stack.canUndo()).isFalse();

        stack.redo();
        stack.redo();
        assertThat(mesh.contentEquals(end)).isTrue();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.undoLabels()).containsExactly("Add domain", "Change topology");
    }

    @Test
    void noOpsAreSkipped() {
        assertThat(stack.execute(Edits.setTopology(mesh, mesh.topology()))).isFalse();

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aNewCommandClearsRedo() {
        stack.execute(addDomain("a"));
        stack.undo();

        stack.execute(addDomain("b"));

        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.undoLabels()).hasSize(1);
        assertThat(mesh.domain("a")).isNull();
    }

    @Test
    void theOldestCommandIsDroppedAtTheLimit() {
        CommandStack small = new CommandStack(mesh, 3);
        for (String id : List.of("a", "b", "c", "d", "e")) {
            small.execute(addDomain(id));
        }

        assertThat(small.undoDepth()).isEqualTo(3);
        small.undo();
        small.undo();
        small.undo();
        assertThat(small.canUndo()).isFalse();
        assertThat(mesh.domain("b")).isNotNull();
        assertThat(mesh.domain("c")).isNull();
        assertThatThrownBy(() -> new CommandStack(mesh, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSavedMarkIsTheDirtyFlag() {
        stack.execute(addDomain("a"));
        assertThat(stack.isDirty()).isTrue();

        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();

        stack.execute(addDomain("b"));
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).as("undone back to the saved state").isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void undoingBackToTheOpenedFileIsClean() {
        stack.execute(addDomain("a"));
        stack.execute(addDomain("b"));
        stack.undo();
        stack.undo();

        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aSavedStateClearedFromRedoCanNeverBeReached() {
        stack.execute(addDomain("a"));
        stack.markSaved();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();

        stack.execute(addDomain("b"));
        stack.undo();

        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void aSavedStateDroppedAtTheLimitLeavesTheStackDirty() {
        CommandStack small = new CommandStack(mesh, 2);
        small.execute(addDomain("a"));
        small.markSaved();
        small.execute(addDomain("b"));
        small.execute(addDomain("c"));
        assertThat(small.isDirty()).isTrue();
        small.undo();
        small.undo();
        assertThat(small.isDirty()).as("state 'a' is back but 'saved' was only one step below b").isFalse();

        small.redo();
        small.redo();
        small.execute(addDomain("d")); // drops the step that led from the saved state
        small.undo();
        small.undo();

        assertThat(small.canUndo()).isFalse();
        assertThat(small.isDirty()).isTrue();
    }

    @Test
    void clearForgetsTheHistoryAndIsClean() {
        stack.execute(addDomain("a"));
        stack.execute(addDomain("b"));
        stack.undo();

        stack.clear();

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void twoNudgesOfTheSameSelectionAreOneUndoStep() {
        Point start = ordersAt();
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        stack.execute(Edits.nudge(mesh, orders, 0, 1));

        assertThat(ordersAt()).isEqualTo(start.translate(2, 1));
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Move data product");
        stack.undo();
        assertThat(ordersAt()).isEqualTo(start);
        stack.redo();
        assertThat(ordersAt()).isEqualTo(start.translate(2, 1));
    }

    @Test
    void nudgesOfDifferentSelectionsAreSeparateSteps() {
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        stack.execute(Edits.nudge(mesh, List.of(ElementRef.node("hub")), 1, 0));
        stack.execute(Edits.nudge(mesh, orders, 1, 0));

        assertThat(stack.undoDepth()).isEqualTo(3);
    }

    @Test
    void anotherCommandInBetweenKeepsNudgesApart() {
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        stack.execute(Edits.setTopology(mesh, Topology.FEDERATED));
        stack.execute(Edits.nudge(mesh, orders, 1, 0));

        assertThat(stack.undoDepth()).isEqualTo(3);
    }

    @Test
    void aNudgeAfterAnUndoOrRedoIsASeparateStep() {
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        stack.execute(Edits.nudge(mesh, List.of(ElementRef.node("hub")), 1, 0));
        stack.undo();
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        assertThat(stack.undoDepth()).isEqualTo(2);

        stack.undo();
        stack.redo();
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        assertThat(stack.undoDepth()).isEqualTo(3);
    }

    @Test
    void aNudgeDoesNotMergeIntoTheSavedState() {
        Point start = ordersAt();
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        stack.markSaved();
        stack.execute(Edits.nudge(mesh, orders, 1, 0));

        assertThat(stack.undoDepth()).isEqualTo(2);
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
        assertThat(ordersAt()).isEqualTo(start.translate(1, 0));
    }

    @Test
    void nudgesThatCancelOutLeaveNoUndoStep() {
        stack.execute(addDomain("a"));
        stack.markSaved();
        stack.execute(Edits.nudge(mesh, orders, 1, 0));
        assertThat(stack.isDirty()).isTrue();

        stack.execute(Edits.nudge(mesh, orders, -1, 0));

        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoLabel()).contains("Add domain");
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void listenersAreToldAfterEveryChangeOfTheHistory() {
        List<String> heard = new ArrayList<>();
        Runnable listener = () -> heard.add(stack.undoLabel().orElse("-") + "/" + stack.isDirty());
        stack.addListener(listener);

        stack.execute(addDomain("a"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        stack.clear();
        stack.execute(Edits.setTopology(mesh, mesh.topology())); // a no-op: nothing to tell
        stack.removeListener(listener);
        stack.execute(addDomain("b"));

        assertThat(heard).containsExactly("Add domain/true", "-/false", "Add domain/true", "Add domain/false",
                "-/false");
    }

    @Test
    void meshListenersHearOncePerExecuteUndoAndRedo() {
        List<List<MeshChange>> heard = new ArrayList<>();
        mesh.addListener(heard::add);

        stack.execute(Edits.delete(mesh, orders));
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).hasSizeGreaterThan(3);
        stack.undo();
        assertThat(heard).hasSize(2);
        stack.redo();
        assertThat(heard).hasSize(3);
        stack.execute(Edits.move(mesh, Map.of("hub", new Point(0, 0), "erp", new Point(1, 1)), Map.of()));
        assertThat(heard).hasSize(4);
        assertThat(heard.get(3)).hasSize(2);
    }

    @Test
    void aFailingCommandLeavesMeshAndHistoryAsTheyWere() {
        stack.execute(addDomain("a"));
        Command stale = Edits.delete(mesh, List.of(ElementRef.node("erp")));
        mesh.removeNode("orders");
        Mesh before = mesh.copy();

        assertThatThrownBy(() -> stack.execute(stale)).isInstanceOf(IllegalStateException.class);

        assertThat(mesh.contentEquals(before)).isTrue();
        assertThat(stack.undoDepth()).isEqualTo(1);
    }
}
