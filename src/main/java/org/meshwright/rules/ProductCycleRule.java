package org.meshwright.rules;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/** Data products that feed each other: each strongly connected set, and each self-link. */
final class ProductCycleRule extends AbstractRule {

    ProductCycleRule() {
        super(RuleIds.PRODUCT_CYCLE, Severity.ERROR,
                "Data products feed each other in a cycle (or a product reads itself).",
                "Lineage between data products must be acyclic, or no product has a well-defined version and"
                        + " freshness. Break the cycle: remove one link, or merge the products into one.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        // the flow graph's cycles are the product graph's (see MeshGraphs), and found without a view's costs
        for (Cycles.Cycle cycle : Cycles.of(context.graphs().flow())) {
            report.accept(finding("data products feed each other in a cycle: " + cycle.pathText()
                    + ". Break the cycle by removing one of these links, or merge the products.",
                    cycle.members().stream().map(ElementRef::node).toList()));
        }
        TreeSet<String> selfFed = new TreeSet<>();
        for (FlowLink link : context.flowLinks()) {
            if (link.from() == link.to() && link.from().kind() == NodeKind.DATA_PRODUCT) {
                selfFed.add(link.from().id());
            }
        }
        for (String product : selfFed) {
            report.accept(finding("data product " + quote(product) + " reads its own output: " + product + " -> "
                    + product + ". Remove the self-link.", List.of(ElementRef.node(product))));
        }
    }
}
