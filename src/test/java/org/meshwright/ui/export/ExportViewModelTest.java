package org.meshwright.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.export.ExportOptions;
import org.meshwright.io.export.Exports;
import org.meshwright.io.export.Exports.Format;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Mesh;

/** The export dialog's state without a window: a queue stands in for the background thread. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final List<ExportViewModel.Outcome> outcomes = new ArrayList<>();

    private static Mesh sample() throws Exception {
        return new MeshReader().read(Path.of("samples/eshop-governed.mesh.yaml")).mesh();
    }

    private ExportViewModel model(Mesh mesh) {
        return new ExportViewModel(mesh, background::add, Runnable::run);
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void exportWritesTheSameBytesAsTheCommandLineRendering() throws Exception {
        Mesh mesh = sample();
        ExportViewModel model = model(mesh);
        model.formatProperty().set(Format.SVG);
        Path target = dir.resolve("eshop.svg");

        model.export(target, outcomes::add);
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).contains("SVG image").contains("nodes");
        runBackground();

        assertThat(outcomes).singleElement().isInstanceOf(ExportViewModel.Outcome.Written.class);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(Files.readAllBytes(target))
                .isEqualTo(Exports.render(mesh, Format.SVG, ExportOptions.DEFAULT).bytes());
    }

    @Test
    void cancelledExportWritesNothing() throws Exception {
        ExportViewModel model = model(sample());
        model.formatProperty().set(Format.PNG);
        Path target = dir.resolve("eshop.png");

        model.export(target, outcomes::add);
        model.cancel();
        runBackground();

        assertThat(outcomes).singleElement().isInstanceOf(ExportViewModel.Outcome.Cancelled.class);
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void folderFormatsWriteOneDocumentPerProductIntoTheFolder() throws Exception {
        Mesh mesh = sample();
        ExportViewModel model = model(mesh);
        model.formatProperty().set(Format.ODPS);
        Path folder = dir.resolve("descriptors");

        model.export(folder, outcomes::add);
        runBackground();

        assertThat(outcomes).singleElement().isInstanceOf(ExportViewModel.Outcome.Written.class);
        long products = mesh.nodes().stream().filter(n -> n.kind() == org.meshwright.model.NodeKind.DATA_PRODUCT).count();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .hasSize((int) products).allMatch(name -> name.endsWith(".odps.yaml"));
        }
    }

    @Test
    void anExportThatCannotBeWrittenFailsWithAReasonAndLeavesNothing() throws Exception {
        ExportViewModel model = model(sample());
        Path notAFolder = Files.writeString(dir.resolve("file"), "keep me");
        Path target = notAFolder.resolve("eshop.svg");

        model.export(target, outcomes::add);
        runBackground();

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ExportViewModel.Outcome.Failed.class,
                failed -> assertThat(failed.message()).isNotBlank());
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(notAFolder);
        }
    }

    @Test
    void picturesHaveAPreviewThatFitsTheDialogAndOtherFormatsHaveNone() throws Exception {
        ExportViewModel model = model(sample());
        model.formatProperty().set(Format.PNG);
        runBackground();

        byte[] png = model.previewProperty().get();
        assertThat(png).isNotNull();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo((int) ExportViewModel.PREVIEW_SIDE);

        model.formatProperty().set(Format.DOT);
        runBackground();
        assertThat(model.previewProperty().get()).isNull();
    }

    @Test
    void onlyTheLatestPreviewRequestIsRendered() throws Exception {
        ExportViewModel model = model(sample());
        model.formatProperty().set(Format.PNG);
        model.findingsProperty().set(true);
        assertThat(background).hasSize(2);
        runBackground();
        assertThat(model.previewProperty().get()).isNotNull();
    }

    @Test
    void pngSizeNoteSaysWhenTheScaleIsReduced() throws Exception {
        ExportViewModel model = model(sample());
        model.formatProperty().set(Format.PNG);
        model.scaleProperty().set(1);
        assertThat(model.sizeNoteProperty().get()).contains("px").doesNotContain("scaled down");
        model.scaleProperty().set(400);
        assertThat(model.sizeNoteProperty().get()).contains("scaled down").contains("16384");
    }

    @Test
    void suggestedNameIsTheMeshNameWithTheFormatsExtension() throws Exception {
        Mesh mesh = sample();
        ExportViewModel model = model(mesh);
        model.formatProperty().set(Format.MERMAID);
        assertThat(model.suggestedName()).isEqualTo(mesh.metadata().name() + ".mmd");
        model.formatProperty().set(Format.DPDS);
        assertThat(model.suggestedName()).isEqualTo(mesh.metadata().name() + "-dpds");
    }

    @Test
    void laterEditsOfTheOpenMeshDoNotLeakIntoTheExport() throws Exception {
        Mesh mesh = sample();
        ExportViewModel model = model(mesh);
        model.formatProperty().set(Format.YAML);
        String before = new org.meshwright.io.yaml.MeshWriter().write(mesh);
        mesh.removeNode(mesh.nodes().get(0).id());
        Path target = dir.resolve("copy.mesh.yaml");

        model.export(target, outcomes::add);
        runBackground();

        assertThat(Files.readString(target)).isEqualTo(before);
    }
}
