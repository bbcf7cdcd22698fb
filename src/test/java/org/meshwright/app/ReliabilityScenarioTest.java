package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.RecoveryStore;
import org.meshwright.io.UserFolders;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Domain;
import org.meshwright.model.Mesh;
import org.meshwright.ui.shell.EditorWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a crash the next start offers the unsaved work; a file changed on disk is noticed. */
@ExtendWith(ApplicationExtension.class)
class ReliabilityScenarioTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private EditorWindow window;
    private final TestApp app = new TestApp();
    private Path file;
    private Mesh crashed;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // a config folder of this test's own, holding the recovery copy a "crashed" session left
        Path config = Files.createTempDirectory(dir, "config");
        System.setProperty(UserFolders.OVERRIDE, config.toString());
        file = Files.createTempDirectory(dir, "work").resolve("eshop.mesh.yaml");
        Files.copy(Path.of("samples/eshop-governed.mesh.yaml"), file);
        crashed = new MeshReader().read(file).mesh();
        crashed.addDomain(new Domain("added-before-the-crash"));
        new RecoveryStore(RecoveryStore.defaultFolder()).save(RecoveryStore.Key.of(file), crashed);

        window = app.start(stage).window();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        TestApp.hideOtherWindows(robot, stage);
        app.removePreferences();
        System.clearProperty(UserFolders.OVERRIDE);
    }

    @Test
    void theNextStartOffersTheUnsavedWorkAndAFileChangedOnDiskIsNoticed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = robot.lookup("#recovery-bar").query();
        assertThat(bar.isVisible()).isTrue();
        assertThat(robot.lookup("#recovery-bar .label").queryAs(Label.class).getText()).contains("eshop.mesh.yaml");

        // Review: the question says what would be restored; Restore opens it unsaved
        robot.clickOn("#recovery-review");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains(crashed.domains().size() + " domains")
                .contains("now: " + (crashed.domains().size() - 1) + " domains");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Restore"))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.editor().mesh().domain("added-before-the-crash")).isNotNull();
        assertThat(window.editor().file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(window.editor().isDirty()).isTrue();
        assertThat(bar.isVisible()).isFalse();
        assertThat(Files.readString(file)).doesNotContain("added-before-the-crash");

        // another program changes the file: the app notices and asks; Reload shows the change
        robot.interact(() -> window.save());
        String changed = Files.readString(file).replace("title: E-Shop, governed mesh", "title: Changed elsewhere");
        Files.writeString(file, changed);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(asked.getHeaderText()).contains("eshop.mesh.yaml was changed outside Meshwright");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Reload"))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.editor().mesh().metadata().title()).isEqualTo("Changed elsewhere");
        assertThat(window.editor().isDirty()).isFalse();
    }
}
