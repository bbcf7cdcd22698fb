package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.yaml.MeshReader;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validFileIsReportedOkWithItsCounts() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(file + ": OK (2 domains, 6 nodes, 3 links)" + System.lineSeparator()
                + "Checked 1 file: 0 errors, 0 warnings, 0 infos" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingFileExitsWith3AndNamesTheFile() {
        String missing = dir.resolve("nowhere.mesh.yaml").toString();

        CliRun run = CliRun.of("validate", missing);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(missing + ": ");
        assertThat(run.out()).isEqualTo("Checked 0 files: 0 errors, 0 warnings, 0 infos; 1 file could not be read"
                + System.lineSeparator());
    }

    @Test
    void brokenFileExitsWith3WithFileLineAndColumn() throws Exception {
        Path file = TestMeshes.write(dir, "broken.mesh.yaml", TestMeshes.BROKEN);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith(file + ":9:7: ").contains("ownr");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void everyFileIsReportedEvenWhenOneCannotBeRead() throws Exception {
        Path good = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        Path bad = TestMeshes.write(dir, "broken.mesh.yaml", TestMeshes.BROKEN);

        CliRun run = CliRun.of("validate", bad.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(good + ": OK");
        assertThat(run.err()).contains(bad + ":9:7:");
    }

    @Test
    void jsonReportHasTheShapeOfTheRulesPage() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("validate", "--format", "json", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/summary/errors").asInt(-1)).isZero();
        assertThat(json.at("/summary/warnings").asInt(-1)).isZero();
        assertThat(json.at("/summary/infos").asInt(-1)).isZero();
        assertThat(json.at("/results/0/file").asText()).isEqualTo(file.toString());
        assertThat(json.at("/results/0/mesh").asText()).isEqualTo("mini");
        assertThat(json.at("/results/0/topology").asText()).isEqualTo("governed");
        assertThat(json.at("/results/0/findings").isArray()).isTrue();
    }

    @Test
    void sarifReportIsOneRunByMeshwright() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("validate", "--format=sarif", file.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("Meshwright");
        assertThat(sarif.at("/runs/0/tool/driver/rules").isArray()).isTrue();
        assertThat(sarif.at("/runs/0/results").isArray()).isTrue();
    }

    @Test
    void formatAndFailOnIgnoreCase() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("validate", "--format", "JSON", "--fail-on", "Warning", file.toString());

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void unknownReportFormatIsAUsageError() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("validate", "--format", "xml", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'xml' is not one of text, json, sarif");
    }

    @Test
    void unknownFailOnIsAUsageError() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);

        CliRun run = CliRun.of("validate", "--fail-on", "fatal", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error, warning, info, never");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
    }

    @Test
    void findingsAtOrAboveFailOnExitWith1() throws Exception {
        Path file = TestMeshes.write(dir, "mini.mesh.yaml", TestMeshes.VALID);
        FindingSource oneWarning = document -> List.of(
                new ReportedFinding("unused-product", "warning", 16, "revenue feeds nothing.", List.of("revenue")));
        ValidateCommand command = new ValidateCommand(new MeshInputs(new MeshReader()), oneWarning);

        ValidationReport report = command.validate(List.of(file));

        assertThat(report.exitCode(FailOn.ERROR)).isZero();
        assertThat(report.exitCode(FailOn.WARNING)).isEqualTo(1);
        assertThat(report.exitCode(FailOn.INFO)).isEqualTo(1);
        assertThat(report.exitCode(FailOn.NEVER)).isZero();
    }
}
