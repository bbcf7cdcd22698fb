package org.meshwright.cli;

import java.util.List;
import java.util.Objects;

/**
 * One finding as the command line reports it: the rule's id, its severity keyword
 * ({@code error}, {@code warning} or {@code info}), the line of its first element (0 where
 * there is none), the message and the ids of the elements involved.
 */
record ReportedFinding(String rule, String severity, int line, String message, List<String> elements) {

    ReportedFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        elements = List.copyOf(elements);
    }
}
