package org.meshwright.ui.inspector;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.meshwright.edit.CommandStack;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.ui.editor.EditorViewModel;

/**
 * Keeps an inspector on the editor's open mesh and selection: a new {@link InspectorViewModel}
 * for each mesh the editor opens, shown what the editor selects, and the editor's selection
 * moved along where an edit renames a shown element.
 */
final class EditorBinding {

    private final EditorViewModel editor;
    private final Consumer<InspectorViewModel> target;
    private final ChangeListener<List<ElementRef>> followed = (o, a, b) -> pushSelection(b);
    private InspectorViewModel current;
    private boolean applying;
    private boolean attachQueued;

    EditorBinding(EditorViewModel editor, Consumer<InspectorViewModel> target) {
        this.editor = editor;
        this.target = target;
        editor.meshProperty().addListener((o, a, b) -> attachSoon());
        editor.commandsProperty().addListener((o, a, b) -> attachSoon());
        editor.selection().elementsProperty().addListener((o, a, b) -> showSelection());
        attach();
    }

    /**
     * Attaches now, or for a large mesh just after: opening one is work enough for one turn
     * of the FX thread, and the window must not freeze (the inspector follows within a frame).
     */
    private void attachSoon() {
        Mesh mesh = editor.mesh();
        if (mesh != null && mesh.nodes().size() >= EditorViewModel.LARGE_MESH_NODES) {
            if (!attachQueued) {
                attachQueued = true;
                Platform.runLater(() -> {
                    attachQueued = false;
                    attach();
                });
            }
        } else {
            attach();
        }
    }

    private void attach() {
        Mesh mesh = editor.mesh();
        CommandStack stack = editor.commands();
        boolean ready = mesh != null && stack != null && stack.mesh() == mesh;
        if (current != null && ready && current.mesh() == mesh) {
            return;
        }
        if (current != null) {
            current.selectionProperty().removeListener(followed);
            current.dispose();
            current = null;
        }
        if (ready) {
            current = new InspectorViewModel(mesh, stack);
            showSelection();
            current.selectionProperty().addListener(followed);
        }
        target.accept(current);
    }

    private void showSelection() {
        if (current == null) {
            return;
        }
        applying = true;
        try {
            current.show(editor.selection().elements());
        } finally {
            applying = false;
        }
    }

    /** The inspector followed a renamed element: select it in the editor too. */
    private void pushSelection(List<ElementRef> shown) {
        if (!applying && !shown.equals(List.copyOf(editor.selection().elements()))) {
            editor.selection().set(shown);
        }
    }
}
