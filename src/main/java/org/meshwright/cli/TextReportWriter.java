package org.meshwright.cli;

import java.io.PrintWriter;
import org.meshwright.model.Mesh;

/**
 * One line per finding, {@code FILE:LINE: severity rule: message}; a file without findings
 * gets one line, {@code FILE: OK (7 domains, 30 nodes, 40 links)}; a last line sums up.
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
        out.println(summary(report));
        out.flush();
    }

    static String summary(ValidationReport report) {
        int files = report.checked().size();
        String line = "Checked " + plural(files, "file") + ": " + plural((int) report.count("error"), "error") + ", "
                + plural((int) report.count("warning"), "warning") + ", " + plural((int) report.count("info"), "info");
        int unreadable = report.unreadable().size();
        return unreadable == 0 ? line : line + "; " + plural(unreadable, "file") + " could not be read";
    }

    static String counts(Mesh mesh) {
        return plural(mesh.domains().size(), "domain") + ", " + plural(mesh.nodes().size(), "node") + ", "
                + plural(mesh.links().size(), "link");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
