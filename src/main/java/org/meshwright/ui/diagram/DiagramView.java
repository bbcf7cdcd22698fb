package org.meshwright.ui.diagram;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.meshwright.model.Bounds;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;
import org.meshwright.ui.theme.KindStyle;

/**
 * A read-only picture of a mesh: domains as rounded frames, nodes as boxes, links as
 * straight arrows, placed by {@link DiagramGeometry}. Shown in a scroll pane that pans by
 * dragging and zooms with the shortcut key and the mouse wheel. The editor's canvas
 * replaces it in a later version.
 */
public final class DiagramView extends StackPane {

    private static final double MARGIN = 40;
    private static final double ARROW_LENGTH = 11;
    private static final double ARROW_HALF_WIDTH = 5;
    private static final double ZOOM_STEP = 1.2;
    private static final double READABLE_ZOOM = 0.7;
    private static final double MIN_ZOOM = 0.2;
    private static final double MAX_ZOOM = 3;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Pane content = new Pane();
    private final ScrollPane scroller = new ScrollPane(new Group(content));
    private final Label placeholder = new Label();
    private final Map<String, Region> nodeViews = new HashMap<>();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    public DiagramView() {
        getStyleClass().add("diagram-view");
        content.getStyleClass().add("diagram-content");
        scroller.setPannable(true);
        scroller.setFitToWidth(false);
        scroller.getStyleClass().add("diagram-scroller");
        placeholder.getStyleClass().add("diagram-placeholder");
        placeholder.setWrapText(true);
        getChildren().addAll(scroller, placeholder);
        content.getTransforms().add(scale);
        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);
        scroller.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                setZoom(getZoom() * (e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP));
                e.consume();
            }
        });
        clear();
    }

    /** Shows no mesh, with a hint how to open one. */
    public void clear() {
        showPlaceholder("Open a mesh file to see its diagram:\nFile \u203a Open\u2026 or drop a *.mesh.yaml file here.");
    }

    /** Shows a message instead of a diagram. */
    public void showPlaceholder(String message) {
        content.getChildren().clear();
        nodeViews.clear();
        placeholder.setText(message);
        placeholder.setVisible(true);
        scroller.setVisible(false);
    }

    /** Draws {@code mesh}, replacing what was shown. */
    public void show(Mesh mesh) {
        DiagramGeometry geometry = DiagramGeometry.of(mesh);
        Bounds extent = geometry.extent();
        double dx = MARGIN - extent.x();
        double dy = MARGIN - extent.y();
        content.getChildren().clear();
        nodeViews.clear();
        for (DiagramGeometry.DomainBox domain : geometry.domains()) {
            content.getChildren().add(domainView(domain, dx, dy));
        }
        for (DiagramGeometry.LinkSegment segment : geometry.links()) {
            content.getChildren().add(linkView(segment, dx, dy));
        }
        for (DiagramGeometry.NodeBox box : geometry.nodes()) {
            Region view = nodeView(box, dx, dy);
            nodeViews.put(box.node().id(), view);
            content.getChildren().add(view);
        }
        content.setPrefSize(extent.width() + 2 * MARGIN, extent.height() + 2 * MARGIN);
        content.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        placeholder.setVisible(false);
        scroller.setVisible(true);
        scroller.setHvalue(0);
        scroller.setVvalue(0);
        // Once laid out, show as much as fits while text stays readable.
        Platform.runLater(() -> {
            zoomToFit();
            setZoom(Math.max(getZoom(), READABLE_ZOOM));
        });
    }

    /** The scale of the diagram: 1 shows one diagram unit as one pixel. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    /** Sets the zoom, kept between 20 % and 300 %. */
    public void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
    }

    public void zoomIn() {
        setZoom(getZoom() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(getZoom() / ZOOM_STEP);
    }

    /** Zooms so that the whole diagram fits the view, never above 100 %. */
    public void zoomToFit() {
        double width = scroller.getViewportBounds().getWidth();
        double height = scroller.getViewportBounds().getHeight();
        if (width <= 0 || height <= 0 || content.getPrefWidth() <= 0 || content.getPrefHeight() <= 0) {
            return;
        }
        setZoom(Math.min(1, Math.min(width / content.getPrefWidth(), height / content.getPrefHeight())));
    }

    /** Marks the node {@code id} as selected (or none, with {@code null}) and scrolls it into view. */
    public void select(String id) {
        nodeViews.values().forEach(v -> v.pseudoClassStateChanged(SELECTED, false));
        Region view = id == null ? null : nodeViews.get(id);
        if (view == null) {
            return;
        }
        view.pseudoClassStateChanged(SELECTED, true);
        double z = getZoom();
        double contentWidth = content.getPrefWidth() * z;
        double contentHeight = content.getPrefHeight() * z;
        double viewportWidth = scroller.getViewportBounds().getWidth();
        double viewportHeight = scroller.getViewportBounds().getHeight();
        if (contentWidth > viewportWidth) {
            double cx = (view.getLayoutX() + view.getPrefWidth() / 2) * z - viewportWidth / 2;
            scroller.setHvalue(clamp(cx / (contentWidth - viewportWidth)));
        }
        if (contentHeight > viewportHeight) {
            double cy = (view.getLayoutY() + view.getPrefHeight() / 2) * z - viewportHeight / 2;
            scroller.setVvalue(clamp(cy / (contentHeight - viewportHeight)));
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private Node domainView(DiagramGeometry.DomainBox domain, double dx, double dy) {
        Bounds b = domain.bounds();
        Rectangle frame = new Rectangle(b.width(), b.height());
        frame.setArcWidth(22);
        frame.setArcHeight(22);
        frame.setFill(KindStyle.domainFill(domain.index()));
        frame.setStroke(KindStyle.domainStroke(domain.index()));
        frame.setStrokeWidth(1.5);
        if (!domain.declared()) {
            frame.getStrokeDashArray().setAll(6.0, 5.0);
        }
        Text title = new Text(domain.label());
        title.getStyleClass().add("domain-title");
        title.setX(14);
        title.setY(23);
        Rectangle clip = new Rectangle(b.width() - 16, b.height());
        title.setClip(clip);
        Group group = new Group(frame, title);
        group.getStyleClass().add("diagram-domain");
        group.setId("domain-" + domain.id());
        group.relocate(b.x() + dx, b.y() + dy);
        return group;
    }

    private Node linkView(DiagramGeometry.LinkSegment segment, double dx, double dy) {
        Point from = segment.from().translate(dx, dy);
        Point to = segment.to().translate(dx, dy);
        Group group = new Group();
        group.getStyleClass().add("diagram-link");
        Tooltip.install(group, new Tooltip(segment.link().from() + " \u2192 " + segment.link().to()));
        if (segment.selfLoop()) {
            double radius = (to.y() - from.y()) / 2;
            Arc loop = new Arc(from.x(), (from.y() + to.y()) / 2, radius * 1.2, radius, -90, 180);
            loop.setType(ArcType.OPEN);
            loop.setFill(null);
            loop.getStyleClass().add("link-line");
            group.getChildren().addAll(loop, arrowHead(new Point(to.x() + 4, to.y() + 1), to));
            return group;
        }
        Line line = new Line(from.x(), from.y(), to.x(), to.y());
        line.getStyleClass().add("link-line");
        if (DiagramGeometry.isProposed(segment.link())) {
            line.getStrokeDashArray().setAll(7.0, 5.0);
        }
        group.getChildren().addAll(line, arrowHead(from, to));
        return group;
    }

    private static Polygon arrowHead(Point from, Point to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return new Polygon();
        }
        double ux = dx / length;
        double uy = dy / length;
        double bx = to.x() - ux * ARROW_LENGTH;
        double by = to.y() - uy * ARROW_LENGTH;
        Polygon head = new Polygon(
                to.x(), to.y(),
                bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH,
                bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH);
        head.getStyleClass().add("link-head");
        return head;
    }

    private Region nodeView(DiagramGeometry.NodeBox box, double dx, double dy) {
        MeshNode node = box.node();
        Bounds b = box.bounds();
        Label name = new Label(node.displayName());
        name.getStyleClass().add("node-name");
        name.setMaxWidth(b.width() - 24);
        Label kind = new Label(KindStyle.label(node.kind()));
        kind.getStyleClass().add("node-kind");
        kind.setTextFill(KindStyle.accent(node.kind()));
        VBox text = new VBox(2, name, kind);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setPadding(new Insets(6, 10, 6, 16));

        Region stripe = new Region();
        stripe.getStyleClass().add("node-stripe");
        stripe.setBackground(new Background(new BackgroundFill(
                KindStyle.accent(node.kind()), new CornerRadii(7, 0, 0, 7, false), Insets.EMPTY)));
        stripe.setMaxWidth(6);
        stripe.setMinWidth(6);
        StackPane.setAlignment(stripe, Pos.CENTER_LEFT);

        StackPane view = new StackPane(stripe, text);
        view.getStyleClass().add("diagram-node");
        view.setId("node-" + node.id());
        view.setPrefSize(b.width(), b.height());
        view.setMinSize(b.width(), b.height());
        view.setMaxSize(b.width(), b.height());
        view.relocate(b.x() + dx, b.y() + dy);
        view.resize(b.width(), b.height());
        String tip = node.displayName() + "\n" + node.id() + " \u00b7 " + KindStyle.label(node.kind())
                + (node.description() != null ? "\n" + node.description() : "");
        Tooltip.install(view, new Tooltip(tip));
        return view;
    }
}
