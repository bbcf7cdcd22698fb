package org.meshwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.rules.Rule;
import org.meshwright.rules.RuleCatalog;

/**
 * A SARIF 2.1.0 log for code-scanning tools: one run whose driver is Meshwright with every
 * rule of the catalogue (summary, help text, default level) as {@code tool.driver.rules},
 * and each finding a result with its rule, file, line and the ids of its elements.
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
        List<Rule> catalogue = RuleCatalog.rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : catalogue) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.put("name", camelCase(rule.id()));
            r.putObject("shortDescription").put("text", rule.summary());
            r.putObject("fullDescription").put("text", rule.summary() + " " + rule.help());
            r.putObject("help").put("text", rule.help());
            r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity().keyword()));
        }
        ArrayNode artifacts = run.putArray("artifacts");
        ArrayNode results = run.putArray("results");
        int artifactIndex = 0;
        for (FileResult.Checked checked : report.checked()) {
            String uri = checked.file().replace('\\', '/');
            artifacts.addObject().putObject("location").put("uri", uri);
            for (ReportedFinding finding : checked.findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", finding.rule());
                Integer index = ruleIndex.get(finding.rule());
                if (index != null) {
                    result.put("ruleIndex", index);
                }
                result.put("level", level(finding.severity()));
                result.putObject("message").put("text", finding.message());
                ObjectNode location = result.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri).put("index", artifactIndex);
                if (finding.line() > 0) {
                    physical.putObject("region").put("startLine", finding.line());
                }
                if (!finding.elements().isEmpty()) {
                    ArrayNode logical = location.putArray("logicalLocations");
                    finding.elements().forEach(id -> logical.addObject().put("name", id));
                }
            }
            artifactIndex++;
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

    /** {@code product-cycle} becomes {@code ProductCycle}, SARIF's customary rule name. */
    static String camelCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
