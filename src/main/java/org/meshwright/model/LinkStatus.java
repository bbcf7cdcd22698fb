package org.meshwright.model;

/** Lifecycle of a sharing link; {@link #ACTIVE} unless the file says otherwise. It has no effect on the rules in format version 1. */
public enum LinkStatus implements Keyword {
    PROPOSED("proposed"),
    ACTIVE("active"),
    DEPRECATED("deprecated");

    private final String keyword;

    LinkStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
