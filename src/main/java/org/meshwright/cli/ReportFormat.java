package org.meshwright.cli;

/** The output formats of {@code validate}. */
enum ReportFormat {
    TEXT, JSON, SARIF;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
