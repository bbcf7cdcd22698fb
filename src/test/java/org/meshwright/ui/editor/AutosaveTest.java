package org.meshwright.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.edit.Edits;
import org.meshwright.io.RecoveryStore;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.io.yaml.Templates;
import org.meshwright.model.Domain;
import org.meshwright.model.Topology;

/** Unsaved work reaches the recovery store, never the user's file, and leaves it once saved. */
class AutosaveTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("org/meshwright/test-" + UUID.randomUUID());
    private final EditorViewModel editor = new EditorViewModel(Runnable::run, Runnable::run, new RecentFiles(prefs));

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    private RecoveryStore store() {
        return new RecoveryStore(dir.resolve("recovery"));
    }

    private Path sampleCopy() throws Exception {
        Path file = dir.resolve("eshop.mesh.yaml");
        Files.copy(Path.of("samples/eshop-governed.mesh.yaml"), file);
        return file;
    }

    private void addDomain(String id) {
        editor.execute(Edits.addDomain(editor.mesh(), new Domain(id, null, "team", null, null, java.util.Map.of()), null));
    }

    @Test
    void anEditReachesTheRecoveryStoreOnTheNextTickAndTheFileStaysAsItWas() throws Exception {
        Path file = sampleCopy();
        byte[] original = Files.readAllBytes(file);
        RecoveryStore store = store();
        Autosave autosave = new Autosave(editor, store, Runnable::run, Runnable::run);
        editor.open(file);

        autosave.tick();
        assertThat(store.list()).as("nothing unsaved, nothing written").isEmpty();

        addDomain("extra");
        autosave.tick();

        List<RecoveryStore.Entry> entries = store.list();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.original()).contains(file.toAbsolutePath().normalize());
            assertThat(e.domains()).isEqualTo(editor.mesh().domains().size());
        });
        assertThat(new MeshWriter().write(store.read(entries.get(0)).mesh()))
                .isEqualTo(new MeshWriter().write(editor.mesh()));
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(autosave.writes()).isEqualTo(1);

        autosave.tick();
        assertThat(autosave.writes()).as("no change since the last write").isEqualTo(1);
    }

    @Test
    void savingOrUndoingBackToTheSavedStateRemovesTheEntry() throws Exception {
        Path file = sampleCopy();
        RecoveryStore store = store();
        Autosave autosave = new Autosave(editor, store, Runnable::run, Runnable::run);
        editor.open(file);

        addDomain("extra");
        autosave.tick();
        assertThat(store.list()).hasSize(1);
        editor.undo();
        assertThat(store.list()).isEmpty();

        addDomain("again");
        autosave.tick();
        assertThat(store.list()).hasSize(1);
        editor.save();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void anUntitledMeshIsKeptUnderItsNameAndMovesToItsFileOnSaveAs() throws Exception {
        RecoveryStore store = store();
        Autosave autosave = new Autosave(editor, store, Runnable::run, Runnable::run);
        editor.newMesh(Templates.blank("draft", Topology.GOVERNED));
        addDomain("sales");
        autosave.tick();
        assertThat(store.list()).singleElement().satisfies(e -> {
            assertThat(e.original()).isEmpty();
            assertThat(e.key().untitled()).isEqualTo("draft");
        });

        editor.saveAs(dir.resolve("draft.mesh.yaml"));
        assertThat(store.list()).isEmpty();
    }

    @Test
    void discardingOnCloseRemovesTheEntry() throws Exception {
        RecoveryStore store = store();
        Autosave autosave = new Autosave(editor, store, Runnable::run, Runnable::run);
        editor.open(sampleCopy());
        addDomain("extra");
        autosave.tick();
        autosave.discardCurrent();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aRestoredDocumentIsUnsavedAndKeptInTheStore() throws Exception {
        Path file = sampleCopy();
        RecoveryStore store = store();
        Autosave autosave = new Autosave(editor, store, Runnable::run, Runnable::run);
        editor.open(file);
        addDomain("extra");
        autosave.tick();
        RecoveryStore.Entry entry = store.list().get(0);

        EditorViewModel fresh = new EditorViewModel(Runnable::run, Runnable::run, new RecentFiles(prefs));
        Autosave again = new Autosave(fresh, store, Runnable::run, Runnable::run);
        fresh.restore(store.read(entry).mesh(), entry.original().orElseThrow());

        assertThat(fresh.isDirty()).isTrue();
        assertThat(fresh.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(fresh.mesh().domain("extra")).isNotNull();
        again.tick();
        assertThat(store.list()).hasSize(1);
        fresh.save();
        assertThat(fresh.isDirty()).isFalse();
        assertThat(store.list()).isEmpty();
        assertThat(Files.readString(file)).contains("id: extra");
    }
}
