package org.meshwright.cli;

import java.util.List;
import java.util.stream.Stream;

/** The results of one {@code validate} run, one per file in the order given. */
record ValidationReport(List<FileResult> results) {

    ValidationReport {
        results = List.copyOf(results);
    }

    List<FileResult.Checked> checked() {
        return results.stream().filter(FileResult.Checked.class::isInstance).map(FileResult.Checked.class::cast)
                .toList();
    }

    List<FileResult.Unreadable> unreadable() {
        return results.stream().filter(FileResult.Unreadable.class::isInstance)
                .map(FileResult.Unreadable.class::cast).toList();
    }

    Stream<ReportedFinding> findings() {
        return checked().stream().flatMap(c -> c.findings().stream());
    }

    long count(String severity) {
        return findings().filter(f -> f.severity().equals(severity)).count();
    }

    /** 3 when a file could not be read, else 1 when a finding reaches {@code failOn}, else 0. */
    int exitCode(FailOn failOn) {
        if (!unreadable().isEmpty()) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        return findings().anyMatch(f -> failOn.fails(f.severity())) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
