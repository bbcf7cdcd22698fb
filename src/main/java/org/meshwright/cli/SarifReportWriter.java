package org.meshwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.TreeSet;

/**
 * A SARIF 2.1.0 log for code-scanning tools: one run whose driver is Meshwright, the rules
 * that have findings as {@code tool.driver.rules}, and each finding a result with its file
 * and line.
 */
final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Meshwright");
        driver.put("version", VersionProvider.version());
        ArrayNode rules = driver.putArray("rules");
        new TreeSet<>(report.findings().map(ReportedFinding::rule).toList())
                .forEach(id -> rules.addObject().put("id", id));
        ArrayNode results = run.putArray("results");
        for (FileResult.Checked checked : report.checked()) {
            for (ReportedFinding finding : checked.findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", finding.rule());
                result.put("level", level(finding.severity()));
                result.putObject("message").put("text", finding.message());
                ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
                location.putObject("artifactLocation").put("uri", checked.file().replace('\\', '/'));
                if (finding.line() > 0) {
                    location.putObject("region").put("startLine", finding.line());
                }
            }
        }
        JsonOutput.print(root, out);
    }

    private static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }
}
