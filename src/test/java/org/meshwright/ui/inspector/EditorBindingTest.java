package org.meshwright.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.ui.editor.EditorViewModel;
import org.meshwright.ui.editor.RecentFiles;

/** The inspector following the editor's mesh and selection, without a window. */
class EditorBindingTest {

    private final Preferences prefs = Preferences.userRoot().node("meshwright-test-" + UUID.randomUUID());
    private final EditorViewModel editor = new EditorViewModel(Runnable::run, Runnable::run, new RecentFiles(prefs));
    private final List<InspectorViewModel> shown = new ArrayList<>();

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        prefs.removeNode();
    }

    private InspectorViewModel inspector() {
        return shown.get(shown.size() - 1);
    }

    @Test
    void followsTheOpenMeshAndWhatIsSelectedInIt() {
        new EditorBinding(editor, shown::add);
        assertThat(inspector()).as("no mesh open").isNull();

        Mesh mesh = InspectorMeshes.shop();
        editor.newMesh(mesh);
        assertThat(inspector().mesh()).isSameAs(mesh);
        assertThat(inspector().mode()).isEqualTo(InspectorViewModel.Mode.MESH);

        editor.selection().select(ElementRef.node("orders"));
        assertThat(inspector().selection()).containsExactly(ElementRef.node("orders"));

        InspectorViewModel first = inspector();
        editor.newMesh(InspectorMeshes.shop());
        assertThat(inspector()).isNotSameAs(first);
        assertThat(inspector().mesh()).isSameAs(editor.mesh());
    }

    @Test
    void aRenameInTheInspectorKeepsTheRenamedElementSelected() {
        new EditorBinding(editor, shown::add);
        editor.newMesh(InspectorMeshes.shop());
        editor.selection().select(ElementRef.node("orders"));

        assertThat(inspector().field("id").commit("sales-orders")).isTrue();

        assertThat(editor.selection().elements()).containsExactly(ElementRef.node("sales-orders"));
        assertThat(inspector().selection()).containsExactly(ElementRef.node("sales-orders"));
        assertThat(inspector().field("id").value()).isEqualTo("sales-orders");

        editor.undo();
        assertThat(inspector().selection()).containsExactlyElementsOf(editor.selection().elements());
    }

    @Test
    void changingALinkEndKeepsTheLinkSelected() {
        new EditorBinding(editor, shown::add);
        editor.newMesh(InspectorMeshes.shop());
        editor.selection().select(ElementRef.link("orders->revenue"));

        assertThat(inspector().field("to").commit("board")).isTrue();

        assertThat(editor.selection().elements()).containsExactly(ElementRef.link("orders->board"));
        assertThat(inspector().mode()).isEqualTo(InspectorViewModel.Mode.LINK);
    }
}
