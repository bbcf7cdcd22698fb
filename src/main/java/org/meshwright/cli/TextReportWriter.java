package org.meshwright.cli;

import java.io.PrintWriter;
import org.meshwright.model.Mesh;

/**
 * One line per finding, {@code FILE:LINE: severity rule: message}; a file without findings
 * gets one line, {@code FILE: OK (7 domains, 30 nodes, 40 links)}.
 */
final class TextReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, PrintWriter out) {
        for (FileResult.Checked result : report.checked()) {
            if (result.findings().isEmpty()) {
                out.println(result.file() + ": OK (" + counts(result.document().mesh()) + ")");
            }
            for (ReportedFinding finding : result.findings()) {
                String where = finding.line() > 0 ? result.file() + ":" + finding.line() : result.file();
                out.println(where + ": " + finding.severity() + " " + finding.rule() + ": " + finding.message());
            }
        }
        out.flush();
    }

    static String counts(Mesh mesh) {
        return plural(mesh.domains().size(), "domain") + ", " + plural(mesh.nodes().size(), "node") + ", "
                + plural(mesh.links().size(), "link");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
