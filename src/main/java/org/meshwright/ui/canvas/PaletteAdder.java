package org.meshwright.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Rect;
import org.meshwright.edit.Command;
import org.meshwright.edit.CompoundCommand;
import org.meshwright.edit.Edits;
import org.meshwright.edit.UniqueIds;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.ui.editor.EditorViewModel;
import org.meshwright.ui.palette.PaletteItem;

/**
 * Adds what the palette offers to the mesh: at a point (a drop), or where the user can see
 * it (a click); selects the new element, scrolls it into view and says what was added.
 */
final class PaletteAdder {

    private final DiagramCanvas canvas;
    private final EditorViewModel editor;
    private final Supplier<DiagramScene> scene;
    private final Consumer<String> status;

    PaletteAdder(DiagramCanvas canvas, EditorViewModel editor, Supplier<DiagramScene> scene, Consumer<String> status) {
        this.canvas = canvas;
        this.editor = editor;
        this.scene = scene;
        this.status = status;
    }

    /**
     * Adds a palette item where the user can see it: a domain to the right of the others; a
     * data product, source system or consumer into the selected domain (at its first free
     * spot, growing the domain where it is full); anything else at the centre of the view.
     */
    void addInView(PaletteItem item) {
        Mesh mesh = editor.mesh();
        if (mesh == null) {
            return;
        }
        if (item.isDomain()) {
            List<DiagramScene.DomainBox> domains = scene.get().domains();
            Rect all = domains.isEmpty() ? null : Rect.union(domains.stream().map(DiagramScene.DomainBox::bounds).toList());
            P at = all == null ? canvas.screenToDiagram(canvas.getWidth() / 2, canvas.getHeight() / 2)
                    : new P(all.maxX() + 60 + 210, all.y() + 120);
            add(item, at);
            return;
        }
        String domain = selectedDomain();
        if (domain != null && item.kind() != null && (item.kind() == NodeKind.DATA_PRODUCT
                || item.kind() == NodeKind.SOURCE_SYSTEM || item.kind() == NodeKind.CONSUMER)) {
            addIntoDomain(item, domain);
            return;
        }
        add(item, canvas.screenToDiagram(canvas.getWidth() / 2, canvas.getHeight() / 2));
    }

    /** The one selected domain (or the domain of the one selected node), if any. */
    private String selectedDomain() {
        Set<ElementRef> selected = editor.selection().elements();
        if (selected.size() != 1) {
            return null;
        }
        ElementRef ref = selected.iterator().next();
        if (ref.kind() == ElementKind.DOMAIN && editor.mesh().domain(ref.id()) != null) {
            return ref.id();
        }
        if (ref.kind() == ElementKind.NODE && editor.mesh().node(ref.id()) != null) {
            String d = editor.mesh().node(ref.id()).domain();
            return d != null && editor.mesh().domain(d) != null ? d : null;
        }
        return null;
    }

    private void addIntoDomain(PaletteItem item, String domainId) {
        Mesh mesh = editor.mesh();
        DiagramScene.DomainBox box = scene.get().domain(domainId);
        double w = canvas.style().nodeWidth();
        double h = canvas.style().nodeHeight();
        double pad = canvas.style().domainPadding();
        double stepX = w + 4 * CanvasController.GRID;
        double stepY = h + 3 * CanvasController.GRID;
        Rect area = box.bounds();
        double left = CanvasController.snap(area.x() + pad);
        double top = CanvasController.snap(area.y() + canvas.style().domainTitleBand() + pad / 2);
        List<Rect> taken = scene.get().nodes().stream().map(DiagramScene.NodeBox::bounds).toList();
        P spot = null;
        for (int row = 0; spot == null && row < 200; row++) {
            for (int col = 0; col < Math.max(1, (int) ((area.width() - 2 * pad + 4 * CanvasController.GRID) / stepX)); col++) {
                Rect candidate = new Rect(left + col * stepX, top + row * stepY, w, h);
                Rect margin = new Rect(candidate.x() - CanvasController.GRID, candidate.y() - CanvasController.GRID, w + 2 * CanvasController.GRID, h + 2 * CanvasController.GRID);
                if (taken.stream().noneMatch(r -> r.intersects(margin))) {
                    spot = new P(candidate.x(), candidate.y());
                    break;
                }
            }
        }
        if (spot == null) {
            spot = new P(left, area.maxY());
        }
        String id = UniqueIds.unique(domainId + "." + item.kind().keyword(), mesh::isIdTaken);
        MeshNode node = MeshNode.builder(id, item.kind()).name("New " + item.label().toLowerCase(Locale.ROOT))
                .domain(domainId).build();
        List<Command> parts = new ArrayList<>();
        parts.add(Edits.addNode(mesh, node, new Point(spot.x(), spot.y())));
        Bounds bounds = mesh.diagram().bounds(domainId);
        if (bounds != null) {
            double maxX = Math.max(bounds.x() + bounds.width(), spot.x() + w + pad);
            double maxY = Math.max(bounds.y() + bounds.height(), spot.y() + h + pad);
            Bounds grown = new Bounds(bounds.x(), bounds.y(), maxX - bounds.x(), maxY - bounds.y());
            if (!grown.equals(bounds)) {
                parts.add(Edits.move(mesh, Map.of(), Map.of(domainId, grown)));
            }
        }
        editor.execute(parts.size() == 1 ? parts.get(0)
                : new CompoundCommand(parts.get(0).label(), parts));
        editor.selection().select(ElementRef.node(id));
        reveal(new Rect(spot.x(), spot.y(), w, h));
        status.accept("Added " + item.kind().keyword() + " '" + id + "' to domain '" + domainId + "'");
    }

    /** Scrolls {@code area} into view where it is not visible. */
    private void reveal(Rect area) {
        Rect visible = canvas.visibleArea();
        if (!(visible.contains(area.x(), area.y()) && visible.contains(area.maxX(), area.maxY()))) {
            canvas.centerOn(area);
        }
    }

    /** Adds a palette item centred at {@code at} (diagram units), inside the domain there, if any. */
    void add(PaletteItem item, P at) {
        Mesh mesh = editor.mesh();
        if (mesh == null) {
            return;
        }
        if (item.isDomain()) {
            String id = UniqueIds.unique("domain", mesh::isIdTaken);
            double w = 420;
            double h = 240;
            Bounds bounds = new Bounds(CanvasController.snap(at.x() - w / 2), CanvasController.snap(at.y() - h / 2), w, h);
            editor.execute(Edits.addDomain(mesh, new Domain(id, "New domain", null, null, null, Map.of()), bounds));
            editor.selection().select(ElementRef.domain(id));
            reveal(new Rect(bounds.x(), bounds.y(), w, h));
            status.accept("Added domain '" + id + "'");
            return;
        }
        NodeKind kind = item.kind();
        String domain = null;
        if (kind == NodeKind.DATA_PRODUCT || kind == NodeKind.SOURCE_SYSTEM || kind == NodeKind.CONSUMER) {
            domain = scene.get().domainAt(at.x(), at.y()).filter(DiagramScene.DomainBox::declared)
                    .map(DiagramScene.DomainBox::id).orElse(null);
        }
        String base = (domain == null ? "" : domain + ".") + kind.keyword();
        String id = UniqueIds.unique(base, mesh::isIdTaken);
        MeshNode node = MeshNode.builder(id, kind).name("New " + item.label().toLowerCase(Locale.ROOT))
                .domain(domain).build();
        double w = canvas.style().nodeWidth();
        double h = canvas.style().nodeHeight();
        editor.execute(Edits.addNode(mesh, node, new Point(CanvasController.snap(at.x() - w / 2), CanvasController.snap(at.y() - h / 2))));
        editor.selection().select(ElementRef.node(id));
        reveal(new Rect(CanvasController.snap(at.x() - w / 2), CanvasController.snap(at.y() - h / 2), w, h));
        status.accept("Added " + kind.keyword() + " '" + id + "'" + (domain == null ? "" : " to domain '" + domain + "'"));
    }
}
