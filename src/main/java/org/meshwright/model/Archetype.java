package org.meshwright.model;

/**
 * The role of a data product in the flow from operational sources to consumers. The rank
 * orders them: data should flow from a lower or equal rank to a higher or equal one.
 */
public enum Archetype implements Keyword {
    SOURCE_ALIGNED("source-aligned", 0),
    AGGREGATE("aggregate", 1),
    CONSUMER_ALIGNED("consumer-aligned", 2);

    private final String keyword;
    private final int rank;

    Archetype(String keyword, int rank) {
        this.keyword = keyword;
        this.rank = rank;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** 0 for source-aligned, 1 for aggregate, 2 for consumer-aligned. */
    public int rank() {
        return rank;
    }
}
