package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Rect;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Severity;
import org.meshwright.ui.shell.EditorWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor used as a user would: palette clicks, drags on the canvas, typing in the
 * inspector, the findings panel, undo, save and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class EditorScenarioTest {

    @TempDir
    Path dir;

    private Stage stage;
    private EditorWindow window;
    private String prefsNode;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefsNode = "org/meshwright/test-" + UUID.randomUUID();
        System.setProperty("meshwright.prefs", prefsNode);
        // Monocle's headless screen is 1280x800: every window of these tests stays on it.
        Preferences.userRoot().node(prefsNode).putDouble("window.width", 1280);
        Preferences.userRoot().node(prefsNode).putDouble("window.height", 800);
        MeshwrightApp app = new MeshwrightApp();
        app.start(stage);
        window = app.window();
        // Monocle's headless screen is 1280x800: stay on it.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        Preferences.userRoot().node(prefsNode).removeNode();
    }

    @Test
    void buildACycleSeeItFlaggedUndoItSaveAndReopen(FxRobot robot) throws Exception {
        // File > New, blank harmonized mesh
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#new-harmonized").clickOn("#new-blank");
        robot.clickOn("OK");
        assertThat(window.editor().mesh()).isNotNull();
        assertThat(stage.getTitle()).contains("Untitled");

        // two domains and three products, from the palette
        robot.clickOn("#palette-domain");
        robot.clickOn("#palette-domain");
        WaitForAsyncUtils.waitForFxEvents();
        Mesh mesh = window.editor().mesh();
        assertThat(mesh.domains()).hasSize(2);
        String first = mesh.domains().get(0).id();
        String second = mesh.domains().get(1).id();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL); // fit to window

        clickDiagram(robot, titleOf(first));
        robot.clickOn("#palette-data-product").clickOn("#palette-data-product");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        clickDiagram(robot, titleOf(second));
        robot.clickOn("#palette-data-product");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<MeshNode> products = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.DATA_PRODUCT).toList();
        assertThat(products).hasSize(3);
        assertThat(products).extracting(MeshNode::domain).containsExactly(first, first, second);

        // link them into a cycle by Ctrl-dragging from node to node
        String a = products.get(0).id();
        String b = products.get(1).id();
        String c = products.get(2).id();
        link(robot, a, b);
        link(robot, b, c);
        link(robot, c, a);
        assertThat(mesh.links()).hasSize(3);

        // the findings panel shows product-cycle, and the canvas marks the products
        waitFor(() -> hasFinding("product-cycle"));
        TableView<Finding> table = robot.lookup("#findings-table").queryTableView();
        assertThat(table.getItems()).anyMatch(f -> f.rule().equals("product-cycle")
                && f.elementIds().equals(List.of(a, b, c).stream().sorted().toList()));
        assertThat(window.canvas().getPaintOptions().markers()).containsEntry(ElementRef.node(a), Severity.ERROR);
        assertThat(robot.lookup("#status-bar").queryAs(javafx.scene.Node.class)).isNotNull();

        // undo until the cycle is gone
        robot.clickOn("#canvas");
        int undos = 0;
        while (hasFinding("product-cycle") && undos < 5) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            undos++;
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            waitForValidation();
        }
        assertThat(hasFinding("product-cycle")).isFalse();
        assertThat(undos).isEqualTo(1);
        assertThat(mesh.links()).hasSize(2);
        assertThat(stage.getTitle()).startsWith("\u2022 ");

        // save, reopen, and find the same mesh
        Path file = dir.resolve("cycle.mesh.yaml");
        Mesh before = mesh.copy();
        robot.interact(() -> window.editor().saveAs(file));
        assertThat(stage.getTitle()).startsWith("cycle.mesh.yaml");
        robot.interact(() -> window.open(file));
        assertThat(window.editor().mesh()).isNotSameAs(mesh);
        assertThat(window.editor().mesh().contentEquals(before)).isTrue();
        assertThat(new MeshReader().read(file).mesh().contentEquals(before)).isTrue();
    }

    @Test
    void editAFieldInTheInspectorAndUndoIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("t.mesh.yaml");
        Files.copy(Path.of("samples", "eshop-governed.mesh.yaml"), file);
        robot.interact(() -> window.open(file));
        Mesh mesh = window.editor().mesh();
        robot.interact(() -> window.editor().selection().select(ElementRef.domain("shop")));
        WaitForAsyncUtils.waitForFxEvents();

        TextField owner = robot.lookup("#inspector-field-owner").queryAs(TextField.class);
        robot.clickOn(owner).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("web-team").type(KeyCode.ENTER);
        assertThat(mesh.domain("shop").owner()).isEqualTo("web-team");
        assertThat(stage.getTitle()).startsWith("\u2022 ");

        robot.clickOn("#canvas", MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mesh.domain("shop").owner()).isEqualTo("storefront-team");
        assertThat(stage.getTitle()).doesNotStartWith("\u2022 ");
    }

    @Test
    void aBrokenFileOpensNothingAndShowsItsErrors(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.mesh.yaml");
        Files.writeString(broken, """
                apiVersion: meshwright/v1
                kind: Mesh
                metadata:
                  name: broken
                spec:
                  topology: governed
                  domains:
                    - id: sales
                      ownr: sales-team
                """);
        robot.interact(() -> window.open(broken));
        TextArea errors = robot.lookup("#read-errors").queryAs(TextArea.class);
        assertThat(errors.getText()).isEqualTo(broken + ":9:7: unknown field 'ownr'; did you mean 'owner'?");
        assertThat(window.editor().mesh()).isNull();
    }

    @Test
    void aLinkIntoAPlatformIsRefusedWithTheReason(FxRobot robot) throws Exception {
        Path file = dir.resolve("t.mesh.yaml");
        Files.copy(Path.of("samples", "eshop-harmonized.mesh.yaml"), file);
        robot.interact(() -> window.open(file));
        Mesh mesh = window.editor().mesh();
        int links = mesh.links().size();
        String product = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.DATA_PRODUCT).findFirst().orElseThrow().id();
        String platform = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.PLATFORM).findFirst().orElseThrow().id();
        link(robot, product, platform);
        assertThat(mesh.links()).hasSize(links);
        assertThat(window.editor().statusProperty().get()).startsWith("No link: platforms are never on a link");
    }

    @Test
    void aHiddenPanelStaysHiddenInTheNextWindow(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#inspector").tryQuery()).isPresent();
        robot.clickOn("View").clickOn("Inspector");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inspector").tryQuery()).isEmpty();
        robot.interact(() -> stage.close());

        java.util.concurrent.atomic.AtomicReference<Stage> second = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            new MeshwrightApp().start(s);
            s.setX(0);
            s.setY(0);
            second.set(s);
        });
        assertThat(second.get().getScene().lookup("#inspector")).isNull();
        assertThat(second.get().getScene().lookup("#palette")).isNotNull();
        robot.interact(() -> second.get().close());
    }

    // ---- helpers -----------------------------------------------------------------------

    private boolean hasFinding(String rule) {
        return window.editor().findings().stream().anyMatch(f -> f.rule().equals(rule));
    }

    private void waitForValidation() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private DiagramScene scene() {
        return window.controller().scene();
    }

    private P titleOf(String domain) {
        Rect r = scene().domain(domain).bounds();
        return new P(r.x() + 16, r.y() + 10);
    }

    private Point2D screen(P diagram) {
        P local = window.canvas().diagramToScreen(diagram.x(), diagram.y());
        return window.canvas().localToScreen(local.x(), local.y());
    }

    private void clickDiagram(FxRobot robot, P diagram) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(screen(diagram));
    }

    private void link(FxRobot robot, String from, String to) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = screen(scene().node(from).bounds().center());
        Point2D b = screen(scene().node(to).bounds().center());
        robot.press(KeyCode.CONTROL);
        robot.drag(a, MouseButton.PRIMARY).moveTo(b).drop();
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
