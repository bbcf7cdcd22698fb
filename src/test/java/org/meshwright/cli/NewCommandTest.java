package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.Templates;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;
import org.meshwright.rules.Validator;

class NewCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Topology.class)
    void writesTheTemplateOfTheTopologyAsFileNewDoes(Topology topology) throws Exception {
        Path target = dir.resolve("start.mesh.yaml");

        CliRun run = CliRun.of("new", "--topology", topology.keyword(), "-o", target.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Mesh written = new MeshReader().read(target).mesh();
        assertThat(written.topology()).isEqualTo(topology);
        assertThat(written.contentEquals(Templates.of(topology))).isTrue();
        assertThat(new Validator().validate(written)).isEmpty();
    }

    @Test
    void nameSetsTheMeshName() throws Exception {
        Path target = dir.resolve("shop.mesh.yaml");

        CliRun run = CliRun.of("new", "--topology", "harmonized", "--name", "shop-mesh", "-o", target.toString());

        assertThat(run.exitCode()).isZero();
        Mesh written = new MeshReader().read(target).mesh();
        Mesh template = Templates.of(Topology.HARMONIZED);
        assertThat(written.metadata().name()).isEqualTo("shop-mesh");
        template.setMetadata(template.metadata().withName("shop-mesh"));
        assertThat(written.contentEquals(template)).isTrue();
    }

    @Test
    void anInvalidNameIsAUsageErrorAndWritesNothing() {
        Path target = dir.resolve("x.mesh.yaml");

        CliRun run = CliRun.of("new", "--topology", "governed", "--name", "Not An Id", "-o", target.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--name 'Not An Id' is not a valid name");
        assertThat(target).doesNotExist();
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path target = TestMeshes.write(dir, "mine.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("new", "--topology", "federated", "-o", target.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("exists already");
        assertThat(Files.readString(target)).isEqualTo(TestMeshes.VALID);
    }

    @Test
    void anUnknownTopologyOrAMissingOptionIsAUsageError() {
        Path target = dir.resolve("x.mesh.yaml");
        CliRun unknown = CliRun.of("new", "--topology", "anarchic", "-o", target.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("governed, harmonized, federated");
        assertThat(CliRun.of("new", "--topology", "governed").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("new", "-o", target.toString()).exitCode()).isEqualTo(2);
        assertThat(target).doesNotExist();
    }
}
