package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.rules.Finding;
import org.meshwright.ui.help.MarkdownView;
import org.meshwright.ui.shell.EditorWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A finding's "why?" opens its rule's page; F1 opens the rule reference. */
@ExtendWith(ApplicationExtension.class)
class HelpScenarioTest {

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
    void whyOnAFindingOpensItsRulesPage(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(Path.of("samples/violations.mesh.yaml")));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.editor().findings().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Finding> table = robot.lookup("#findings-table").queryTableView();
        String rule = table.getItems().get(0).rule();

        robot.clickOn(robot.lookup(".finding-why").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<String> list = robot.lookup("#rules-list").queryListView();
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(rule);
        MarkdownView page = robot.lookup(".markdown").queryAs(MarkdownView.class);
        assertThat(texts(page)).contains(rule, "What it checks.", "How to fix.");

        // F1 in the editor: the rule reference from its overview
        robot.interact(() -> stage.requestFocus());
        robot.interact(() -> window.showRule(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("Overview");
    }

    private static String texts(javafx.scene.Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(javafx.scene.Node node, StringBuilder out) {
        if (node instanceof javafx.scene.text.Text t) {
            out.append(t.getText());
        } else if (node instanceof javafx.scene.control.Labeled l) {
            out.append(l.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
