package org.meshwright.model;

/** How a consumer reads a provider's data over a link; {@link #BATCH} unless the file says otherwise. */
public enum AccessMode implements Keyword {
    BATCH("batch"),
    STREAM("stream"),
    VIRTUALIZED("virtualized"),
    API("api");

    private final String keyword;

    AccessMode(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
