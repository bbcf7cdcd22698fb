package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

/** A mesh declared harmonized or federated whose cross-domain links all pass a hub. */
final class TopologyFitRule extends AbstractRule {

    TopologyFitRule() {
        super(RuleIds.TOPOLOGY_FIT, Severity.INFO,
                "The mesh is declared harmonized or federated, yet every cross-domain link passes a hub: its"
                        + " structure is that of a governed mesh.",
                "Declare the topology the mesh really has: switch it to governed, or let domains share point to"
                        + " point.", Topology.HARMONIZED, Topology.FEDERATED);
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        int crossDomain = 0;
        for (FlowLink link : context.flowLinks()) {
            if (link.crossDomain()) {
                crossDomain++;
                if (link.hubs().isEmpty()) {
                    return;
                }
            }
        }
        if (crossDomain > 0) {
            report.accept(finding("the mesh is declared " + context.mesh().topology().keyword() + ", yet "
                    + (crossDomain == 1 ? "its one cross-domain link passes" : "all " + crossDomain + " cross-domain links pass")
                    + " a hub: its structure is that of a governed mesh."
                    + " Declare it governed, or let domains share point to point.", List.of()));
        }
    }
}
