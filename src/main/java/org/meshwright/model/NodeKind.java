package org.meshwright.model;

/**
 * The eight kinds of node. Data products, source systems and consumers are the ends of
 * sharing links; hubs, anonymizers and virtualization services are passed through (a
 * link's {@code via}); platforms and governance services are never on a link.
 */
public enum NodeKind implements Keyword {
    DATA_PRODUCT("data-product"),
    SOURCE_SYSTEM("source-system"),
    CONSUMER("consumer"),
    HUB("hub"),
    PLATFORM("platform"),
    GOVERNANCE("governance"),
    ANONYMIZER("anonymizer"),
    VIRTUALIZATION("virtualization");

    private final String keyword;

    NodeKind(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** May be the {@code from} of a link: a data product or a source system. */
    public boolean canProvide() {
        return this == DATA_PRODUCT || this == SOURCE_SYSTEM;
    }

    /** May be the {@code to} of a link: a data product or a consumer. */
    public boolean canConsume() {
        return this == DATA_PRODUCT || this == CONSUMER;
    }

    /** May stand in a link's {@code via}: a hub, an anonymizer or a virtualization service. */
    public boolean isPassThrough() {
        return this == HUB || this == ANONYMIZER || this == VIRTUALIZATION;
    }

    /** A vertex of the flow graph: a data product, source system or consumer. */
    public boolean isFlowNode() {
        return canProvide() || canConsume();
    }
}
