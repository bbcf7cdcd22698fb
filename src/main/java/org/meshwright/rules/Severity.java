package org.meshwright.rules;

import org.meshwright.model.Keyword;
import org.meshwright.model.PolicySeverity;

/** How serious a finding is; declared from most to least serious, the order findings sort in. */
public enum Severity implements Keyword {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String keyword;

    Severity(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** Whether this is at least as serious as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** The severity a policy sets, or {@code null} where the policy turns the rule off. */
    public static Severity of(PolicySeverity policy) {
        return switch (policy) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
            case OFF -> null;
        };
    }
}
