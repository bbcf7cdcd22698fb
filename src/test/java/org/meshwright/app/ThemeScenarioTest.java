package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.ui.shell.EditorWindow;
import org.meshwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Theme switches chrome and canvas at once, and the next start remembers it. */
@ExtendWith(ApplicationExtension.class)
class ThemeScenarioTest {

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
        robot.interact(Theme.LIGHT::apply);
        app.removePreferences();
    }

    @Test
    void darkThemeFromTheViewMenuRestylesTheCanvasAndIsRemembered(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(Path.of("samples/eshop-governed.mesh.yaml")));
        assertThat(window.canvas().style().name()).isEqualTo("light");

        chooseTheme(robot, "Dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.theme()).isEqualTo(Theme.DARK);
        assertThat(window.canvas().style().name()).isEqualTo("dark");
        assertThat(window.controller().scene().style().name()).isEqualTo("dark");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        assertThat(window.editor().isDirty()).isFalse();

        // a new window (the next start) comes up dark
        robot.interact(() -> {
            Stage next = new Stage();
            EditorWindow again = new EditorWindow(next, window.editor(), app.prefs());
            assertThat(again.theme()).isEqualTo(Theme.DARK);
            assertThat(again.canvas().style().name()).isEqualTo("dark");
        });

        chooseTheme(robot, "Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().style().name()).isEqualTo("light");
        assertThat(Theme.remembered(app.prefs())).isEqualTo(Theme.LIGHT);
    }

    /** View > Theme > {@code label}, with the mouse, moving as a person does so the submenu stays open. */
    private static void chooseTheme(FxRobot robot, String label) {
        robot.clickOn(robot.lookup(".menu-bar .menu").match(
                (javafx.scene.control.Labeled m) -> "View".equals(m.getText().replace("_", "")))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node theme = robot.lookup(".menu-item .label").match(
                (javafx.scene.control.Label l) -> "Theme".equals(l.getText()) && l.getScene() != null)
                .queryAs(javafx.scene.Node.class);
        robot.clickOn(theme);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node item = robot.lookup(".radio-menu-item .label").match(
                (javafx.scene.control.Label l) -> label.equals(l.getText()) && l.getScene() != null
                        && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing())
                .queryAs(javafx.scene.Node.class);
        javafx.geometry.Bounds target = item.localToScreen(item.getBoundsInLocal());
        javafx.geometry.Bounds row = theme.localToScreen(theme.getBoundsInLocal());
        // along the Theme row into the submenu, then down to the item
        robot.moveTo(new javafx.geometry.Point2D(target.getCenterX(), row.getCenterY()));
        robot.moveTo(new javafx.geometry.Point2D(target.getCenterX(), target.getCenterY()));
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }
}
