package org.meshwright.model;

/** A severity a mesh's policies may give a rule, or {@link #OFF} to turn the rule off. */
public enum PolicySeverity implements Keyword {
    ERROR("error"),
    WARNING("warning"),
    INFO("info"),
    OFF("off");

    private final String keyword;

    PolicySeverity(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
