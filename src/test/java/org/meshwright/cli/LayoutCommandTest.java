package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.layout.AutoLayout;
import org.meshwright.model.Mesh;

class LayoutCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutOutputTheFileIsRewrittenWithEverythingButPositionsKept() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        Mesh before = new MeshReader().read(file).mesh();

        CliRun run = CliRun.of("layout", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        Mesh after = new MeshReader().read(file).mesh();
        assertThat(withoutLayout(after).contentEquals(withoutLayout(before))).isTrue();
        assertThat(after.diagram().positions()).containsOnlyKeys("orders", "shop-db", "revenue", "finance-report",
                "hub", "catalog");
        assertThat(after.diagram().bounds()).containsOnlyKeys("sales", "finance");
        Mesh expected = before.copy();
        new AutoLayout().layout(before).applyTo(expected);
        assertThat(Files.readString(file)).isEqualTo(new MeshWriter().write(expected));
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("mini.mesh.yaml");
        }
    }

    @Test
    void withOutputTheInputIsLeftAlone() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        Path target = dir.resolve("laid-out.mesh.yaml");

        CliRun run = CliRun.of("layout", "-o", target.toString(), file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(TestMeshes.VALID);
        Mesh after = new MeshReader().read(target).mesh();
        assertThat(after.diagram().positions()).hasSize(6);
    }

    @Test
    void layingOutTwiceGivesTheSameBytes() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        assertThat(CliRun.of("layout", file.toString()).exitCode()).isZero();
        String once = Files.readString(file);
        assertThat(CliRun.of("layout", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(once);
    }

    @Test
    void aReadErrorExitsWith3AndNamesFileLineAndColumnAndChangesNothing() throws Exception {
        Path file = TestMeshes.write(dir, "broken.mesh.yaml", TestMeshes.BROKEN);

        CliRun run = CliRun.of("layout", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(file + ":9:7: ");
        assertThat(Files.readString(file)).isEqualTo(TestMeshes.BROKEN);
    }

    @Test
    void aMissingFileExitsWith3() {
        CliRun run = CliRun.of("layout", dir.resolve("nowhere.mesh.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("nowhere.mesh.yaml");
    }

    @Test
    void anUnwritableOutputExitsWith1() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        Path target = dir.resolve("no-such-folder").resolve("out.mesh.yaml");

        CliRun run = CliRun.of("layout", "-o", target.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot write");
        assertThat(target).doesNotExist();
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        assertThat(CliRun.of("layout", "--sideways", file.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("layout").exitCode()).isEqualTo(2);
    }

    private static Mesh withoutLayout(Mesh mesh) {
        Mesh copy = mesh.copy();
        copy.diagram().positions().keySet().stream().toList().forEach(id -> copy.diagram().setPosition(id, null));
        copy.diagram().bounds().keySet().stream().toList().forEach(id -> copy.diagram().setBounds(id, null));
        return copy;
    }
}
