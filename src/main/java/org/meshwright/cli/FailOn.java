package org.meshwright.cli;

import java.util.Locale;

/** The lowest severity that makes {@code validate} exit with code 1; {@link #NEVER} never does. */
enum FailOn {
    ERROR(0), WARNING(1), INFO(2), NEVER(-1);

    private final int rank;

    FailOn(int rank) {
        this.rank = rank;
    }

    /** Whether a finding of {@code severity} ({@code error}, {@code warning} or {@code info}) fails the run. */
    boolean fails(String severity) {
        int severityRank = switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            case "info" -> 2;
            default -> throw new IllegalArgumentException("unknown severity '" + severity + "'");
        };
        return rank >= 0 && severityRank <= rank;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
