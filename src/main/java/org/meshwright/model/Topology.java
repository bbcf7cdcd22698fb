package org.meshwright.model;

/** How the domains of a mesh share data: through a central hub, point to point on one platform, or on platforms of their own. */
public enum Topology implements Keyword {
    GOVERNED("governed"),
    HARMONIZED("harmonized"),
    FEDERATED("federated");

    private final String keyword;

    Topology(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
