package org.meshwright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** The JSON report of rules.md, "The output a user sees": a summary of counts and the findings per file. */
final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count("error"));
        summary.put("warnings", report.count("warning"));
        summary.put("infos", report.count("info"));
        ArrayNode results = root.putArray("results");
        for (FileResult.Checked checked : report.checked()) {
            ObjectNode result = results.addObject();
            result.put("file", checked.file());
            result.put("mesh", checked.document().mesh().metadata().name());
            result.put("topology", checked.document().mesh().topology().keyword());
            ArrayNode findings = result.putArray("findings");
            for (ReportedFinding finding : checked.findings()) {
                ObjectNode f = findings.addObject();
                f.put("rule", finding.rule());
                f.put("severity", finding.severity());
                f.put("line", finding.line());
                f.put("message", finding.message());
                ArrayNode elements = f.putArray("elements");
                finding.elements().forEach(elements::add);
            }
        }
        JsonOutput.print(root, out);
    }
}
