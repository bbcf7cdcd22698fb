package org.meshwright.model;

/** Confidentiality class of a node's data; {@link #INTERNAL} unless the file says otherwise. */
public enum Classification implements Keyword {
    PUBLIC("public"),
    INTERNAL("internal"),
    CONFIDENTIAL("confidential"),
    RESTRICTED("restricted");

    private final String keyword;

    Classification(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
