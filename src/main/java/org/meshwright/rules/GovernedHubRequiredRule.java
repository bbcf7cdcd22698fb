package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

/** A governed mesh without a hub. */
final class GovernedHubRequiredRule extends AbstractRule {

    GovernedHubRequiredRule() {
        super(RuleIds.GOVERNED_HUB_REQUIRED, Severity.ERROR,
                "A governed mesh has no hub node.",
                "In a governed mesh all distribution between domains passes a central hub. Add a node of kind"
                        + " 'hub', or choose another topology.", Topology.GOVERNED);
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        if (context.nodesOfKind(NodeKind.HUB).isEmpty()) {
            report.accept(finding("the mesh is governed but has no hub: in a governed mesh all distribution between"
                    + " domains passes a central hub. Add a node of kind 'hub', or choose another topology.", List.of()));
        }
    }
}
