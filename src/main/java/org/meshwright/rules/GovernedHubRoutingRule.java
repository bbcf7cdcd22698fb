package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

/** A cross-domain link in a governed mesh that bypasses the hub. */
final class GovernedHubRoutingRule extends AbstractRule {

    GovernedHubRoutingRule() {
        super(RuleIds.GOVERNED_HUB_ROUTING, Severity.ERROR,
                "In a governed mesh, a cross-domain link does not pass a hub.",
                "In a governed mesh every distribution between domains passes the hub. Add the hub to the"
                        + " link's 'via'.", Topology.GOVERNED);
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (FlowLink link : context.flowLinks()) {
            if (link.crossDomain() && link.hubs().isEmpty()) {
                report.accept(finding("cross-domain link " + quote(link.id()) + " bypasses the hub: in a"
                        + " governed mesh every distribution between domains passes it. Add the hub to the link's 'via'.",
                        List.of(ElementRef.link(link.id()))));
            }
        }
    }
}
