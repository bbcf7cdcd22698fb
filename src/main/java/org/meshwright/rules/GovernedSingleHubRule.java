package org.meshwright.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

/** A domain whose cross-domain links pass more than one hub. */
final class GovernedSingleHubRule extends AbstractRule {

    GovernedSingleHubRule() {
        super(RuleIds.GOVERNED_SINGLE_HUB, Severity.WARNING,
                "In a governed mesh, a domain's cross-domain links pass through more than one hub.",
                "A domain distributes through one hub, so that its sharing is governed in one place. Route all"
                        + " of the domain's cross-domain links through the same hub.", Topology.GOVERNED);
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Map<String, TreeSet<String>> hubsByDomain = new TreeMap<>();
        for (FlowLink link : context.flowLinks()) {
            if (!link.crossDomain()) {
                continue;
            }
            List<String> hubs = link.hubs();
            if (hubs.isEmpty()) {
                continue;
            }
            for (MeshNode node : List.of(link.from(), link.to())) {
                if (node.domain() != null && context.mesh().domain(node.domain()) != null) {
                    hubsByDomain.computeIfAbsent(node.domain(), d -> new TreeSet<>()).addAll(hubs);
                }
            }
        }
        hubsByDomain.forEach((domain, hubs) -> {
            if (hubs.size() > 1) {
                report.accept(finding("domain " + quote(domain) + " shares through " + hubs.size() + " hubs ("
                        + String.join(", ", hubs) + "). Route all of its cross-domain links through one hub.",
                        List.of(ElementRef.domain(domain))));
            }
        });
    }
}
