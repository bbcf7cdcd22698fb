package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.rules.RuleCatalog;

/** validate with the rule catalogue: lines, formats, --fail-on and exit codes. */
class ValidateFindingsTest {

    private static final String VIOLATIONS = "samples/violations.mesh.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void textFindingsPointAtTheLineOfTheirFirstElement() {
        CliRun run = CliRun.of("validate", VIOLATIONS);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(VIOLATIONS + ":158: error product-cycle: data products feed each other in a"
                + " cycle: marketing.lead-features -> marketing.lead-scores -> marketing.lead-features.");
        // a finding about the whole mesh points at spec.topology
        assertThat(run.out()).contains(VIOLATIONS + ":21: warning governance-node-required: ");
        assertThat(run.out()).endsWith("Checked 1 file: 19 errors, 6 warnings, 1 info" + System.lineSeparator());
        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, lines.size() - 1))
                .allMatch(l -> l.matches("samples/violations\\.mesh\\.yaml:\\d+: (error|warning|info) [a-z-]+: .+"));
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path warningsOnly = TestMeshes.write(dir, "w.mesh.yaml", TestMeshes.VALID.replace(
                "    - id: catalog\n      kind: governance\n", ""));
        assertThat(CliRun.of("validate", warningsOnly.toString()).exitCode()).isZero();
        assertThat(CliRun.of("validate", "--fail-on", "warning", warningsOnly.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("validate", "--fail-on", "info", warningsOnly.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("validate", "--fail-on", "never", VIOLATIONS).exitCode()).isZero();
        assertThat(CliRun.of("validate", "--fail-on", "error", VIOLATIONS).exitCode()).isEqualTo(1);
    }

    @Test
    void jsonHasTheShapeOfTheRulesPage() throws Exception {
        CliRun run = CliRun.of("validate", "--format", "json", VIOLATIONS, "samples/eshop-governed.mesh.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("summary").toString()).isEqualTo("{\"errors\":19,\"warnings\":6,\"infos\":1}");
        JsonNode first = root.get("results").get(0);
        assertThat(first.get("file").asText()).isEqualTo(VIOLATIONS);
        assertThat(first.get("mesh").asText()).isEqualTo("violations");
        assertThat(first.get("topology").asText()).isEqualTo("governed");
        JsonNode cycle = null;
        for (JsonNode f : first.get("findings")) {
            assertThat(f.fieldNames()).toIterable().containsExactly("rule", "severity", "line", "message", "elements");
            if (f.get("rule").asText().equals("product-cycle") && f.get("elements").size() == 2) {
                cycle = f;
            }
        }
        assertThat(cycle).isNotNull();
        assertThat(cycle.get("severity").asText()).isEqualTo("error");
        assertThat(cycle.get("line").asInt()).isEqualTo(158);
        assertThat(cycle.get("elements").toString())
                .isEqualTo("[\"marketing.lead-features\",\"marketing.lead-scores\"]");
        assertThat(root.get("results").get(1).get("findings")).isEmpty();
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchemaAndCarriesTheCatalogue() throws Exception {
        CliRun run = CliRun.of("validate", "--format", "sarif", VIOLATIONS, "samples/violations-harmonized.mesh.yaml");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode log = JSON.readTree(run.out());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("SARIF schema on the test classpath").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(schema.validate(log)).isEmpty();

        JsonNode runNode = log.get("runs").get(0);
        JsonNode rules = runNode.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(RuleCatalog.rules().size());
        for (JsonNode rule : rules) {
            assertThat(rule.get("help").get("text").asText()).isNotBlank();
            assertThat(rule.get("shortDescription").get("text").asText()).isNotBlank();
        }
        JsonNode result = runNode.get("results").get(0);
        assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
        assertThat(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isPositive();
        assertThat(runNode.get("results")).hasSize(26 + 2);
    }
}
