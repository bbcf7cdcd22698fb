package org.meshwright.ui.inspector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.meshwright.edit.CommandStack;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshChange;
import org.meshwright.model.MeshListener;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.ui.theme.KindStyle;

/**
 * The state of the inspector: which element it shows, its header, and its fields as
 * {@link FieldModel}s. With nothing selected it shows the mesh itself; with several
 * elements, their common fields read-only. Every edit goes through the {@link CommandStack},
 * and the fields follow the mesh (after an undo they show the undone values; after a rename
 * they show the renamed element). Needs no window and no JavaFX toolkit.
 */
public final class InspectorViewModel {

    /** What the inspector shows. */
    public enum Mode {
        MESH, DOMAIN, NODE, LINK, MULTIPLE
    }

    private final Mesh mesh;
    private final CommandStack stack;
    private final MeshListener listener = this::meshChanged;
    private final ReadOnlyObjectWrapper<List<ElementRef>> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", List.of());
    /** True while an edit of this inspector runs; a {@link #show} then waits for it to finish. */
    private boolean executing;
    private List<ElementRef> deferredShow;

    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final ObservableList<FieldModel> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.MESH);
    private final ReadOnlyStringWrapper kindLabel = new ReadOnlyStringWrapper(this, "kindLabel", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyObjectWrapper<NodeKind> nodeKind = new ReadOnlyObjectWrapper<>(this, "nodeKind");

    public InspectorViewModel(Mesh mesh, CommandStack stack) {
        this.mesh = Objects.requireNonNull(mesh, "mesh");
        this.stack = Objects.requireNonNull(stack, "stack");
        mesh.addListener(listener);
        rebuild(true);
    }

    // ---- selection ---------------------------------------------------------------------

    /**
     * Shows {@code selection}: nothing (or only {@link ElementRef#MESH}) shows the mesh, one
     * domain, node or link its fields, several a read-only summary. A port shows its product,
     * a layout entry its element; refs to elements that do not exist are ignored.
     */
    public void show(Collection<ElementRef> selection) {
        List<ElementRef> refs = List.copyOf(selection == null ? List.of() : selection);
        if (executing) {
            // a selection change heard in the middle of our own edit (a view dropping a renamed
            // element, say) is applied, if still needed, once the edit is done
            deferredShow = refs;
            return;
        }
        List<ElementRef> next = normalize(refs);
        if (next.equals(this.selection.get())) {
            return;
        }
        this.selection.set(next);
        rebuild(true);
    }

    /** The elements shown, after following renames; empty when the mesh itself is shown. */
    public List<ElementRef> selection() {
        return selection.get();
    }

    /**
     * The elements shown. Changes with {@link #show} and also by itself where an edit gives a
     * shown element a new id (a rename here or an undo of one, a link whose ends change), so
     * that a selection elsewhere can follow.
     */
    public ReadOnlyObjectProperty<List<ElementRef>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Mesh mesh() {
        return mesh;
    }

    /** Stops following the mesh; call when the inspector is dropped while the mesh lives on. */
    public void dispose() {
        mesh.removeListener(listener);
    }

    // ---- what the view binds to --------------------------------------------------------

    /** The fields of the shown element, in display order. Replaced when the selection changes. */
    public ObservableList<FieldModel> fields() {
        return readOnlyFields;
    }

    /** The field called {@code name} (as in the format: {@code owner}, {@code slo.freshness}), or {@code null}. */
    public FieldModel field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The section names of the current fields, in order of first appearance. */
    public List<String> sections() {
        return fields.stream().map(FieldModel::section).distinct().toList();
    }

    public Mode mode() {
        return mode.get();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** What kind of thing is shown, in words: {@code Data product}, {@code Domain}, {@code Link}, {@code Mesh}. */
    public ReadOnlyStringProperty kindLabelProperty() {
        return kindLabel.getReadOnlyProperty();
    }

    /** The shown element's display name, or {@code 3 elements selected}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The shown element's id, or the make-up of a multiple selection. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The kind of the shown node, for its colour; {@code null} unless one node is shown. */
    public ReadOnlyObjectProperty<NodeKind> nodeKindProperty() {
        return nodeKind.getReadOnlyProperty();
    }

    // ---- building ----------------------------------------------------------------------

    private List<ElementRef> normalize(Collection<ElementRef> refs) {
        LinkedHashSet<ElementRef> result = new LinkedHashSet<>();
        for (ElementRef ref : refs) {
            ElementRef r = switch (ref.kind()) {
                case PORT -> ElementRef.node(ref.id().substring(0, Math.max(0, ref.id().indexOf('/'))));
                case LAYOUT_NODE -> ElementRef.node(ref.id());
                case LAYOUT_DOMAIN -> ElementRef.domain(ref.id());
                default -> ref;
            };
            if (exists(r)) {
                result.add(r);
            }
        }
        return List.copyOf(result);
    }

    private boolean exists(ElementRef ref) {
        return switch (ref.kind()) {
            case DOMAIN -> mesh.domain(ref.id()) != null;
            case NODE -> mesh.node(ref.id()) != null;
            case LINK -> mesh.link(ref.id()) != null;
            default -> false;
        };
    }

    private void rebuild(boolean replace) {
        List<ElementRef> shown = selection.get().stream().filter(this::exists).toList();
        if (!shown.equals(selection.get())) {
            selection.set(shown);
        }
        List<FieldModel> built;
        if (shown.isEmpty()) {
            built = new MetadataFields(mesh, this::execute).build();
        } else if (shown.size() == 1) {
            built = fieldsOf(shown.get(0));
        } else {
            built = SelectionSummary.commonFields(shown.stream().map(this::fieldsOf).toList());
        }
        updateHeader();
        if (!replace && sameShape(fields, built)) {
            for (int i = 0; i < built.size(); i++) {
                fields.get(i).updateFrom(built.get(i));
            }
        } else {
            fields.setAll(built);
        }
    }

    private List<FieldModel> fieldsOf(ElementRef ref) {
        return switch (ref.kind()) {
            case DOMAIN -> new DomainFields(mesh, ref.id(), this::execute).build();
            case NODE -> new NodeFields(mesh, ref.id(), this::execute).build();
            case LINK -> new LinkFields(mesh, ref.id(), this::execute).build();
            default -> List.of();
        };
    }

    private static boolean sameShape(List<FieldModel> a, List<FieldModel> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameShape(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void updateHeader() {
        List<ElementRef> selection = this.selection.get();
        if (selection.size() == 1 && selection.get(0).kind() == ElementKind.NODE) {
            nodeKind.set(mesh.node(selection.get(0).id()).kind()); // before the mode: listeners read both
        } else {
            nodeKind.set(null);
        }
        if (selection.isEmpty()) {
            mode.set(Mode.MESH);
            kindLabel.set("Mesh");
            title.set(mesh.metadata().displayTitle());
            subtitle.set(mesh.metadata().name() + " \u00b7 " + mesh.topology().keyword());
        } else if (selection.size() > 1) {
            mode.set(Mode.MULTIPLE);
            kindLabel.set("Selection");
            title.set(SelectionSummary.title(selection));
            subtitle.set(SelectionSummary.breakdown(selection));
        } else {
            ElementRef ref = selection.get(0);
            switch (ref.kind()) {
                case DOMAIN -> {
                    Domain d = mesh.domain(ref.id());
                    mode.set(Mode.DOMAIN);
                    kindLabel.set("Domain");
                    title.set(d.displayName());
                    subtitle.set(d.id());
                }
                case NODE -> {
                    MeshNode n = mesh.node(ref.id());
                    mode.set(Mode.NODE);
                    kindLabel.set(capitalize(KindStyle.label(n.kind())));
                    title.set(n.displayName());
                    subtitle.set(n.id());
                }
                default -> {
                    Link l = mesh.link(ref.id());
                    mode.set(Mode.LINK);
                    kindLabel.set("Link");
                    title.set(displayName(l.from()) + " \u2192 " + displayName(l.to()));
                    subtitle.set(l.effectiveId());
                }
            }
        }
    }

    private String displayName(String nodeId) {
        MeshNode n = mesh.node(nodeId);
        return n == null ? nodeId : n.displayName();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    // ---- editing and following -----------------------------------------------------------

    private boolean execute(FieldBehaviour.Edit edit) {
        boolean outer = !executing;
        executing = true;
        try {
            stack.execute(edit.command());
        } finally {
            if (outer) {
                executing = false;
            }
        }
        if (!outer) {
            return true;
        }
        List<ElementRef> deferred = deferredShow;
        deferredShow = null;
        ElementRef follow = edit.follow();
        if (follow != null && exists(follow) && selection.get().equals(List.of(edit.origin()))) {
            // the change records normally moved the selection already; this covers any that did not
            selection.set(List.of(follow));
            rebuild(false);
        } else if (deferred != null && !(follow != null && selection.get().equals(List.of(follow)))) {
            show(deferred);
        }
        return true;
    }

    private void meshChanged(List<MeshChange> changes) {
        List<ElementRef> followed = new ArrayList<>();
        for (ElementRef ref : selection.get()) {
            followed.add(follow(ref, changes));
        }
        List<ElementRef> next = List.copyOf(new LinkedHashSet<>(followed));
        if (!next.equals(selection.get())) {
            selection.set(next);
        }
        rebuild(false);
    }

    /**
     * Where {@code ref} is after {@code changes}: the same id, or the new id of a replaced
     * element whose id changed (a rename, undone or not), or of one removed and added back
     * at the same index.
     */
    private static ElementRef follow(ElementRef ref, List<MeshChange> changes) {
        ElementRef current = ref;
        Map<Integer, String> removedAt = new HashMap<>();
        for (MeshChange change : changes) {
            ElementRef next = current;
            if (change instanceof MeshChange.DomainReplaced c && current.kind() == ElementKind.DOMAIN
                    && c.before().id().equals(current.id())) {
                next = ElementRef.domain(c.after().id());
            } else if (change instanceof MeshChange.NodeReplaced c && current.kind() == ElementKind.NODE
                    && c.before().id().equals(current.id())) {
                next = ElementRef.node(c.after().id());
            } else if (change instanceof MeshChange.LinkReplaced c && current.kind() == ElementKind.LINK
                    && c.before().effectiveId().equals(current.id())) {
                next = ElementRef.link(c.after().effectiveId());
            } else if (current.id().equals(removedId(change, current.kind()))) {
                removedAt.put(index(change), current.id());
            } else if (addedId(change, current.kind()) != null && removedAt.containsKey(index(change))
                    && removedAt.get(index(change)).equals(current.id())) {
                next = new ElementRef(current.kind(), addedId(change, current.kind()));
                removedAt.clear();
            }
            current = next;
        }
        return current;
    }

    private static String removedId(MeshChange change, ElementKind kind) {
        if (change instanceof MeshChange.DomainRemoved c && kind == ElementKind.DOMAIN) {
            return c.domain().id();
        }
        if (change instanceof MeshChange.NodeRemoved c && kind == ElementKind.NODE) {
            return c.node().id();
        }
        if (change instanceof MeshChange.LinkRemoved c && kind == ElementKind.LINK) {
            return c.link().effectiveId();
        }
        return null;
    }

    private static String addedId(MeshChange change, ElementKind kind) {
        if (change instanceof MeshChange.DomainAdded c && kind == ElementKind.DOMAIN) {
            return c.domain().id();
        }
        if (change instanceof MeshChange.NodeAdded c && kind == ElementKind.NODE) {
            return c.node().id();
        }
        if (change instanceof MeshChange.LinkAdded c && kind == ElementKind.LINK) {
            return c.link().effectiveId();
        }
        return null;
    }

    private static int index(MeshChange change) {
        if (change instanceof MeshChange.DomainRemoved c) {
            return c.index();
        }
        if (change instanceof MeshChange.NodeRemoved c) {
            return c.index();
        }
        if (change instanceof MeshChange.LinkRemoved c) {
            return c.index();
        }
        if (change instanceof MeshChange.DomainAdded c) {
            return c.index();
        }
        if (change instanceof MeshChange.NodeAdded c) {
            return c.index();
        }
        if (change instanceof MeshChange.LinkAdded c) {
            return c.index();
        }
        return -1;
    }
}
