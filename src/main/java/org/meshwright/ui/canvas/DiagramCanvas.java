package org.meshwright.ui.canvas;

import java.util.Map;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.meshwright.diagram.DiagramPainter;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.P;
import org.meshwright.diagram.PaintOptions;
import org.meshwright.diagram.Rect;
import org.meshwright.diagram.TextStyle;
import org.meshwright.diagram.Viewport;
import org.meshwright.model.ElementRef;
import org.meshwright.ui.theme.ThemeFonts;

/**
 * Shows a {@link DiagramScene} on a resizable canvas, painted by the {@link DiagramPainter}
 * through an {@link FxPainter}: only what is in view, at the detail the zoom allows, at most
 * once per pulse however many changes arrive.
 *
 * <p>The view maps diagram units to pixels as {@code screen = (diagram - origin) * zoom};
 * zoom stays between {@value #MIN_ZOOM} and {@value #MAX_ZOOM}. The mouse wheel zooms about
 * the cursor and shift+wheel pans sideways, unless another handler consumed the event
 * first (these run as the {@code onScroll} handler, after those added with
 * {@code addEventHandler}). Hovering a finding marker shows its message as a tooltip.
 * Selecting, dragging and drawing links are left to a controller.
 */
public class DiagramCanvas extends Region {

    public static final double MIN_ZOOM = 0.05;
    public static final double MAX_ZOOM = 4;
    /** The least zoom at which cards show their names (the painter's medium detail). */
    public static final double READABLE_ZOOM = DiagramPainter.MEDIUM_SCALE;
    /** Space kept around the content by {@link #fitToContent()}, in pixels. */
    static final double FIT_MARGIN = 32;
    private static final double WHEEL_STEP = 1.0025;

    private final ObjectProperty<DiagramStyle> style = new SimpleObjectProperty<>(this, "diagramStyle");
    private final Canvas canvas = new Canvas();
    private final DiagramPainter painter = new DiagramPainter();
    private final ObjectProperty<DiagramScene> diagramScene = new SimpleObjectProperty<>(this, "diagramScene");
    private final ObjectProperty<PaintOptions> paintOptions =
            new SimpleObjectProperty<>(this, "paintOptions", PaintOptions.DEFAULT);
    private final ObjectProperty<Map<ElementRef, String>> markerMessages =
            new SimpleObjectProperty<>(this, "markerMessages", Map.of());
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper originX = new ReadOnlyDoubleWrapper(this, "originX", 0);
    private final ReadOnlyDoubleWrapper originY = new ReadOnlyDoubleWrapper(this, "originY", 0);
    private final Tooltip markerTip = new Tooltip();
    private final PauseTransition tipDelay = new PauseTransition(Duration.millis(250));
    private ElementRef tipFor;
    private boolean fitPending;
    /** Set by {@link #fitToContent()}, cleared by any other change of view: while set, resizing fits again. */
    private boolean fitted;
    private double fitMinZoom = MIN_ZOOM;
    private boolean dirty;
    private long paints;
    /** The view the canvas's pixels were painted for; {@code NaN} before the first paint. */
    private double paintedZoom = Double.NaN;
    private double paintedOriginX;
    private double paintedOriginY;
    /** Repaints once the view has been still for a moment (see {@link #viewChanged()}). */
    private final PauseTransition settle = new PauseTransition(Duration.millis(120));
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (dirty) {
                paintNow();
            }
        }
    };

    /** A canvas in the app's light style. */
    public DiagramCanvas() {
        this(DiagramStyle.light());
    }

    /** A canvas whose empty areas and placeholder follow {@code style}. */
    public DiagramCanvas(DiagramStyle style) {
        this.style.set(java.util.Objects.requireNonNull(style));
        getStyleClass().add("diagram-canvas");
        getChildren().add(canvas);
        canvas.setManaged(false);
        // While a gesture moves the painted picture, it must not spill over the panels around.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(0, 0);
        setPrefSize(800, 600);
        markerTip.getStyleClass().add("marker-tooltip");
        markerTip.setWrapText(true);
        markerTip.setMaxWidth(420);

        diagramScene.addListener((o, a, b) -> repaint());
        paintOptions.addListener((o, a, b) -> repaint());
        placeholder.addListener((o, a, b) -> repaint());
        this.style.addListener((o, a, b) -> repaint());
        zoom.addListener((o, a, b) -> viewChanged());
        originX.addListener((o, a, b) -> viewChanged());
        originY.addListener((o, a, b) -> viewChanged());
        settle.setOnFinished(e -> repaint());

        setOnScroll(this::scrolled);
        setOnZoom(this::pinched);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hoverMarkers);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTip());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hideTip());
    }

    // ---- properties --------------------------------------------------------------------

    /** The scene shown; {@code null} shows the {@link #placeholderProperty() placeholder}. */
    public ObjectProperty<DiagramScene> diagramSceneProperty() {
        return diagramScene;
    }

    public DiagramScene getDiagramScene() {
        return diagramScene.get();
    }

    /** Shows {@code scene} (named so because {@link #getScene()} is the JavaFX scene graph's). */
    public void setScene(DiagramScene scene) {
        diagramScene.set(scene);
    }

    public ObjectProperty<PaintOptions> paintOptionsProperty() {
        return paintOptions;
    }

    public PaintOptions getPaintOptions() {
        return paintOptions.get();
    }

    public void setPaintOptions(PaintOptions options) {
        paintOptions.set(options == null ? PaintOptions.DEFAULT : options);
    }

    /** The text of each finding marker's tooltip. */
    public ObjectProperty<Map<ElementRef, String>> markerMessagesProperty() {
        return markerMessages;
    }

    public void setMarkerMessages(Map<ElementRef, String> messages) {
        markerMessages.set(messages == null ? Map.of() : Map.copyOf(messages));
    }

    /** The text shown while there is no scene. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    public void setPlaceholder(String text) {
        placeholder.set(text == null ? "" : text);
    }

    /** Pixels per diagram unit. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    /** The diagram point at the view's top-left corner. */
    public ReadOnlyDoubleProperty originXProperty() {
        return originX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty originYProperty() {
        return originY.getReadOnlyProperty();
    }

    /** The style of the empty canvas and its placeholder; scenes for this canvas are built in it. */
    public ObjectProperty<DiagramStyle> diagramStyleProperty() {
        return style;
    }

    public DiagramStyle style() {
        return style.get();
    }

    /** Switches the style (light or dark theme); whoever builds the scenes rebuilds them in it. */
    public void setDiagramStyle(DiagramStyle newStyle) {
        style.set(java.util.Objects.requireNonNull(newStyle));
    }

    // ---- view mapping ------------------------------------------------------------------

    public P screenToDiagram(double x, double y) {
        return new P(x / zoom.get() + originX.get(), y / zoom.get() + originY.get());
    }

    public P diagramToScreen(double x, double y) {
        return new P((x - originX.get()) * zoom.get(), (y - originY.get()) * zoom.get());
    }

    /** The diagram area in view. */
    public Rect visibleArea() {
        return new Rect(originX.get(), originY.get(), Math.max(0, getWidth()) / zoom.get(),
                Math.max(0, getHeight()) / zoom.get());
    }

    /** Multiplies the zoom by {@code factor} (within the limits), keeping the diagram point under (x, y) there. */
    public void zoomAt(double factor, double screenX, double screenY) {
        fitted = false;
        P fixed = screenToDiagram(screenX, screenY);
        double z = clampZoom(zoom.get() * factor);
        zoom.set(z);
        originX.set(fixed.x() - screenX / z);
        originY.set(fixed.y() - screenY / z);
    }

    /** Sets the zoom, keeping the centre of the view in place. */
    public void setZoom(double value) {
        zoomAt(clampZoom(value) / zoom.get(), getWidth() / 2, getHeight() / 2);
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    /** Moves the content by (dx, dy) pixels, as a hand dragging it would. */
    public void panBy(double dx, double dy) {
        fitted = false;
        originX.set(originX.get() - dx / zoom.get());
        originY.set(originY.get() - dy / zoom.get());
    }

    /**
     * Zooms and pans so that the whole scene fits the view, never above 100 %; waits for a
     * size if there is none yet, and fits again when the view is resized before the user
     * zooms or pans (a window still being laid out, a panel opening).
     */
    public void fitToContent() {
        fitToContent(MIN_ZOOM);
    }

    /**
     * Like {@link #fitToContent()}, but never below {@code minZoom}: where the whole scene
     * needs less, it is shown at {@code minZoom} from its top, centred across. With
     * {@link #READABLE_ZOOM} node names stay readable.
     */
    public void fitToContent(double minZoom) {
        fitted = true;
        fitMinZoom = minZoom;
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        DiagramScene scene = getDiagramScene();
        Rect content = scene == null ? Rect.EMPTY : scene.bounds();
        if (content.isEmpty()) {
            zoom.set(1);
            originX.set(-getWidth() / 2);
            originY.set(-getHeight() / 2);
            return;
        }
        double w = Math.max(1, getWidth() - 2 * FIT_MARGIN);
        double h = Math.max(1, getHeight() - 2 * FIT_MARGIN);
        double fit = Math.min(1, Math.min(w / Math.max(1, content.width()), h / Math.max(1, content.height())));
        zoom.set(clampZoom(Math.max(fit, Math.min(1, minZoom))));
        centre(content.center());
        if (content.height() * zoom.get() > h) {
            originY.set(content.y() - FIT_MARGIN / zoom.get());
        }
        if (content.width() * zoom.get() > w) {
            originX.set(content.x() - FIT_MARGIN / zoom.get());
        }
    }

    /** Pans so that {@code area} is in the middle of the view, zooming out first if it does not fit. */
    public void centerOn(Rect area) {
        fitted = false;
        if (getWidth() > 0 && getHeight() > 0) {
            double w = Math.max(1, getWidth() - 2 * FIT_MARGIN);
            double h = Math.max(1, getHeight() - 2 * FIT_MARGIN);
            double fits = Math.min(w / Math.max(1, area.width()), h / Math.max(1, area.height()));
            if (fits < zoom.get()) {
                zoom.set(clampZoom(fits));
            }
        }
        centre(area.center());
    }

    private void centre(P c) {
        originX.set(c.x() - getWidth() / 2 / zoom.get());
        originY.set(c.y() - getHeight() / 2 / zoom.get());
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    // ---- painting ----------------------------------------------------------------------

    /**
     * A pan or zoom moves the pixels already painted (a transform of the canvas node, which
     * costs the renderer almost nothing) and repaints only when the view has been still for
     * 120 ms. A software renderer cannot redraw thousands of anti-aliased lines at 30 frames
     * a second; it can move a picture. Other changes (scene, selection, markers) paint on
     * the next pulse as before, at the current view.
     */
    private void viewChanged() {
        if (dirty || Double.isNaN(paintedZoom)) {
            repaint();
            return;
        }
        double k = zoom.get() / paintedZoom;
        double tx = (paintedOriginX - originX.get()) * zoom.get();
        double ty = (paintedOriginY - originY.get()) * zoom.get();
        canvas.getTransforms().setAll(new javafx.scene.transform.Affine(k, 0, tx, 0, k, ty));
        settle.playFromStart();
    }

    /** Asks for a paint on the next pulse; many requests in one pulse give one paint. */
    public void repaint() {
        dirty = true;
        pulse.start();
    }

    /** How many paints have run: for tests and benchmarks. */
    public long paintCount() {
        return paints;
    }

    /** Paints now, on the FX thread, whatever is pending. */
    public void paintNow() {
        dirty = false;
        paints++;
        settle.stop();
        canvas.getTransforms().clear();
        paintedZoom = zoom.get();
        paintedOriginX = originX.get();
        paintedOriginY = originY.get();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setGlobalAlpha(1);
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        DiagramScene scene = getDiagramScene();
        if (scene == null) {
            gc.setFill(FxPainter.fx(style().background()));
            gc.fillRect(0, 0, w, h);
            String text = placeholder.get();
            if (!text.isEmpty()) {
                gc.setFill(FxPainter.fx(style().mutedText()));
                gc.setFont(ThemeFonts.font(new TextStyle(style().fontFamilies(), 15, 400)));
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setTextBaseline(VPos.CENTER);
                String[] lines = text.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    gc.fillText(lines[i], w / 2, h / 2 + (i - (lines.length - 1) / 2.0) * 22);
                }
            }
            return;
        }
        painter.paint(scene, new FxPainter(gc), new Viewport(visibleArea(), zoom.get()), getPaintOptions());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.relocate(0, 0);
            repaint();
            if (fitted && w > 0 && h > 0) {
                fitPending = true;
            }
        }
        if (fitPending && w > 0 && h > 0) {
            fitToContent(fitMinZoom);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    // ---- wheel, pinch and marker tooltips ----------------------------------------------

    private void scrolled(ScrollEvent e) {
        if (e.isConsumed() || getDiagramScene() == null) {
            return;
        }
        if (e.isShiftDown()) {
            double dx = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            panBy(dx, 0);
        } else if (e.isInertia() || e.getTouchCount() > 0) {
            panBy(e.getDeltaX(), e.getDeltaY());
        } else if (e.getDeltaY() != 0) {
            zoomAt(Math.pow(WHEEL_STEP, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        if (!e.isConsumed() && getDiagramScene() != null) {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        }
    }

    private void hoverMarkers(MouseEvent e) {
        DiagramScene scene = getDiagramScene();
        if (scene == null) {
            hideTip();
            return;
        }
        P p = screenToDiagram(e.getX(), e.getY());
        Optional<ElementRef> hit = DiagramPainter.markerAt(scene, getPaintOptions(), p.x(), p.y(), zoom.get());
        String text = hit.map(ref -> markerMessages.get().get(ref)).orElse(null);
        if (text == null) {
            hideTip();
            return;
        }
        if (hit.get().equals(tipFor) && (markerTip.isShowing() || tipDelay.getStatus() == PauseTransition.Status.RUNNING)) {
            return;
        }
        hideTip();
        tipFor = hit.get();
        markerTip.setText(text);
        double sx = e.getScreenX() + 14;
        double sy = e.getScreenY() + 16;
        tipDelay.setOnFinished(done -> {
            if (getScene() != null && getScene().getWindow() != null) {
                markerTip.show(this, sx, sy);
            }
        });
        tipDelay.playFromStart();
    }

    private void hideTip() {
        tipDelay.stop();
        tipFor = null;
        if (markerTip.isShowing()) {
            markerTip.hide();
        }
    }

    /** The element whose marker tooltip is showing or about to show, if any: for tests. */
    Optional<ElementRef> tooltipElement() {
        return Optional.ofNullable(tipFor);
    }

    /** The tooltip shown over finding markers. */
    public Tooltip markerTooltip() {
        return markerTip;
    }
}
