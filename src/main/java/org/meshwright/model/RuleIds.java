package org.meshwright.model;

import java.util.List;

/**
 * The ids of the rule catalogue (format version 1). They belong to the file format as
 * well as to the rules: {@code spec.policies.severities} may name these and no others.
 */
public final class RuleIds {

    public static final String REFERENCE_UNKNOWN = "reference-unknown";
    public static final String DOMAIN_REQUIRED = "domain-required";
    public static final String LINK_ENDPOINT_KIND = "link-endpoint-kind";
    public static final String PRODUCT_CYCLE = "product-cycle";
    public static final String DOMAIN_CYCLE = "domain-cycle";
    public static final String OWNER_REQUIRED = "owner-required";
    public static final String CONTRACT_REQUIRED = "contract-required";
    public static final String PII_PROTECTION = "pii-protection";
    public static final String SOURCE_SYSTEM_BOUNDARY = "source-system-boundary";
    public static final String LIFECYCLE_CONSUMPTION = "lifecycle-consumption";
    public static final String UNUSED_PRODUCT = "unused-product";
    public static final String FLOW_DIRECTION = "flow-direction";
    public static final String LINEAGE_SOURCE = "lineage-source";
    public static final String GOVERNANCE_NODE_REQUIRED = "governance-node-required";
    public static final String GOVERNED_HUB_REQUIRED = "governed-hub-required";
    public static final String GOVERNED_HUB_ROUTING = "governed-hub-routing";
    public static final String GOVERNED_SINGLE_HUB = "governed-single-hub";
    public static final String HARMONIZED_SHARED_PLATFORM = "harmonized-shared-platform";
    public static final String FEDERATED_PLATFORM_DECLARED = "federated-platform-declared";
    public static final String TOPOLOGY_FIT = "topology-fit";

    /** Every rule id, in the order of the catalogue. */
    public static final List<String> ALL = List.of(
            REFERENCE_UNKNOWN, DOMAIN_REQUIRED, LINK_ENDPOINT_KIND,
            PRODUCT_CYCLE, DOMAIN_CYCLE,
            OWNER_REQUIRED, CONTRACT_REQUIRED, PII_PROTECTION, SOURCE_SYSTEM_BOUNDARY,
            LIFECYCLE_CONSUMPTION, UNUSED_PRODUCT, FLOW_DIRECTION, LINEAGE_SOURCE,
            GOVERNANCE_NODE_REQUIRED,
            GOVERNED_HUB_REQUIRED, GOVERNED_HUB_ROUTING, GOVERNED_SINGLE_HUB,
            HARMONIZED_SHARED_PLATFORM, FEDERATED_PLATFORM_DECLARED, TOPOLOGY_FIT);

    private RuleIds() {
    }

    public static boolean isKnown(String id) {
        return ALL.contains(id);
    }
}
