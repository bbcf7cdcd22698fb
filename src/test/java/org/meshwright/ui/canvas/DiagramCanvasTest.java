package org.meshwright.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.diagram.DiagramPainter;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Rect;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.ElementRef;
import org.meshwright.rules.Severity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DiagramCanvasTest {

    private static final Path SAMPLE = Path.of("samples", "eshop-governed.mesh.yaml");

    private DiagramCanvas canvas;
    private DiagramScene scene;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas();
        // Monocle's headless screen is 1280x800: stay on it.
        stage.setScene(new Scene(new StackPane(canvas), 1000, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @BeforeEach
    void showSample(FxRobot robot) throws Exception {
        scene = DiagramScene.of(new MeshReader().read(SAMPLE).mesh(), DiagramStyle.light());
        robot.interact(() -> {
            canvas.setScene(scene);
            canvas.fitToContent();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void paintsTheSampleOncePerPulseHoweverOftenItIsAsked(FxRobot robot) {
        long before = canvas.paintCount();
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                canvas.repaint();
                canvas.panBy(1, 0);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas.paintCount() - before).isEqualTo(1);
        Rect card = scene.node("customer.customer-360").bounds();
        P inside = canvas.diagramToScreen(card.maxX() - 8, card.maxY() - 6);
        P outside = canvas.diagramToScreen(scene.bounds().maxX() + 10, scene.bounds().y() - 10);
        assertThat(pixel(robot, inside)).isEqualTo(Color.WHITE);
        assertThat(pixel(robot, outside)).isNotEqualTo(Color.WHITE);
    }

    private Color pixel(FxRobot robot, P at) {
        AtomicReference<Color> colour = new AtomicReference<>();
        robot.interact(() -> {
            WritableImage image = canvas.snapshot(null, null);
            colour.set(image.getPixelReader().getColor((int) at.x(), (int) at.y()));
        });
        return colour.get();
    }

    @Test
    void fitToContentShowsTheWholeSceneAtMostAtFullSize() {
        assertThat(canvas.visibleArea().contains(scene.bounds())).isTrue();
        assertThat(canvas.getZoom()).isLessThanOrEqualTo(1).isGreaterThan(0.2);
    }

    @Test
    void aReadableFitShowsTheTopOfALargeSceneAtReadableZoom(FxRobot robot) {
        robot.interact(() -> {
            canvas.getScene().getWindow().setHeight(300);
            canvas.fitToContent(DiagramCanvas.READABLE_ZOOM);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas.getZoom()).isEqualTo(DiagramCanvas.READABLE_ZOOM);
        assertThat(canvas.visibleArea().contains(scene.bounds().x() + 1, scene.bounds().y() + 1)).isTrue();
        assertThat(canvas.visibleArea().contains(scene.bounds())).isFalse();
    }

    @Test
    void aFittedViewFitsAgainWhenResizedUntilTheUserNavigates(FxRobot robot) {
        double fitted = canvas.getZoom();

        robot.interact(() -> canvas.getScene().getWindow().setHeight(420));
        WaitForAsyncUtils.waitForFxEvents();
        double smaller = canvas.getZoom();
        assertThat(smaller).isLessThan(fitted);
        assertThat(canvas.visibleArea().contains(scene.bounds())).isTrue();

        robot.interact(() -> {
            canvas.zoomAt(1.5, 10, 10);
            canvas.getScene().getWindow().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.getZoom()).isCloseTo(smaller * 1.5, within(1e-9));
    }

    @Test
    void zoomingAtAPointKeepsThatPointUnderTheCursor(FxRobot robot) {
        P before = canvas.screenToDiagram(300, 200);

        robot.interact(() -> canvas.zoomAt(1.7, 300, 200));
        P after = canvas.screenToDiagram(300, 200);
        P back = canvas.diagramToScreen(after.x(), after.y());

        assertThat(after.x()).isCloseTo(before.x(), within(1e-9));
        assertThat(after.y()).isCloseTo(before.y(), within(1e-9));
        assertThat(back.x()).isCloseTo(300, within(1e-9));
        assertThat(back.y()).isCloseTo(200, within(1e-9));
    }

    @Test
    void zoomStaysWithinItsLimits(FxRobot robot) {
        robot.interact(() -> canvas.zoomAt(1e6, 10, 10));
        assertThat(canvas.getZoom()).isEqualTo(DiagramCanvas.MAX_ZOOM);
        robot.interact(() -> canvas.zoomAt(1e-9, 10, 10));
        assertThat(canvas.getZoom()).isEqualTo(DiagramCanvas.MIN_ZOOM);
    }

    @Test
    void panningMovesTheContentByPixels(FxRobot robot) {
        P before = canvas.diagramToScreen(100, 100);

        robot.interact(() -> canvas.panBy(40, -25));
        P after = canvas.diagramToScreen(100, 100);

        assertThat(after.x() - before.x()).isCloseTo(40, within(1e-9));
        assertThat(after.y() - before.y()).isCloseTo(-25, within(1e-9));
    }

    @Test
    void centerOnBringsAnAreaIntoTheMiddle(FxRobot robot) {
        Rect card = scene.node("churn.churn-scores").bounds();

        robot.interact(() -> {
            canvas.setZoom(2);
            canvas.centerOn(card);
        });
        P centre = canvas.diagramToScreen(card.center().x(), card.center().y());

        assertThat(centre.x()).isCloseTo(canvas.getWidth() / 2, within(1e-6));
        assertThat(centre.y()).isCloseTo(canvas.getHeight() / 2, within(1e-6));
    }

    @Test
    void theWheelZoomsAboutTheCursorAndShiftWheelPans(FxRobot robot) {
        P under = canvas.screenToDiagram(250, 300);
        double zoom = canvas.getZoom();

        robot.interact(() -> Event.fireEvent(canvas, scroll(250, 300, 0, 120, false)));

        assertThat(canvas.getZoom()).isGreaterThan(zoom);
        assertThat(canvas.screenToDiagram(250, 300).x()).isCloseTo(under.x(), within(1e-9));

        double zoomed = canvas.getZoom();
        P origin = canvas.screenToDiagram(0, 0);
        robot.interact(() -> Event.fireEvent(canvas, scroll(250, 300, 0, -80, true)));

        assertThat(canvas.getZoom()).isEqualTo(zoomed);
        assertThat(canvas.screenToDiagram(0, 0).x()).isCloseTo(origin.x() + 80 / zoomed, within(1e-9));
    }

    private static ScrollEvent scroll(double x, double y, double dx, double dy, boolean shift) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, shift, false, false, false, false, false, dx, dy, dx, dy,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void hoveringAFindingMarkerPreparesItsMessage(FxRobot robot) {
        ElementRef orders = ElementRef.node("sales-order.orders");
        robot.interact(() -> {
            canvas.setZoom(1);
            canvas.centerOn(scene.node(orders.id()).bounds());
            canvas.setPaintOptions(canvas.getPaintOptions().withMarkers(Map.of(orders, Severity.ERROR)));
            canvas.setMarkerMessages(Map.of(orders, "error owner-required: no owner"));
        });
        P marker = DiagramPainter.markerCenter(scene, orders);
        P at = canvas.diagramToScreen(marker.x(), marker.y());

        robot.interact(() -> Event.fireEvent(canvas, move(at.x(), at.y())));
        assertThat(canvas.tooltipElement()).contains(orders);
        assertThat(canvas.markerTooltip().getText()).isEqualTo("error owner-required: no owner");

        robot.interact(() -> Event.fireEvent(canvas, move(at.x() + 60, at.y() + 60)));
        assertThat(canvas.tooltipElement()).isEmpty();
    }

    private static MouseEvent move(double x, double y) {
        return new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }

    @Test
    void withoutASceneThePlaceholderIsShown(FxRobot robot) {
        robot.interact(() -> {
            canvas.setPlaceholder("Open a mesh");
            canvas.setScene(null);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas.getDiagramScene()).isNull();
        assertThat(pixel(robot, new P(5, 5))).isNotEqualTo(Color.WHITE);
    }
}
