package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.descriptor.BackstageExporter;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void yamlGoesToStandardOutputInCanonicalForm() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        String canonical = new MeshWriter().write(new MeshReader().read(file).mesh());

        CliRun run = CliRun.of("export", "--format", "yaml", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(canonical);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void yamlWithOutputWritesTheFile() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        Path target = dir.resolve("out.mesh.yaml");

        CliRun run = CliRun.of("export", "--format", "yaml", "-o", target.toString(), file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(target).exists();
        assertThat(new MeshReader().read(target).mesh().contentEquals(new MeshReader().read(file).mesh())).isTrue();
    }

    @Test
    void readErrorExitsWith3AndLeavesNoOutputFile() throws Exception {
        Path file = TestMeshes.write(dir, "broken.mesh.yaml", TestMeshes.BROKEN);
        Path target = dir.resolve("out.mesh.yaml");

        CliRun run = CliRun.of("export", "--format", "yaml", "-o", target.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(file + ":9:7: ");
        assertThat(target).doesNotExist();
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("broken.mesh.yaml");
        }
    }

    @Test
    void missingInputExitsWith3() {
        String missing = dir.resolve("nowhere.mesh.yaml").toString();

        CliRun run = CliRun.of("export", "--format", "yaml", missing);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(missing + ": ");
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheFormats() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("export", "--format", "pdf", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'pdf'")
                .contains("svg, png, dot, graphml, mermaid, yaml, odps, odcs, dpds, backstage");
    }

    @Test
    void backstageGoesToStandardOutputAsTheExporterWritesIt() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        String expected = new BackstageExporter().catalog(new MeshReader().read(file).mesh());

        CliRun run = CliRun.of("export", "--format", "backstage", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(expected).contains("kind: \"Component\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void backstageWithOutputWritesOneCatalogFile() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        Path target = dir.resolve("catalog-info.yaml");

        CliRun run = CliRun.of("export", "--format", "backstage", "-o", target.toString(), file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(target).hasContent(new BackstageExporter().catalog(new MeshReader().read(file).mesh()));
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("mini.mesh.yaml", "catalog-info.yaml");
        }
    }

    @Test
    void formatIsRequired() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("export", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void unwritableOutputIsOneLineWithoutStackTrace() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        Path target = dir.resolve("no-such-folder").resolve("out.mesh.yaml");

        CliRun run = CliRun.of("export", "--format", "yaml", "-o", target.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("cannot write " + target).doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }
}
