package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.ui.TestMeshFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MeshwrightAppTest {

    private static final Path GOVERNED_SAMPLE = Path.of("samples", "eshop-governed.mesh.yaml");

    @TempDir
    Path dir;

    private MeshwrightApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new MeshwrightApp();
        app.start(stage);
        // Monocle's headless screen is 1280x800: stay on it.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1200);
        stage.setHeight(760);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != stage).forEach(Window::hide));
    }

    @Test
    void startsWithAnEmptyWindowTitledMeshwright(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Meshwright");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("No mesh open");
    }

    @Test
    void openingAMeshShowsItsDomainsNodesAndCounts(FxRobot robot) throws Exception {
        Path file = TestMeshFiles.writeValid(dir);

        robot.interact(() -> app.mainWindow().open(file));

        assertThat(stage.getTitle()).isEqualTo("Tiny shop \u2014 Meshwright");
        assertThat(treeLabels(robot)).contains("Sales", "Finance", "marketing (undeclared)", "No domain",
                "Orders", "Shop database", "Board report");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Harmonized topology \u00b7 2 domains \u00b7 5 nodes \u00b7 3 links");
        assertThat(robot.lookup("#node-orders").tryQuery()).isPresent();
        assertThat(robot.lookup("#domain-sales").tryQuery()).isPresent();
        assertThat(robot.lookup(".diagram-link").queryAll()).hasSize(3);
    }

    @Test
    void openingTheGovernedSampleShowsItsDomains(FxRobot robot) {
        assumeTrue(Files.isRegularFile(GOVERNED_SAMPLE), "samples are written elsewhere");

        robot.interact(() -> app.mainWindow().open(GOVERNED_SAMPLE));

        assertThat(stage.getTitle()).contains("Meshwright").isNotEqualTo("Meshwright");
        assertThat(treeLabels(robot)).contains("Shop", "Sales Order", "Customer");
        assertThat(robot.lookup(".diagram-node").queryAll()).hasSizeGreaterThan(10);
    }

    @Test
    void aBrokenFileShowsItsErrorsWithTheirLineAndOpensNothing(FxRobot robot) throws Exception {
        Path broken = TestMeshFiles.writeBroken(dir);

        robot.interact(() -> app.mainWindow().open(broken));

        TextArea errors = robot.lookup("#read-errors").queryAs(TextArea.class);
        assertThat(errors.getText()).startsWith(broken + ":9:7: ").contains("'ownr'");
        assertThat(stage.getTitle()).isEqualTo("Meshwright");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .startsWith("Could not open broken.mesh.yaml");
    }

    private static List<String> treeLabels(FxRobot robot) {
        return robot.lookup("#mesh-tree .entry-name").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
