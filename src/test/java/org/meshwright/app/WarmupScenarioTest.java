package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.ui.shell.EditorWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window warms up while it waits for the user: every kind of inspector row, the painter and
 * a mesh's inspector, outside the window; and it stops as soon as a mesh is opened.
 */
@ExtendWith(ApplicationExtension.class)
class WarmupScenarioTest {

    private Stage stage;
    private MeshwrightApp started;
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        started = app.start(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        TestApp.hideOtherWindows(robot, stage);
        app.removePreferences();
    }

    @Test
    void warmsUpEveryKindOfRowThePainterAndAMeshInspectorWithoutTouchingTheWindow(FxRobot robot) throws Exception {
        List<String> done = waitFor(robot, steps -> steps.stream().anyMatch(s -> s.startsWith("finished")
                || s.startsWith("stopped") || s.startsWith("failed")));

        assertThat(done.get(done.size() - 1)).startsWith("finished");
        for (String kind : List.of("id", "text", "multiline_text", "choice", "read-only", "id_reference", "boolean",
                "tags", "number", "duration", "ports", "id_list")) {
            for (int round = 1; round <= 3; round++) {
                assertThat(done).as("row %s #%d", kind, round).anyMatch(s -> s.startsWith("row: " + kind + " #"));
            }
        }
        assertThat(done).filteredOn(s -> s.startsWith("paint: ")).hasSize(7);
        assertThat(done).anyMatch(s -> s.startsWith("inspector: mesh"));

        // none of it reached the window: no mesh, nothing to save, the inspector and canvas as they were
        EditorWindow window = started.window();
        robot.interact(() -> {
            assertThat(window.editor().mesh()).isNull();
            assertThat(window.editor().isDirty()).isFalse();
            assertThat(window.canvas().getDiagramScene()).isNull();
            assertThat(window.editor().recentFiles().files()).isEmpty();
        });
        assertThat(robot.lookup("#inspector").queryAll()).hasSize(1);
        assertThat(robot.lookup(".inspector-placeholder").queryAll()).isNotEmpty();
    }

    @Test
    void stopsForGoodOnceAMeshIsOpened(FxRobot robot) throws Exception {
        waitFor(robot, steps -> steps.stream().anyMatch(s -> s.startsWith("row: ")));
        robot.interact(() -> started.window().open(Path.of("samples/eshop-governed.mesh.yaml")));
        List<String> done = waitFor(robot, steps -> !steps.isEmpty() && steps.get(steps.size() - 1).equals("stopped"));

        assertThat(done).noneMatch(s -> s.startsWith("finished") || s.startsWith("paint: "));
        // and takes no more steps
        Thread.sleep(1_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warmupSteps(robot)).isEqualTo(done);
        robot.interact(() -> assertThat(started.window().editor().mesh()).isNotNull());
    }

    /** Waits (30 s at most) until the warm-up's steps meet {@code condition}, and returns them. */
    private List<String> waitFor(FxRobot robot, Predicate<List<String>> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> steps = warmupSteps(robot);
        while (!condition.test(steps)) {
            assertThat(System.nanoTime()).as("warm-up steps so far: %s", steps).isLessThan(deadline);
            Thread.sleep(20);
            steps = warmupSteps(robot);
        }
        return steps;
    }

    private List<String> warmupSteps(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> started.warmup().done()).get(10, TimeUnit.SECONDS);
    }
}
