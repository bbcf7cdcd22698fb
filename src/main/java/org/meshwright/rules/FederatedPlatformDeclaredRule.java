package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

/** A domain of a federated mesh that names no platform. */
final class FederatedPlatformDeclaredRule extends AbstractRule {

    FederatedPlatformDeclaredRule() {
        super(RuleIds.FEDERATED_PLATFORM_DECLARED, Severity.WARNING,
                "In a federated mesh, a domain does not declare the platform it runs on.",
                "In a highly federated mesh each domain runs its own platform and hooks it into central"
                        + " governance. Add the domain's platform node and set the domain's 'platform'.",
                Topology.FEDERATED);
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (Domain domain : context.mesh().domains()) {
            if (domain.platform() == null) {
                report.accept(finding("domain " + quote(domain.id()) + " declares no platform: in a federated mesh"
                        + " each domain runs its own. Add its platform node and set the domain's 'platform'.",
                        List.of(ElementRef.domain(domain.id()))));
            }
        }
    }
}
