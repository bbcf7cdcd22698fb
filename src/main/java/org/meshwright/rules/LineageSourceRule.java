package org.meshwright.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/** A data product whose lineage reaches no source system. */
final class LineageSourceRule extends AbstractRule {

    LineageSourceRule() {
        super(RuleIds.LINEAGE_SOURCE, Severity.INFO,
                "A data product that no source system reaches along the links: its lineage is incomplete.",
                "Complete lineage lets consumers trust a product. Link the product's inputs back to the"
                        + " operational source systems they come from.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        List<String> sources = context.nodesOfKind(NodeKind.SOURCE_SYSTEM).stream().map(MeshNode::id).toList();
        Set<String> reached = context.reachableFrom(sources);
        for (MeshNode node : context.nodesOfKind(NodeKind.DATA_PRODUCT)) {
            if (!reached.contains(node.id())) {
                report.accept(finding("data product " + quote(node.id()) + " has no lineage to a source system:"
                        + " no source system reaches it along the links. Link its inputs back to their sources.",
                        List.of(ElementRef.node(node.id()))));
            }
        }
    }
}
