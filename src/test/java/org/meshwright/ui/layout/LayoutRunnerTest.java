package org.meshwright.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.meshwright.edit.CommandStack;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.layout.LayoutOptions;
import org.meshwright.model.Mesh;

/** The editor's layout runs on a snapshot and lands as one undoable step, or not at all. */
class LayoutRunnerTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final List<LayoutRunner.Outcome> outcomes = new ArrayList<>();
    private final LayoutRunner runner = new LayoutRunner(background::add, Runnable::run);

    private static Mesh sample() throws Exception {
        return new MeshReader().read(Path.of("samples/bank-governed.mesh.yaml")).mesh();
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void aLayoutIsOneUndoableStepAndTouchesNothingBeforeIt() throws Exception {
        Mesh mesh = sample();
        Mesh before = mesh.copy();
        runner.run(mesh, LayoutOptions.wholeMesh(), "Auto-layout", outcomes::add);
        assertThat(runner.runningProperty().get()).isTrue();
        runBackground();

        assertThat(runner.runningProperty().get()).isFalse();
        assertThat(mesh.contentEquals(before)).as("the editor's mesh waits for the command").isTrue();
        LayoutRunner.Outcome.Done done = (LayoutRunner.Outcome.Done) outcomes.get(0);
        assertThat(done.moved()).isPositive();

        CommandStack stack = new CommandStack(mesh);
        stack.execute(done.command());
        assertThat(mesh.contentEquals(before)).isFalse();
        assertThat(stack.undoLabel()).contains("Auto-layout");
        stack.undo();
        assertThat(mesh.contentEquals(before)).isTrue();
    }

    @Test
    void aCancelledLayoutMovesNothing() throws Exception {
        Mesh mesh = sample();
        Mesh before = mesh.copy();
        runner.run(mesh, LayoutOptions.wholeMesh(), "Auto-layout", outcomes::add);
        runner.cancel();
        runBackground();

        assertThat(outcomes).singleElement().isInstanceOf(LayoutRunner.Outcome.Cancelled.class);
        assertThat(mesh.contentEquals(before)).isTrue();
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void nodesDeletedWhileTheLayoutRanAreLeftOutOfTheCommand() throws Exception {
        Mesh mesh = sample();
        runner.run(mesh, LayoutOptions.wholeMesh(), "Auto-layout", outcomes::add);
        String gone = mesh.nodes().get(0).id();
        mesh.removeNode(gone);
        runBackground();

        LayoutRunner.Outcome.Done done = (LayoutRunner.Outcome.Done) outcomes.get(0);
        var leftOver = mesh.diagram().position(gone);
        done.command().apply(mesh);
        assertThat(mesh.node(gone)).isNull();
        assertThat(mesh.diagram().position(gone)).as("the layout does not place a node that is gone")
                .isEqualTo(leftOver);
    }
}
