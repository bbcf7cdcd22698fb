package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/** Data flows back from a consumer-aligned or aggregate product to a lower-ranked one. */
final class FlowDirectionRule extends AbstractRule {

    FlowDirectionRule() {
        super(RuleIds.FLOW_DIRECTION, Severity.WARNING,
                "A link runs against the flow: from a data product of a higher archetype rank to a lower one"
                        + " (source-aligned, then aggregate, then consumer-aligned).",
                "Data flows from source-aligned to aggregate to consumer-aligned products. A link against that"
                        + " order usually means a misclassified product: check both archetypes, or reverse the"
                        + " dependency.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (FlowLink link : context.flowLinks()) {
            MeshNode from = link.from();
            MeshNode to = link.to();
            if (from.kind() == NodeKind.DATA_PRODUCT && to.kind() == NodeKind.DATA_PRODUCT
                    && from.archetype() != null && to.archetype() != null
                    && from.archetype().rank() > to.archetype().rank()) {
                report.accept(finding("link " + quote(link.id()) + " runs against the flow: from "
                        + from.archetype().keyword() + " " + quote(from.id()) + " to " + to.archetype().keyword() + " "
                        + quote(to.id()) + ". Check both archetypes, or reverse the dependency.",
                        List.of(ElementRef.link(link.id()))));
            }
        }
    }
}
