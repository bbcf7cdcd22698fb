package org.meshwright.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.edit.Edits;
import org.meshwright.io.yaml.Templates;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;

/** The editor's state without a window: validation runs inline, so results are immediate. */
class EditorViewModelTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("org/meshwright/test-" + UUID.randomUUID());
    private final EditorViewModel editor = new EditorViewModel(Runnable::run, Runnable::run, new RecentFiles(prefs));

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void startsEmptyAndTitledMeshwright() {
        assertThat(editor.mesh()).isNull();
        assertThat(editor.titleProperty().get()).isEqualTo("Meshwright");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void openingASampleValidatesItAndRemembersTheFile() {
        Path sample = Path.of("samples", "violations.mesh.yaml");
        assertThat(editor.open(sample)).isInstanceOf(EditorViewModel.OpenResult.Opened.class);
        assertThat(editor.findings()).anyMatch(f -> f.rule().equals("product-cycle"));
        assertThat(editor.titleProperty().get()).startsWith("violations.mesh.yaml \u2014 ");
        assertThat(editor.recentFiles().files()).containsExactly(sample.toAbsolutePath().normalize());
    }

    @Test
    void remembersWhatItReadOfTheOpenFileUntilItSavesOrOpensAnother() throws Exception {
        Path file = Files.copy(Path.of("samples", "violations.mesh.yaml"), dir.resolve("v.mesh.yaml"));
        editor.open(file);

        assertThat(editor.fileRead()).as("the file watch acknowledges this without reading the file again")
                .isNotNull();
        assertThat(editor.fileRead().file()).isEqualTo(file.toAbsolutePath().normalize());

        editor.saveAs(dir.resolve("w.mesh.yaml"));
        assertThat(editor.fileRead()).as("saved: the disk now holds what was written, not what was read").isNull();
    }

    @Test
    void aBackgroundOpensSnapshotIsACopyOfTheOpenedMeshSharedByAll() throws Exception {
        Path file = dir.resolve("large.mesh.yaml");
        new org.meshwright.io.yaml.MeshWriter().save(org.meshwright.bench.MeshGenerator.generate(2_500, 7), file);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        editor.openInBackground(file, result -> done.countDown());
        assertThat(done.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        Mesh snapshot = editor.snapshot();
        assertThat(snapshot).isNotSameAs(editor.mesh());
        assertThat(snapshot.nodes()).isEqualTo(editor.mesh().nodes());
        assertThat(editor.snapshot()).as("made once, shared").isSameAs(snapshot);
    }

    @Test
    void aFileWithReadErrorsOpensNothingAndKeepsTheOpenMesh() throws Exception {
        editor.newMesh(Templates.of(Topology.GOVERNED));
        Path broken = Files.writeString(dir.resolve("b.mesh.yaml"), "apiVersion: meshwright/v1\nkind: Mesh\n");
        var result = editor.open(broken);
        assertThat(result).isInstanceOf(EditorViewModel.OpenResult.Failed.class);
        assertThat(((EditorViewModel.OpenResult.Failed) result).lines()).allMatch(l -> l.startsWith(broken.toString()));
        assertThat(editor.mesh().metadata().name()).isEqualTo("governed-mesh");
    }

    @Test
    void movingPlacedElementsKeepsTheFindingsWithoutValidatingAgain() {
        editor.open(Path.of("samples", "violations.mesh.yaml"));
        var first = editor.lastValidationProperty().get();
        var node = editor.mesh().nodes().get(0);
        var at = editor.mesh().diagram().position(node.id());
        assertThat(at).as("the sample places its nodes").isNotNull();

        editor.execute(Edits.move(editor.mesh(), Map.of(node.id(), at.translate(40, 0)), Map.of()));
        assertThat(editor.lastValidationProperty().get()).as("a move leaves the findings as they are").isSameAs(first);
        assertThat(editor.isDirty()).isTrue();

        editor.execute(Edits.replaceNode(editor.mesh(), node.id(), node.toBuilder().owner(null).build()));
        assertThat(editor.lastValidationProperty().get()).as("any other edit validates").isNotSameAs(first);
    }

    @Test
    void oneSnapshotPerStateOfTheMeshSharedUntilTheNextChange() {
        assertThat(editor.snapshot()).isNull();
        editor.open(Path.of("samples", "violations.mesh.yaml"));
        Mesh first = editor.snapshot();
        assertThat(first).isNotSameAs(editor.mesh()).isSameAs(editor.snapshot());
        assertThat(first.contentEquals(editor.mesh())).isTrue();

        editor.execute(Edits.addDomain(editor.mesh(), new Domain("ops"), null));
        Mesh second = editor.snapshot();
        assertThat(second).isNotSameAs(first);
        assertThat(second.domain("ops")).isNotNull();
        assertThat(first.domain("ops")).as("an earlier snapshot keeps its state").isNull();
        editor.undo();
        assertThat(editor.snapshot()).isNotSameAs(second);
        assertThat(editor.snapshot().domain("ops")).isNull();
    }

    @Test
    void opensALargeFileInTheBackgroundAndTakesOnlyTheNewestOpen() throws Exception {
        Path big = dir.resolve("big.mesh.yaml");
        new org.meshwright.io.yaml.MeshWriter().save(org.meshwright.bench.MeshGenerator.generate(300, 7), big);
        java.util.List<EditorViewModel.OpenResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        editor.openInBackground(big, r -> {
            results.add(r);
            done.countDown();
        });
        assertThat(done.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(results).singleElement().isInstanceOf(EditorViewModel.OpenResult.Opened.class);
        assertThat(editor.mesh().nodes()).hasSize(300);
        assertThat(editor.openingProperty().get()).isFalse();

        // an open that starts while another is reading wins; the first one's result is dropped
        results.clear();
        editor.openInBackground(big, results::add);
        assertThat(editor.open(Path.of("samples", "violations.mesh.yaml")))
                .isInstanceOf(EditorViewModel.OpenResult.Opened.class);
        Thread.sleep(2_000);
        assertThat(results).isEmpty();
        assertThat(editor.fileProperty().get()).isEqualTo(Path.of("samples", "violations.mesh.yaml"));
    }

    @Test
    void aBackgroundOpenOfABrokenFileReportsItsErrors() throws Exception {
        Path broken = Files.writeString(dir.resolve("b.mesh.yaml"), "apiVersion: meshwright/v1\nkind: Mesh\n");
        java.util.concurrent.CompletableFuture<EditorViewModel.OpenResult> result = new java.util.concurrent.CompletableFuture<>();
        editor.openInBackground(broken, result::complete);
        var failed = (EditorViewModel.OpenResult.Failed) result.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(failed.lines()).isNotEmpty().allMatch(l -> l.startsWith(broken.toString()));
        assertThat(editor.mesh()).isNull();
    }

    @Test
    void editsMarkTheMeshUnsavedUntilSavedOrUndone() throws Exception {
        editor.newMesh(Templates.of(Topology.HARMONIZED));
        assertThat(editor.findings()).isEmpty();
        editor.execute(Edits.addDomain(editor.mesh(), new Domain("ops"), null));
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.titleProperty().get()).startsWith("\u2022 Untitled");
        assertThat(editor.findings()).extracting(f -> f.rule())
                .contains("owner-required", "harmonized-shared-platform");
        editor.undo();
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.findings()).isEmpty();

        editor.redo();
        Path file = dir.resolve("h.mesh.yaml");
        assertThat(editor.save()).isInstanceOf(EditorViewModel.SaveResult.NeedsFile.class);
        assertThat(editor.saveAs(file)).isInstanceOf(EditorViewModel.SaveResult.Saved.class);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.titleProperty().get()).startsWith("h.mesh.yaml");
        assertThat(Files.readString(file)).contains("- id: ops");
    }

    @Test
    void aSaveThatFailsSaysWhyAndLeavesTheFileAsItWas() throws Exception {
        editor.newMesh(Templates.of(Topology.GOVERNED));
        Path folder = Files.createDirectory(dir.resolve("taken.mesh.yaml"));
        Files.writeString(folder.resolve("keep"), "x");
        var result = editor.saveAs(folder);
        assertThat(result).isInstanceOf(EditorViewModel.SaveResult.Failed.class);
        assertThat(((EditorViewModel.SaveResult.Failed) result).message())
                .startsWith("Could not save taken.mesh.yaml: ").endsWith("The file on disk is unchanged.");
        assertThat(Files.readString(folder.resolve("keep"))).isEqualTo("x");
    }

    @Test
    void theSelectionDropsElementsThatAnUndoRemoves() {
        editor.newMesh(Templates.of(Topology.GOVERNED));
        editor.execute(Edits.addDomain(editor.mesh(), new Domain("ops", null, "ops-team", null, null, Map.of()), null));
        editor.selection().set(java.util.List.of(ElementRef.domain("ops"), ElementRef.domain("sales")));
        editor.undo();
        assertThat(editor.selection().elements()).containsExactly(ElementRef.domain("sales"));
    }
}
