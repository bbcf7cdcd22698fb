package org.meshwright.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules of the catalogue, version 1, in catalogue order. */
public final class RuleCatalog {

    private static final List<Rule> RULES = List.of(
            new ReferenceUnknownRule(), new DomainRequiredRule(), new LinkEndpointKindRule(),
            new ProductCycleRule(), new DomainCycleRule(),
            new OwnerRequiredRule(), new ContractRequiredRule(), new PiiProtectionRule(),
            new SourceSystemBoundaryRule(), new LifecycleConsumptionRule(), new UnusedProductRule(),
            new FlowDirectionRule(), new LineageSourceRule(), new GovernanceNodeRequiredRule(),
            new GovernedHubRequiredRule(), new GovernedHubRoutingRule(), new GovernedSingleHubRule(),
            new HarmonizedSharedPlatformRule(), new FederatedPlatformDeclaredRule(), new TopologyFitRule());

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        RULES.forEach(rule -> BY_ID.put(rule.id(), rule));
    }

    private RuleCatalog() {
    }

    /** Every rule, in catalogue order. */
    public static List<Rule> rules() {
        return RULES;
    }

    public static Optional<Rule> rule(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
