package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/** A data product or source system without a domain. */
final class DomainRequiredRule extends AbstractRule {

    DomainRequiredRule() {
        super(RuleIds.DOMAIN_REQUIRED, Severity.ERROR,
                "A data product or source system belongs to no domain.",
                "Domain ownership is the first principle of data mesh: every data product and every operational"
                        + " source belongs to exactly one domain team. Set the node's 'domain'.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (MeshNode node : context.mesh().nodes()) {
            if ((node.kind() == NodeKind.DATA_PRODUCT || node.kind() == NodeKind.SOURCE_SYSTEM) && node.domain() == null) {
                report.accept(finding(node.kind().keyword() + " " + quote(node.id()) + " belongs to no domain."
                        + " Set its 'domain' to the team that owns it.", List.of(ElementRef.node(node.id()))));
            }
        }
    }
}
