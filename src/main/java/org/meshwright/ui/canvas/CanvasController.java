package org.meshwright.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Rect;
import org.meshwright.edit.Edits;
import org.meshwright.edit.MeshClipboard;
import org.meshwright.model.Bounds;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshChange;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Severity;
import org.meshwright.ui.editor.EditorViewModel;
import org.meshwright.ui.palette.PaletteItem;

/**
 * Turns mouse, keyboard and drop gestures on the {@link DiagramCanvas} into selection
 * changes and undoable commands: click and shift-click select, a drag moves the selection
 * (one command, snapped to the grid), shift-drag on the background draws a rubber band,
 * a plain drag on the background pans, a drag from a node's link handle (or with Ctrl held)
 * draws a link, arrow keys nudge, palette items drop where they are released.
 */
public final class CanvasController {

    /** The grid positions snap to, in diagram units. */
    public static final double GRID = 10;
    /** Width of the link handle at a node's right edge, in screen pixels. */
    static final double HANDLE = 14;

    private enum Gesture { NONE, MOVE, RUBBER, PAN, LINK }

    private final DiagramCanvas canvas;
    private final EditorViewModel editor;
    private final Consumer<String> status;
    private final PaletteAdder adder;
    private Runnable onEditRequest = () -> { };

    /**
     * From this many nodes on, the scene is built on a background thread from a snapshot of
     * the mesh: building it takes about 20 ms per 1,000 nodes, which on the FX thread would
     * freeze a large mesh's window at each edit. It queues behind the edit's validation on
     * the editor's background thread. Smaller meshes get theirs at once.
     */
    static final int BACKGROUND_SCENE_NODES = EditorViewModel.LARGE_MESH_NODES;

    private DiagramScene scene;
    private boolean sceneStale;
    /** Counts scene requests, so that only the newest background build is shown. */
    private long sceneRequests;
    /** Counts mesh changes, so that a background build that missed some is followed by another. */
    private long meshChanges;
    /** Whether the view should fit the diagram once the scene being built arrives (a newly opened mesh). */
    private boolean fitOnArrival;
    private final javafx.beans.property.ReadOnlyBooleanWrapper sceneBuilding =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private Gesture gesture = Gesture.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private P pressDiagram;
    private String linkSource;
    private Map<String, P> dragNodes = Map.of();
    private Map<String, Rect> dragDomains = Map.of();
    private Map<String, P> previewNodes = Map.of();
    private Map<String, Rect> previewDomains = Map.of();
    private MeshClipboard.Content clipboard = MeshClipboard.Content.EMPTY;
    private int pasteCount;

    public CanvasController(DiagramCanvas canvas, EditorViewModel editor, Consumer<String> status) {
        this.canvas = canvas;
        this.editor = editor;
        this.status = status;
        this.adder = new PaletteAdder(canvas, editor, () -> scene, status);
        canvas.setFocusTraversable(true);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !editor.selection().isEmpty()) {
                onEditRequest.run();
            }
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.diagramStyleProperty().addListener((o, a, b) -> rebuildScene());
        canvas.setOnDragOver(this::dragOver);
        canvas.setOnDragDropped(this::dropped);

        editor.meshProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.addListener(this::meshChanged);
            }
            if (b != null && b.nodes().size() >= BACKGROUND_SCENE_NODES) {
                // show nothing of the previous mesh while the new one's scene is built
                scene = DiagramScene.empty(canvas.style());
                canvas.setScene(scene);
                fitOnArrival = true;
                rebuildScene();
            } else {
                rebuildScene();
                fitWhenSized();
            }
        });
        if (editor.mesh() != null) {
            editor.mesh().addListener(this::meshChanged);
        }
        editor.selection().elementsProperty().addListener((o, a, b) -> repaintOptions());
        editor.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> repaintOptions());
        rebuildScene();
    }

    /** Fits the diagram into the view now, or as soon as the canvas has its final size. */
    private void fitWhenSized() {
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0 && canvas.getScene() != null
                && canvas.getScene().getWindow() != null && canvas.getScene().getWindow().isShowing()) {
            Platform.runLater(() -> canvas.fitToContent(DiagramCanvas.READABLE_ZOOM));
            return;
        }
        javafx.beans.value.ChangeListener<Number> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
                    canvas.widthProperty().removeListener(this);
                    canvas.heightProperty().removeListener(this);
                    Platform.runLater(() -> canvas.fitToContent(DiagramCanvas.READABLE_ZOOM));
                }
            }
        };
        canvas.widthProperty().addListener(once);
        canvas.heightProperty().addListener(once);
    }

    /** Called on a double-click: the shell moves the focus to the inspector. */
    public void setOnEditRequest(Runnable onEditRequest) {
        this.onEditRequest = onEditRequest;
    }

    public DiagramScene scene() {
        return scene;
    }

    // ---- scene and paint options -------------------------------------------------------

    private final List<MeshChange> pendingChanges = new ArrayList<>();

    private void meshChanged(List<MeshChange> changes) {
        meshChanges++;
        pendingChanges.addAll(changes);
        if (!sceneStale) {
            sceneStale = true;
            Platform.runLater(() -> {
                sceneStale = false;
                List<MeshChange> batch = List.copyOf(pendingChanges);
                pendingChanges.clear();
                if (!moveOnly(batch)) {
                    rebuildScene();
                }
            });
        }
    }

    /**
     * Applies changes that only move nodes and domains to the scene without rebuilding it
     * (what a drag or a nudge does); false where a full rebuild is needed.
     */
    private boolean moveOnly(List<MeshChange> changes) {
        Map<String, P> nodes = new LinkedHashMap<>();
        Map<String, Rect> domains = new LinkedHashMap<>();
        for (MeshChange change : changes) {
            if (change instanceof MeshChange.PositionChanged moved && moved.after() != null
                    && scene.node(moved.nodeId()) != null) {
                nodes.put(moved.nodeId(), new P(moved.after().x(), moved.after().y()));
            } else if (change instanceof MeshChange.BoundsChanged resized && resized.after() != null
                    && scene.domain(resized.domainId()) != null && scene.domain(resized.domainId()).declared()) {
                Bounds b = resized.after();
                domains.put(resized.domainId(), new Rect(b.x(), b.y(), b.width(), b.height()));
            } else {
                return false;
            }
        }
        scene = scene.withPositions(nodes, domains);
        previewNodes = Map.of();
        previewDomains = Map.of();
        canvas.setScene(scene);
        return true;
    }

    /** Rebuilds the scene from the mesh now (normally done once per pulse after changes). */
    public void rebuildScene() {
        Mesh mesh = editor.mesh();
        DiagramStyle style = canvas.style();
        long request = ++sceneRequests;
        if (mesh != null && mesh.nodes().size() >= BACKGROUND_SCENE_NODES) {
            Mesh snapshot = editor.snapshot();
            long changesAtSnapshot = meshChanges;
            sceneBuilding.set(true);
            boolean first = fitOnArrival; // the first scene of a newly opened mesh
            editor.background().execute(() -> {
                DiagramScene built = DiagramScene.of(snapshot, style);
                built.bounds(); // what fitting the view asks first: not on the FX thread
                if (first) {
                    editor.holdBackground(); // the first paint of a newly opened mesh before more work
                }
                Platform.runLater(() -> {
                    if (first) {
                        editor.releaseBackgroundAfterFrames();
                    }
                    if (request != sceneRequests || editor.mesh() != mesh) {
                        return; // a newer request is on its way
                    }
                    sceneBuilding.set(false);
                    install(built);
                    if (fitOnArrival) {
                        fitOnArrival = false;
                        fitWhenSized();
                    }
                    if (meshChanges != changesAtSnapshot) {
                        rebuildScene(); // the mesh changed while this one was built
                    }
                });
            });
            return;
        }
        sceneBuilding.set(false);
        install(mesh == null ? DiagramScene.empty(style) : DiagramScene.of(mesh, style));
    }

    /** Whether a scene is being built in the background (a large mesh was opened or edited). */
    public javafx.beans.property.ReadOnlyBooleanProperty sceneBuildingProperty() {
        return sceneBuilding.getReadOnlyProperty();
    }

    private void install(DiagramScene built) {
        Mesh mesh = editor.mesh();
        scene = built;
        previewNodes = Map.of();
        previewDomains = Map.of();
        // without a mesh the canvas shows its placeholder (what to do first)
        canvas.setScene(mesh == null ? null : scene);
        repaintOptions();
    }

    private void repaintOptions() {
        Map<ElementRef, Severity> markers = new HashMap<>();
        Map<ElementRef, List<String>> messages = new HashMap<>();
        for (Finding f : editor.findings()) {
            for (ElementRef ref : f.elements()) {
                markers.merge(ref, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                messages.computeIfAbsent(ref, r -> new ArrayList<>())
                        .add(f.severity().keyword() + " " + f.rule() + ": " + f.message());
            }
        }
        Map<ElementRef, String> tips = new HashMap<>();
        messages.forEach((ref, list) -> tips.put(ref, String.join("\n\n", list)));
        canvas.setMarkerMessages(tips);
        canvas.setPaintOptions(canvas.getPaintOptions().withSelected(editor.selection().elements()).withMarkers(markers));
    }

    // ---- mouse -------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        pressDiagram = canvas.screenToDiagram(e.getX(), e.getY());
        if (editor.mesh() == null) {
            return;
        }
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY) {
            gesture = Gesture.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<ElementRef> hit = scene.elementAt(pressDiagram.x(), pressDiagram.y(), tolerance());
        if (hit.isPresent() && hit.get().kind() == ElementKind.NODE
                && (e.isControlDown() || e.isShortcutDown() || onLinkHandle(hit.get().id(), e.getX()))) {
            gesture = Gesture.LINK;
            linkSource = hit.get().id();
            return;
        }
        if (hit.isPresent()) {
            ElementRef ref = hit.get();
            if (e.isShiftDown()) {
                editor.selection().toggle(ref);
            } else if (!editor.selection().contains(ref)) {
                editor.selection().select(ref);
            }
            gesture = ref.kind() == ElementKind.LINK ? Gesture.NONE : Gesture.MOVE;
            if (gesture == Gesture.MOVE) {
                startMove();
            }
        } else if (e.isShiftDown()) {
            gesture = Gesture.RUBBER;
        } else {
            editor.selection().clear();
            gesture = Gesture.PAN;
        }
    }

    private double tolerance() {
        return DiagramScene.LINK_TOLERANCE / Math.max(0.2, canvas.getZoom());
    }

    private boolean onLinkHandle(String nodeId, double screenX) {
        DiagramScene.NodeBox box = scene.node(nodeId);
        if (box == null || !box.kind().canProvide()) {
            return false;
        }
        double right = canvas.diagramToScreen(box.bounds().x() + box.bounds().width(), 0).x();
        return screenX >= right - HANDLE && screenX <= right + 2;
    }

    /** Remembers where the selected nodes and domains (and the nodes inside moved domains) start. */
    private void startMove() {
        Map<String, P> nodes = new LinkedHashMap<>();
        Map<String, Rect> domains = new LinkedHashMap<>();
        for (ElementRef ref : editor.selection().elements()) {
            if (ref.kind() == ElementKind.NODE && scene.node(ref.id()) != null) {
                Rect b = scene.node(ref.id()).bounds();
                nodes.put(ref.id(), new P(b.x(), b.y()));
            } else if (ref.kind() == ElementKind.DOMAIN && scene.domain(ref.id()) != null) {
                domains.put(ref.id(), scene.domain(ref.id()).bounds());
                for (DiagramScene.NodeBox box : scene.nodes()) {
                    if (ref.id().equals(box.domain())) {
                        nodes.putIfAbsent(box.id(), new P(box.bounds().x(), box.bounds().y()));
                    }
                }
            }
        }
        dragNodes = nodes;
        dragDomains = domains;
    }

    private void dragged(MouseEvent e) {
        if (editor.mesh() == null) {
            return;
        }
        P here = canvas.screenToDiagram(e.getX(), e.getY());
        switch (gesture) {
            case PAN -> canvas.panBy(e.getX() - lastX, e.getY() - lastY);
            case MOVE -> previewMove(here);
            case RUBBER -> canvas.setPaintOptions(canvas.getPaintOptions().withRubberBand(rect(pressDiagram, here)));
            case LINK -> {
                Rect from = scene.node(linkSource).bounds();
                canvas.setPaintOptions(canvas.getPaintOptions().withRubberLink(List.of(from.center(), here)));
                DiagramScene.NodeBox target = scene.nodeAt(here.x(), here.y());
                canvas.setCursor(target == null || refusal(linkSource, target.id()) == null ? Cursor.CROSSHAIR
                        : Cursor.DISAPPEAR);
            }
            default -> {
            }
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void previewMove(P here) {
        if (dragNodes.isEmpty() && dragDomains.isEmpty()) {
            return;
        }
        double dx = snap(here.x() - pressDiagram.x());
        double dy = snap(here.y() - pressDiagram.y());
        Map<String, P> nodes = new LinkedHashMap<>();
        dragNodes.forEach((id, p) -> nodes.put(id, new P(p.x() + dx, p.y() + dy)));
        Map<String, Rect> domains = new LinkedHashMap<>();
        dragDomains.forEach((id, r) -> domains.put(id, new Rect(r.x() + dx, r.y() + dy, r.width(), r.height())));
        previewNodes = nodes;
        previewDomains = domains;
        canvas.setScene(scene.withPositions(nodes, domains));
        canvas.setCursor(Cursor.MOVE);
    }

    static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }

    private void released(MouseEvent e) {
        Gesture done = gesture;
        gesture = Gesture.NONE;
        canvas.setCursor(Cursor.DEFAULT);
        if (editor.mesh() == null) {
            return;
        }
        P here = canvas.screenToDiagram(e.getX(), e.getY());
        switch (done) {
            case MOVE -> finishMove();
            case RUBBER -> {
                canvas.setPaintOptions(canvas.getPaintOptions().withRubberBand(null));
                Set<ElementRef> inside = new LinkedHashSet<>(scene.elementsIn(rect(pressDiagram, here)));
                if (e.isShiftDown()) {
                    inside.addAll(editor.selection().elements());
                }
                editor.selection().set(inside);
            }
            case LINK -> finishLink(here);
            default -> {
            }
        }
    }

    private void finishMove() {
        if (previewNodes.isEmpty() && previewDomains.isEmpty()) {
            return;
        }
        Map<String, P> nodes = previewNodes;
        Map<String, Rect> domains = previewDomains;
        previewNodes = Map.of();
        previewDomains = Map.of();
        boolean moved = nodes.entrySet().stream().anyMatch(en -> !en.getValue().equals(dragNodes.get(en.getKey())))
                || domains.entrySet().stream().anyMatch(en -> !en.getValue().equals(dragDomains.get(en.getKey())));
        if (!moved) {
            canvas.setScene(scene);
            return;
        }
        Mesh mesh = editor.mesh();
        Map<String, Point> positions = new LinkedHashMap<>();
        nodes.forEach((id, p) -> positions.put(id, new Point(p.x(), p.y())));
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        domains.forEach((id, r) -> bounds.put(id, new Bounds(r.x(), r.y(), r.width(), r.height())));
        // Nodes dragged on their own (not with their domain) may land in another domain.
        if (domains.isEmpty()) {
            String target = targetDomain(nodes);
            List<String> changing = nodes.keySet().stream().filter(id -> mesh.node(id) != null
                    && !java.util.Objects.equals(mesh.node(id).domain(), target)).toList();
            if (target != null && !changing.isEmpty() && changing.size() == nodes.size()) {
                editor.execute(Edits.moveToDomain(mesh, nodes.keySet(), target, positions));
                status.accept("Moved " + plural(nodes.size(), "node") + " into domain '" + target + "'");
                return;
            }
        }
        editor.execute(Edits.move(mesh, positions, bounds));
    }

    /** The domain under the centre of every moved node, if they all land in the same one. */
    private String targetDomain(Map<String, P> nodes) {
        String common = null;
        for (Map.Entry<String, P> en : nodes.entrySet()) {
            DiagramScene.NodeBox box = scene.node(en.getKey());
            if (box == null) {
                return null;
            }
            double cx = en.getValue().x() + box.bounds().width() / 2;
            double cy = en.getValue().y() + box.bounds().height() / 2;
            Optional<DiagramScene.DomainBox> domain = scene.domainAt(cx, cy);
            if (domain.isEmpty() || !domain.get().declared()) {
                return null;
            }
            if (common != null && !common.equals(domain.get().id())) {
                return null;
            }
            common = domain.get().id();
        }
        return common;
    }

    private void finishLink(P here) {
        canvas.setPaintOptions(canvas.getPaintOptions().withRubberLink(List.of()));
        DiagramScene.NodeBox target = scene.nodeAt(here.x(), here.y());
        if (target == null) {
            return;
        }
        String reason = refusal(linkSource, target.id());
        if (reason != null) {
            status.accept("No link: " + reason);
            return;
        }
        Link link = Link.of(linkSource, target.id());
        editor.execute(Edits.addLink(editor.mesh(), link));
        editor.selection().select(ElementRef.link(link.effectiveId()));
        status.accept("Linked " + linkSource + " \u2192 " + target.id());
    }

    /** Why the format forbids a link from {@code from} to {@code to}, or {@code null} where it allows it. */
    public String refusal(String from, String to) {
        Mesh mesh = editor.mesh();
        MeshNode a = mesh.node(from);
        MeshNode b = mesh.node(to);
        if (a == null || b == null) {
            return "both ends must be nodes.";
        }
        if (!a.kind().canProvide()) {
            return "a " + a.kind().keyword() + " cannot provide data; links start at a data product or source system.";
        }
        if (b.kind().isPassThrough()) {
            return "a " + b.kind().keyword() + " is passed through, not linked to: draw the link to the consumer and"
                    + " add '" + to + "' to the link's 'via' in the inspector.";
        }
        if (b.kind() == NodeKind.PLATFORM) {
            return "platforms are never on a link; a domain names its platform in the inspector ('platform').";
        }
        if (b.kind() == NodeKind.GOVERNANCE) {
            return "governance services are never on a link.";
        }
        if (!b.kind().canConsume()) {
            return "a " + b.kind().keyword() + " cannot consume data; links end at a data product or consumer.";
        }
        if (mesh.link(org.meshwright.model.Ids.defaultLinkId(from, to)) != null) {
            return "'" + from + "' already feeds '" + to + "'; select that link to edit it.";
        }
        return null;
    }

    private void moved(MouseEvent e) {
        if (editor.mesh() == null || scene == null) {
            return;
        }
        P p = canvas.screenToDiagram(e.getX(), e.getY());
        Optional<ElementRef> hit = scene.elementAt(p.x(), p.y(), tolerance());
        if (!java.util.Objects.equals(canvas.getPaintOptions().hovered(), hit.orElse(null))) {
            canvas.setPaintOptions(canvas.getPaintOptions().withHovered(hit.orElse(null)));
        }
        boolean handle = hit.isPresent() && hit.get().kind() == ElementKind.NODE && onLinkHandle(hit.get().id(), e.getX());
        canvas.setCursor(handle ? Cursor.CROSSHAIR : hit.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
    }

    private static Rect rect(P a, P b) {
        return new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    // ---- keyboard ----------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        if (editor.mesh() == null || e.isShortcutDown()) {
            return;
        }
        double step = e.isShiftDown() ? 1 : GRID;
        double dx = 0;
        double dy = 0;
        switch (e.getCode()) {
            case LEFT -> dx = -step;
            case RIGHT -> dx = step;
            case UP -> dy = -step;
            case DOWN -> dy = step;
            case ESCAPE -> {
                editor.selection().clear();
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        if (!editor.selection().isEmpty()) {
            editor.execute(Edits.nudge(editor.mesh(), editor.selection().elements(), dx, dy));
        }
        e.consume();
    }

    // ---- commands the shell's actions call --------------------------------------------

    public void deleteSelection() {
        if (editor.mesh() != null && !editor.selection().isEmpty()) {
            int n = editor.selection().elements().size();
            editor.execute(Edits.delete(editor.mesh(), editor.selection().elements()));
            status.accept("Deleted " + plural(n, "element"));
        }
    }

    public void selectAll() {
        Mesh mesh = editor.mesh();
        if (mesh == null) {
            return;
        }
        List<ElementRef> all = new ArrayList<>();
        mesh.domains().forEach(d -> all.add(ElementRef.domain(d.id())));
        mesh.nodes().forEach(n -> all.add(ElementRef.node(n.id())));
        mesh.links().forEach(l -> all.add(ElementRef.link(l.effectiveId())));
        editor.selection().set(all);
    }

    public void copy() {
        if (editor.mesh() != null && !editor.selection().isEmpty()) {
            clipboard = MeshClipboard.copy(editor.mesh(), editor.selection().elements());
            pasteCount = 0;
            status.accept("Copied " + plural(clipboard.size(), "element"));
        }
    }

    public void cut() {
        copy();
        deleteSelection();
    }

    public void paste() {
        if (editor.mesh() == null || clipboard.isEmpty()) {
            return;
        }
        pasteCount++;
        Mesh mesh = editor.mesh();
        Set<String> before = new java.util.HashSet<>();
        mesh.domains().forEach(d -> before.add(d.id()));
        mesh.nodes().forEach(n -> before.add(n.id()));
        editor.execute(Edits.paste(mesh, clipboard, 2 * GRID * pasteCount, 2 * GRID * pasteCount));
        List<ElementRef> added = new ArrayList<>();
        mesh.domains().stream().filter(d -> !before.contains(d.id())).forEach(d -> added.add(ElementRef.domain(d.id())));
        mesh.nodes().stream().filter(n -> !before.contains(n.id())).forEach(n -> added.add(ElementRef.node(n.id())));
        editor.selection().set(added);
        status.accept("Pasted " + plural(added.size(), "element"));
    }

    public boolean canPaste() {
        return !clipboard.isEmpty();
    }

    /** Selects the elements of a finding and brings them into view. */
    public void reveal(Finding finding) {
        List<ElementRef> refs = finding.elements().stream()
                .filter(r -> r.kind() == ElementKind.DOMAIN || r.kind() == ElementKind.NODE || r.kind() == ElementKind.LINK)
                .toList();
        editor.selection().set(refs);
        Rect area = null;
        for (ElementRef ref : refs) {
            Rect r = scene.boundsOf(ref);
            if (r != null) {
                area = area == null ? r : area.union(r);
            }
        }
        if (area != null) {
            canvas.centerOn(area);
        }
    }

    // ---- adding from the palette -------------------------------------------------------

    /**
     * Adds a palette item where the user can see it: a domain to the right of the others; a
     * data product, source system or consumer into the selected domain (at its first free
     * spot, growing the domain where it is full); anything else at the centre of the view.
     */
    public void addInView(PaletteItem item) {
        adder.addInView(item);
    }

    /** Adds a palette item centred at {@code at} (diagram units), inside the domain there, if any. */
    public void add(PaletteItem item, P at) {
        adder.add(item, at);
    }

    private void dragOver(DragEvent e) {
        if (editor.mesh() != null && e.getDragboard().hasString()
                && PaletteItem.fromDragText(e.getDragboard().getString()) != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        PaletteItem item = e.getDragboard().hasString() ? PaletteItem.fromDragText(e.getDragboard().getString()) : null;
        if (item != null) {
            add(item, canvas.screenToDiagram(e.getX(), e.getY()));
            e.setDropCompleted(true);
        }
        e.consume();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
