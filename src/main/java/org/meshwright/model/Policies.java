package org.meshwright.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Federated computational governance settings of a mesh: a severity per rule id that
 * overrides the rule's default, or turns the rule off.
 *
 * @param severities rule id to severity, in file order; only ids of {@link RuleIds}
 * @param extensions {@code x-} fields, in file order
 */
public record Policies(Map<String, PolicySeverity> severities, Map<String, Object> extensions) {

    public static final Policies NONE = new Policies(Map.of(), Map.of());

    public Policies {
        Map<String, PolicySeverity> copy = new LinkedHashMap<>();
        if (severities != null) {
            severities.forEach((rule, severity) -> {
                if (!RuleIds.isKnown(rule)) {
                    throw new IllegalArgumentException("unknown rule id '" + rule + "'");
                }
                if (severity == null) {
                    throw new IllegalArgumentException("no severity for rule '" + rule + "'");
                }
                copy.put(rule, severity);
            });
        }
        severities = Collections.unmodifiableMap(copy);
        extensions = Extensions.copyOf(extensions);
    }

    public boolean isEmpty() {
        return severities.isEmpty() && extensions.isEmpty();
    }
}
