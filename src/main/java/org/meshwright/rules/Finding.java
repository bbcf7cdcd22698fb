package org.meshwright.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.meshwright.model.ElementRef;

/**
 * One thing a rule found: which rule, how serious, what is wrong and how to fix it, and the
 * elements involved (none for a finding about the whole mesh).
 */
public record Finding(String rule, Severity severity, String message, List<ElementRef> elements) {

    /**
     * The catalogue's order: severity (error first), then rule id, then first element id
     * (none first), compared code point by code point; then the rest, so that the order is
     * total and the same for every run.
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.elements().isEmpty() ? "" : f.elements().get(0).id(), Finding::compareCodePoints)
            .thenComparing(f -> f.elements().isEmpty() ? 0 : 1)
            .thenComparing(f -> String.join("\u0000", f.elementIds()), Finding::compareCodePoints)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        elements = List.copyOf(elements);
    }

    /** The ids of the elements, as the command line's JSON shows them. */
    public List<String> elementIds() {
        return elements.stream().map(ElementRef::id).toList();
    }

    /** The same finding at another severity (a policy override). */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, elements);
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
