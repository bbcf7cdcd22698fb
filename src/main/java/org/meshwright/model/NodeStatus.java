package org.meshwright.model;

/** Lifecycle of a node; {@link #ACTIVE} unless the file says otherwise. */
public enum NodeStatus implements Keyword {
    PROPOSED("proposed"),
    DRAFT("draft"),
    ACTIVE("active"),
    DEPRECATED("deprecated"),
    RETIRED("retired");

    private final String keyword;

    NodeStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
