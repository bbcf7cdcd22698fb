package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;
import org.meshwright.ui.shell.EditorWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Switch to Governed Topology on the harmonized sample, seen in the findings panel, then undone. */
@ExtendWith(ApplicationExtension.class)
class TopologySwitchScenarioTest {

    private Stage stage;
    private EditorWindow window;
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = app.start(stage).window();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        TestApp.hideOtherWindows(robot, stage);
        app.removePreferences();
    }

    @Test
    void switchingToGovernedAddsAHubRoutesTheLinksAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(Path.of("samples/eshop-harmonized.mesh.yaml")));
        Mesh before = window.editor().mesh().copy();
        int nodes = before.nodes().size();

        robot.clickOn(robot.lookup(".menu-bar .menu").match(
                (Labeled m) -> "Edit".equals(m.getText().replace("_", ""))).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".menu-item .label").match(
                (Label l) -> "Switch to Governed Topology".equals(l.getText()) && l.getScene() != null)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.editor().lastValidationProperty().get() != null
                        && window.editor().mesh().topology() == Topology.GOVERNED
                        && robot.lookup("#status-bar .label").queryAllAs(Label.class).stream()
                                .anyMatch(l -> l.getText().contains((nodes + 1) + " nodes")));

        Label notice = robot.lookup("#findings-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Switched to governed topology: added hub 'central-hub'; routed ");
        assertThat(window.editor().findings()).noneMatch(f -> f.rule().startsWith("governed-"));
        assertThat(robot.lookup("#status-bar .label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().equals("Governed topology"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().mesh().contentEquals(before)).isTrue();
    }
}
