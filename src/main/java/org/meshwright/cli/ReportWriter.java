package org.meshwright.cli;

import java.io.PrintWriter;

/** Writes a {@link ValidationReport} in one output format; files that could not be read are not its concern. */
interface ReportWriter {

    void write(ValidationReport report, PrintWriter out);

    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReportWriter();
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
        };
    }
}
