package org.meshwright.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import org.meshwright.model.NodeKind;
import org.meshwright.ui.editor.EditorViewModel;
import org.meshwright.ui.theme.KindStyle;

/**
 * The inspector panel: a header naming the shown element (its kind's colour, name and id)
 * over its fields in sections (Identity, Ownership, Data, Quality (SLO), Ports; Sharing for
 * links), each with the control its kind wants. Follows an {@link InspectorViewModel}; text
 * commits on Enter and focus loss, Escape reverts, and a refused input is marked at its
 * field with the reason under it. Styled by {@code inspector.css}; 320 px wide unless laid
 * out otherwise.
 */
public final class InspectorView extends BorderPane {

    static final String STYLESHEET = "/org/meshwright/ui/inspector/inspector.css";

    private final ObjectProperty<InspectorViewModel> viewModel = new SimpleObjectProperty<>(this, "viewModel");
    private final VBox sections = new VBox();
    private final ScrollPane scroller = new ScrollPane(sections);
    private final HBox header;
    private final StackPane badge = new StackPane();
    private final Label badgeGlyph = new Label();
    private final Label kind = new Label();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label placeholder = new Label("No mesh open");
    private final ListChangeListener<FieldModel> fieldsChanged = c -> rebuild();
    private final ChangeListener<Object> headerChanged = (o, a, b) -> updateBadge();
    private List<FieldControl> controls = new ArrayList<>();
    private boolean rebuilding;
    private boolean rebuildAgain;

    /** An inspector of one mesh, as {@code viewModel} shows it. */
    public InspectorView(InspectorViewModel viewModel) {
        this();
        setViewModel(Objects.requireNonNull(viewModel, "viewModel"));
    }

    /**
     * An inspector that follows the editor: the mesh it has open (a new view model for each),
     * what is selected in it, and the selection moved along when the inspector renames the
     * selected element. Shows "No mesh open" while there is none.
     */
    public InspectorView(EditorViewModel editor) {
        this();
        new EditorBinding(editor, this::setViewModel);
    }

    private InspectorView() {
        getStyleClass().add("inspector");
        getStylesheets().add(InspectorView.class.getResource(STYLESHEET).toExternalForm());
        setId("inspector");
        setPrefWidth(320);
        setMinWidth(240);

        header = header();
        sections.getStyleClass().add("inspector-sections");
        scroller.getStyleClass().add("inspector-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        placeholder.getStyleClass().addAll("inspector-none", "inspector-placeholder");
        viewModel.addListener((o, before, after) -> attach(before, after));
        attach(null, null);

        // tabbing through the fields scrolls the one with the focus into view
        ChangeListener<Node> focusOwner = (o, a, b) -> reveal(b);
        sceneProperty().addListener((o, before, after) -> {
            if (before != null) {
                before.focusOwnerProperty().removeListener(focusOwner);
            }
            if (after != null) {
                after.focusOwnerProperty().addListener(focusOwner);
            }
        });
    }

    /** The view model shown, or {@code null} while no mesh is open. */
    public InspectorViewModel getViewModel() {
        return viewModel.get();
    }

    /** Shows another view model (e.g. for a newly opened mesh), or, with {@code null}, "No mesh open". */
    public void setViewModel(InspectorViewModel value) {
        viewModel.set(value);
    }

    public ObjectProperty<InspectorViewModel> viewModelProperty() {
        return viewModel;
    }

    /**
     * Moves the keyboard focus into the inspector, e.g. on a double-click on the canvas: to the
     * name field where there is one, otherwise to the first field that can be edited. Text is
     * selected so that typing replaces it.
     */
    public void focusFirstField() {
        FieldControl target = controls.stream().filter(c -> c.field.isEditable() && c.field.name().endsWith("name")
                        && c.field.kind() != FieldKind.ID).findFirst()
                .orElse(controls.stream().filter(c -> c.field.isEditable()).findFirst().orElse(null));
        if (target != null) {
            Node control = target.control();
            control.requestFocus();
            if (control instanceof TextInputControl text) {
                text.selectAll();
            }
        }
    }

    /** Commits what the user typed but has not committed yet, e.g. before saving or closing. */
    public void commitPendingEdits() {
        List.copyOf(controls).forEach(FieldControl::flush);
    }

    private void attach(InspectorViewModel before, InspectorViewModel after) {
        if (before != null) {
            before.fields().removeListener(fieldsChanged);
            before.modeProperty().removeListener(headerChanged);
            before.nodeKindProperty().removeListener(headerChanged);
            before.selectionProperty().removeListener(headerChanged);
        }
        kind.textProperty().unbind();
        title.textProperty().unbind();
        subtitle.textProperty().unbind();
        if (after == null) {
            setTop(null);
            setCenter(placeholder);
            rebuild();
            return;
        }
        kind.textProperty().bind(after.kindLabelProperty());
        title.textProperty().bind(after.titleProperty());
        subtitle.textProperty().bind(after.subtitleProperty());
        after.fields().addListener(fieldsChanged);
        after.modeProperty().addListener(headerChanged);
        after.nodeKindProperty().addListener(headerChanged);
        after.selectionProperty().addListener(headerChanged);
        setTop(header);
        setCenter(scroller);
        rebuild();
    }

    // ---- header ------------------------------------------------------------------------

    private HBox header() {
        badge.getStyleClass().add("inspector-badge");
        badgeGlyph.getStyleClass().add("inspector-badge-glyph");
        kind.getStyleClass().add("inspector-kind");
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        subtitle.setId("inspector-subtitle");
        subtitle.getStyleClass().add("inspector-subtitle");
        VBox names = new VBox(0, kind, title, subtitle);
        names.setMinWidth(0);
        HBox.setHgrow(names, Priority.ALWAYS);

        HBox box = new HBox(12, badge, names);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("inspector-header");
        return box;
    }

    private void updateBadge() {
        InspectorViewModel vm = viewModel.get();
        if (vm == null) {
            return;
        }
        NodeKind nodeKind = vm.nodeKindProperty().get();
        Color color;
        Node icon;
        if (vm.mode() == InspectorViewModel.Mode.NODE && nodeKind != null) {
            color = KindStyle.accent(nodeKind);
            icon = KindStyle.icon(nodeKind, 18, Color.WHITE);
        } else {
            color = switch (vm.mode()) {
                case DOMAIN -> Color.web("#475569");
                case LINK -> Color.web("#64748b");
                case MULTIPLE -> Color.web("#94a3b8");
                default -> Color.web("#1e293b");
            };
            icon = badgeIcon(vm);
        }
        badge.setStyle("-fx-background-color: " + web(color) + ";");
        badge.getChildren().setAll(icon);
        badge.setAccessibleText(vm.kindLabelProperty().get());
    }

    private static String circle(int cx, int cy) {
        return "M" + (cx - 3) + " " + cy + " A3 3 0 1 0 " + (cx + 3) + " " + cy + " A3 3 0 1 0 " + (cx - 3) + " " + cy + " Z ";
    }

    /** The badge of a domain, a link, the mesh or a multiple selection: a simple white drawing or a count. */
    private Node badgeIcon(InspectorViewModel vm) {
        String path = switch (vm.mode()) {
            // a dashed frame, as domains are drawn
            case DOMAIN -> "M3 3 H8 V5 H5 V8 H3 Z M10 3 H14 V5 H10 Z M16 3 H21 V8 H19 V5 H16 Z M19 10 H21 V14 H19 Z "
                    + "M19 16 H21 V21 H16 V19 H19 Z M10 19 H14 V21 H10 Z M3 16 H5 V19 H8 V21 H3 Z M3 10 H5 V14 H3 Z";
            // an arrow: data flows from left to right
            case LINK -> "M3 11 H16 V7 L22 12 L16 17 V13 H3 Z";
            // four connected nodes
            case MESH -> circle(6, 6) + circle(18, 6) + circle(6, 18) + circle(18, 18)
                    + "M6 5 H18 V7 H6 Z M6 17 H18 V19 H6 Z M5 6 H7 V18 H5 Z M17 6 H19 V18 H17 Z";
            default -> null;
        };
        if (path == null) {
            badgeGlyph.setText(String.valueOf(vm.selection().size()));
            return badgeGlyph;
        }
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.setFill(Color.WHITE);
        svg.setScaleX(0.75);
        svg.setScaleY(0.75);
        return new Group(svg);
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    // ---- sections ----------------------------------------------------------------------

    private void rebuild() {
        if (rebuilding) {
            rebuildAgain = true; // a flushed edit changed the fields again: build once more after this
            return;
        }
        rebuilding = true;
        try {
            do {
                rebuildAgain = false;
                List<FieldControl> old = controls;
                controls = new ArrayList<>();
                // an edit typed into the old element's fields still belongs to it
                old.forEach(FieldControl::flush);
                old.forEach(FieldControl::dispose);
                build();
            } while (rebuildAgain);
        } finally {
            rebuilding = false;
        }
        updateBadge();
    }

    private void build() {
        InspectorViewModel vm = viewModel.get();
        if (vm == null) {
            sections.getChildren().clear();
            return;
        }
        Map<String, VBox> bySection = new LinkedHashMap<>();
        for (FieldModel field : vm.fields()) {
            VBox section = bySection.computeIfAbsent(field.section(), this::section);
            FieldControl control = FieldControls.of(field);
            controls.add(control);
            section.getChildren().add(control.row());
        }
        sections.getChildren().setAll(bySection.values());
        if (bySection.isEmpty()) {
            Label none = new Label("No fields in common");
            none.getStyleClass().add("inspector-none");
            sections.getChildren().add(none);
        }
        scroller.setVvalue(0);
    }

    /** Scrolls so that {@code node}, if it is one of the fields' controls, is in view. */
    void reveal(Node node) {
        if (node == null || !isInside(node, sections)) {
            return;
        }
        Bounds bounds = sections.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double content = sections.getLayoutBounds().getHeight();
        double viewport = scroller.getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double top = scroller.getVvalue() * (content - viewport);
        double y;
        if (bounds.getMinY() - REVEAL_MARGIN < top) {
            y = bounds.getMinY() - REVEAL_MARGIN;
        } else if (bounds.getMaxY() + REVEAL_MARGIN > top + viewport) {
            y = bounds.getMaxY() + REVEAL_MARGIN - viewport;
        } else {
            return;
        }
        scroller.setVvalue(Math.max(0, Math.min(1, y / (content - viewport))));
    }

    /** Room for a field's label above its control and its message below. */
    private static final double REVEAL_MARGIN = 24;

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private VBox section(String name) {
        Label label = new Label(name.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("inspector-section-title");
        VBox section = new VBox(label);
        section.getStyleClass().add("inspector-section");
        section.setId("inspector-section-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-")
                .replaceAll("-$", ""));
        return section;
    }
}
