package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --format svg|png from the command line. */
class ExportDiagramTest {

    private static final String SAMPLE = "samples/eshop-governed.mesh.yaml";

    @TempDir
    Path dir;

    @Test
    void svgGoesToTheFileNamedByOutput() throws Exception {
        Path out = dir.resolve("eshop.svg");
        CliRun run = CliRun.of("export", "--format", "svg", "-o", out.toString(), SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String svg = Files.readString(out);
        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<title>shop.checkout-funnel").doesNotContain("<script");
    }

    @Test
    void svgWithoutOutputGoesToStandardOutput() {
        CliRun run = CliRun.of("export", "--format", "svg", SAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("</svg>");
    }

    @Test
    void pngHonoursTheScale() throws Exception {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertThat(CliRun.of("export", "--format", "png", "--scale", "1", "-o", one.toString(), SAMPLE).exitCode()).isZero();
        assertThat(CliRun.of("export", "--format", "png", "-o", two.toString(), SAMPLE).exitCode()).isZero();
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertThat(large.getWidth()).isEqualTo(2 * small.getWidth());
        assertThat(small.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void findingsAreMarkedOnlyWhenAsked() throws Exception {
        Path plain = dir.resolve("plain.svg");
        Path marked = dir.resolve("marked.svg");
        CliRun.of("export", "--format", "svg", "-o", plain.toString(), "samples/violations.mesh.yaml");
        CliRun.of("export", "--format", "svg", "--findings", "-o", marked.toString(), "samples/violations.mesh.yaml");
        assertThat(Files.size(marked)).isGreaterThan(Files.size(plain));
    }

    @Test
    void aBadScaleIsAUsageError() {
        assertThat(CliRun.of("export", "--format", "png", "--scale", "0", SAMPLE).exitCode()).isEqualTo(2);
    }

    @Test
    void anExportThatCannotBeWrittenLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("missing").resolve("x.png");
        CliRun run = CliRun.of("export", "--format", "png", "-o", out.toString(), SAMPLE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("cannot write " + out);
        assertThat(Files.exists(out)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void graphFormatsGoToStandardOutputOrTheOutputFile() throws Exception {
        CliRun dot = CliRun.of("export", "--format", "dot", SAMPLE);
        assertThat(dot.exitCode()).isZero();
        assertThat(dot.out()).startsWith("digraph").contains("subgraph \"cluster_shop\"");
        Path graphml = dir.resolve("eshop.graphml");
        assertThat(CliRun.of("export", "--format", "graphml", "-o", graphml.toString(), SAMPLE).exitCode()).isZero();
        assertThat(Files.readString(graphml)).contains("http://graphml.graphdrawing.org/xmlns");
        CliRun mermaid = CliRun.of("export", "--format", "mermaid", SAMPLE);
        assertThat(mermaid.exitCode()).isZero();
        assertThat(mermaid.out()).startsWith("flowchart LR");
    }

    @Test
    void descriptorFormatsWriteAFolderAndNeedOne() throws Exception {
        Path folder = dir.resolve("odps");
        CliRun run = CliRun.of("export", "--format", "odps", "-o", folder.toString(), SAMPLE);
        assertThat(run.exitCode()).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("shop.checkout-funnel.odps.yaml").allMatch(n -> n.endsWith(".odps.yaml"));
        }
        assertThat(CliRun.of("export", "--format", "odcs", "-o", dir.resolve("odcs").toString(), SAMPLE).exitCode())
                .isZero();
        assertThat(CliRun.of("export", "--format", "dpds", "-o", dir.resolve("dpds").toString(), SAMPLE).exitCode())
                .isZero();
        CliRun noFolder = CliRun.of("export", "--format", "dpds", SAMPLE);
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains("name it with -o FOLDER");
    }
}
