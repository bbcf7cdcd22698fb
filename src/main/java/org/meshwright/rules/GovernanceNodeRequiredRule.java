package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/** A mesh without a governance node. */
final class GovernanceNodeRequiredRule extends AbstractRule {

    GovernanceNodeRequiredRule() {
        super(RuleIds.GOVERNANCE_NODE_REQUIRED, Severity.WARNING,
                "The mesh has no governance node.",
                "Every topology keeps ownership, product and sharing metadata central: a catalogue and policy"
                        + " service. Add a node of kind 'governance'.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        if (context.nodesOfKind(NodeKind.GOVERNANCE).isEmpty()) {
            report.accept(finding("the mesh has no governance node. Every topology keeps ownership, product and"
                    + " sharing metadata central: add a node of kind 'governance' (catalogue and policies).", List.of()));
        }
    }
}
