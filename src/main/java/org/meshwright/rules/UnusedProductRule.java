package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.RuleIds;

/** A data product, not retired, that nobody reads. */
final class UnusedProductRule extends AbstractRule {

    UnusedProductRule() {
        super(RuleIds.UNUSED_PRODUCT, Severity.WARNING,
                "A data product (not retired) has no outgoing link: nobody reads it.",
                "A data product exists to be used. Link it to its consumers, or retire it ('status: retired')"
                        + " if it is no longer needed.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        var flow = context.graphs().flow();
        for (MeshNode node : context.nodesOfKind(NodeKind.DATA_PRODUCT)) {
            if (node.status() != NodeStatus.RETIRED && flow.outDegreeOf(node.id()) == 0) {
                report.accept(finding("data product " + quote(node.id()) + " has no consumers: no link reads from it."
                        + " Link it to the products or consumers that use it, or retire it.",
                        List.of(ElementRef.node(node.id()))));
            }
        }
    }
}
