package org.meshwright.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.ui.TestMeshFiles;

class MainViewModelTest {

    @TempDir
    Path dir;

    private final MainViewModel viewModel = new MainViewModel();

    @Test
    void startsWithNothingOpen() {
        assertThat(viewModel.document()).isNull();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Meshwright");
        assertThat(viewModel.statusTextProperty().get()).contains("No mesh open");
    }

    @Test
    void openingAFileShowsItsTitleAndCounts() throws Exception {
        Path file = TestMeshFiles.writeValid(dir);

        MainViewModel.OpenResult result = viewModel.open(file);

        assertThat(result).isInstanceOf(MainViewModel.OpenResult.Opened.class);
        assertThat(viewModel.document().mesh().metadata().name()).isEqualTo("tiny");
        assertThat(viewModel.fileProperty().get()).isEqualTo(file);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Tiny shop \u2014 Meshwright");
        assertThat(viewModel.statusTextProperty().get())
                .isEqualTo("Harmonized topology \u00b7 2 domains \u00b7 5 nodes \u00b7 3 links");
    }

    @Test
    void aMeshWithoutTitleIsNamedByItsName() throws Exception {
        Path file = dir.resolve("plain.mesh.yaml");
        Files.writeString(file, TestMeshFiles.VALID.replace("  title: Tiny shop\n", ""));

        viewModel.open(file);

        assertThat(viewModel.titleProperty().get()).isEqualTo("tiny \u2014 Meshwright");
    }

    @Test
    void aFileWithReadErrorsOpensNothingAndListsTheErrors() throws Exception {
        Path broken = TestMeshFiles.writeBroken(dir);

        MainViewModel.OpenResult result = viewModel.open(broken);

        assertThat(result).isInstanceOfSatisfying(MainViewModel.OpenResult.Failed.class, failed ->
                assertThat(failed.lines()).anySatisfy(line -> assertThat(line).startsWith(broken + ":9:7: ")));
        assertThat(viewModel.document()).isNull();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Meshwright");
        assertThat(viewModel.statusTextProperty().get()).startsWith("Could not open broken.mesh.yaml: 1 error");
    }

    @Test
    void aFailedOpenKeepsTheOpenMesh() throws Exception {
        Path good = TestMeshFiles.writeValid(dir);
        Path broken = TestMeshFiles.writeBroken(dir);
        viewModel.open(good);

        viewModel.open(broken);

        assertThat(viewModel.fileProperty().get()).isEqualTo(good);
        assertThat(viewModel.titleProperty().get()).startsWith("Tiny shop");
        assertThat(viewModel.statusTextProperty().get()).contains("still showing tiny.mesh.yaml");
    }

    @Test
    void aMissingFileIsAFailedOpen() {
        MainViewModel.OpenResult result = viewModel.open(dir.resolve("gone.mesh.yaml"));

        assertThat(result).isInstanceOf(MainViewModel.OpenResult.Failed.class);
        assertThat(viewModel.document()).isNull();
    }
}
