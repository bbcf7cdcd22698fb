package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.diagram.PaintOptions;
import org.meshwright.diagram.Rect;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.ui.canvas.DiagramCanvas;
import org.meshwright.ui.shell.EditorWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A facilitator presents the e-shop sample: F5, arrow keys, a click for lineage, M, Escape. */
@ExtendWith(ApplicationExtension.class)
class PresentationScenarioTest {

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
    void stepThroughTheSampleSpotlightALineageAndReturnToAnUnchangedEditor(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(Path.of("samples/eshop-governed.mesh.yaml")));
        Mesh before = window.editor().mesh().copy();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        DiagramCanvas canvas = robot.lookup("#presentation-canvas").queryAs(DiagramCanvas.class);
        Label title = robot.lookup("#presentation-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Source systems");
        PaintOptions first = canvas.getPaintOptions();
        assertThat(first.highlighted()).contains(ElementRef.node("customer.crm"));
        assertThat(first.dimmed()).contains(ElementRef.node("customer.customers"), ElementRef.node("mesh-hub"));

        // two steps on: aggregates highlighted, source-aligned lit, consumers still dimmed
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT).press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEqualTo("Aggregate data products");
        PaintOptions third = canvas.getPaintOptions();
        assertThat(third.highlighted()).contains(ElementRef.node("customer.customer-360"))
                .doesNotContain(ElementRef.node("customer.customers"));
        assertThat(third.dimmed()).doesNotContain(ElementRef.node("customer.customers"), ElementRef.node("customer.crm"))
                .contains(ElementRef.node("shop.marketing-dashboard"));

        // on to the first domain: the other domains are dimmed
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        String firstDomain = before.domains().get(0).id();
        assertThat(title.getText()).isEqualTo("Domain: " + before.domains().get(0).displayName());
        assertThat(canvas.getPaintOptions().highlighted()).containsExactly(ElementRef.domain(firstDomain));
        assertThat(canvas.getPaintOptions().dimmed()).contains(ElementRef.domain(before.domains().get(1).id()));

        // a click on a node spotlights its lineage and impact
        Rect box = canvas.getDiagramScene().node("sales-order.sales-daily").bounds();
        var local = canvas.diagramToScreen(box.center().x(), box.center().y());
        Point2D onScreen = canvas.localToScreen(local.x(), local.y());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).startsWith("Lineage and impact");
        assertThat(canvas.getPaintOptions().highlighted()).contains(ElementRef.node("sales-order.sales-daily"));
        assertThat(canvas.getPaintOptions().dimmed()).contains(ElementRef.node("customer.crm"))
                .doesNotContain(ElementRef.node("sales-order.orders"));

        // M toggles the finding markers
        assertThat(canvas.getPaintOptions().showMarkers()).isFalse();
        robot.press(KeyCode.M).release(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getPaintOptions().showMarkers()).isTrue();

        // Escape: back to the editor, which is exactly as it was
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#presentation-canvas").tryQuery()).isEmpty();
        assertThat(window.editor().mesh().contentEquals(before)).isTrue();
        assertThat(window.editor().isDirty()).isFalse();
    }
}
