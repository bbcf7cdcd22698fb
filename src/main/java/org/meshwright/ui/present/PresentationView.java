package org.meshwright.ui.present;

import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.PaintOptions;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.rules.Severity;
import org.meshwright.ui.canvas.DiagramCanvas;

/**
 * Presentation mode (F5): the mesh full screen in the high-contrast style for projectors,
 * no editing chrome, a large caption, and the facilitator's keys: arrows (or space, page
 * keys) step through the {@link PresentationModel} sequence, a click on a node spotlights
 * its lineage and impact, {@code M} toggles finding markers, Escape returns to the editor,
 * which is left exactly as it was.
 */
public final class PresentationView {

    private final PresentationModel model;
    private final Stage stage = new Stage();
    private final DiagramCanvas canvas;
    private final Map<ElementRef, Severity> markers;
    private final IntegerProperty stepIndex = new SimpleIntegerProperty(-1);
    private final ObjectProperty<PresentationModel.Step> shown = new SimpleObjectProperty<>();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label position = new Label();
    private boolean showMarkers;

    /**
     * @param mesh     the mesh to present (a snapshot is taken)
     * @param markers  finding markers per element, as the editor shows them
     * @param messages the finding messages per element, for the markers' tooltips
     */
    public PresentationView(Window owner, Mesh mesh, Map<ElementRef, Severity> markers,
                            Map<ElementRef, String> messages) {
        this.model = new PresentationModel(mesh);
        this.markers = Map.copyOf(markers);
        DiagramStyle style = DiagramStyle.highContrast();
        canvas = new DiagramCanvas(style);
        canvas.setId("presentation-canvas");
        canvas.setScene(DiagramScene.of(model.mesh(), style));
        canvas.setMarkerMessages(messages);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);

        title.getStyleClass().add("presentation-title");
        title.setId("presentation-title");
        subtitle.getStyleClass().add("presentation-subtitle");
        position.getStyleClass().add("presentation-position");
        Label hint = new Label("\u2190 \u2192  step    click a node: lineage and impact    M  findings    Esc  back to the editor");
        hint.getStyleClass().add("presentation-hint");
        // The title never shrinks; the key hint gives way first on a narrow screen.
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(24, title, spacer, position);
        top.setAlignment(Pos.BASELINE_LEFT);
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox bottom = new HBox(24, subtitle, spacer2, hint);
        bottom.setAlignment(Pos.BASELINE_LEFT);
        VBox caption = new VBox(4, top, bottom);
        caption.setPadding(new Insets(18, 36, 22, 36));
        caption.getStyleClass().add("presentation-caption");

        BorderPane root = new BorderPane(canvas);
        root.setBottom(caption);
        root.getStyleClass().add("presentation-root");
        Scene scene = new Scene(root, 1280, 800);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.initOwner(owner);
        stage.setTitle("Meshwright presentation");
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        // Escape is ours: it closes the presentation rather than only leaving full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && stage.isShowing()) {
                stage.close();
            }
        });
        stage.setOnShown(e -> canvas.fitToContent());
        canvas.widthProperty().addListener((o, a, b) -> canvas.fitToContent());
        canvas.heightProperty().addListener((o, a, b) -> canvas.fitToContent());
        go(0);
    }

    /** Opens the presentation full screen at its first step. */
    public void show() {
        // Cover the owner's screen even where the window system does not do full screen.
        Window owner = stage.getOwner();
        javafx.stage.Screen screen = owner == null ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                        owner.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary());
        javafx.geometry.Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreen(true);
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public PresentationModel model() {
        return model;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    /** The index of the current step in {@link PresentationModel#steps()}. */
    public IntegerProperty stepIndexProperty() {
        return stepIndex;
    }

    /** What is on screen: the current step, or a node's spotlight. */
    public ObjectProperty<PresentationModel.Step> shownProperty() {
        return shown;
    }

    public boolean markersShown() {
        return showMarkers;
    }

    /** Shows step {@code index}, clamped to the sequence. */
    public void go(int index) {
        int last = model.steps().size() - 1;
        int clamped = Math.max(0, Math.min(last, index));
        stepIndex.set(clamped);
        display(model.steps().get(clamped));
        position.setText((clamped + 1) + " / " + (last + 1));
    }

    public void next() {
        go(stepIndex.get() + 1);
    }

    public void previous() {
        go(stepIndex.get() - 1);
    }

    /** Spotlights the lineage and impact of {@code nodeId}. */
    public void spotlight(String nodeId) {
        display(model.spotlight(nodeId));
    }

    public void toggleMarkers() {
        showMarkers = !showMarkers;
        repaint();
    }

    private void display(PresentationModel.Step step) {
        shown.set(step);
        title.setText(step.title());
        subtitle.setText(step.subtitle());
        repaint();
    }

    private void repaint() {
        PresentationModel.Step step = shown.get();
        PaintOptions options = PaintOptions.DEFAULT
                .withDimmed(step.dimmed())
                .withHighlighted(step.highlighted())
                .withMarkers(showMarkers ? markers : Map.of())
                .withShowMarkers(showMarkers)
                .withShowPlatformLines(false);
        canvas.setPaintOptions(options);
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER -> next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> previous();
            case HOME -> go(0);
            case END -> go(model.steps().size() - 1);
            case M -> toggleMarkers();
            case ESCAPE, F5 -> stage.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        var at = canvas.screenToDiagram(e.getX(), e.getY());
        DiagramScene.NodeBox node = canvas.getDiagramScene().nodeAt(at.x(), at.y());
        if (node != null) {
            spotlight(node.id());
        } else {
            go(stepIndex.get()); // a click on the background leaves the spotlight
        }
    }
}
