package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.RuleIds;

/** A link reads from a retired (error) or deprecated (warning) provider. */
final class LifecycleConsumptionRule extends AbstractRule {

    LifecycleConsumptionRule() {
        super(RuleIds.LIFECYCLE_CONSUMPTION, Severity.ERROR,
                "A link reads from a retired provider (error) or a deprecated one (warning).",
                "Consumers must move off deprecated products before they are retired, and nothing may read a"
                        + " retired one. Point the link at the successor product, or remove it.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (FlowLink link : context.flowLinks()) {
            MeshNode provider = link.from();
            if (provider.status() == NodeStatus.RETIRED) {
                report.accept(new Finding(id(), Severity.ERROR, "link " + quote(link.id()) + " reads from "
                        + quote(provider.id()) + ", which is retired. Point the link at its successor or remove it.",
                        List.of(ElementRef.link(link.id()))));
            } else if (provider.status() == NodeStatus.DEPRECATED) {
                report.accept(new Finding(id(), Severity.WARNING, "link " + quote(link.id()) + " reads from "
                        + quote(provider.id()) + ", which is deprecated. Plan the move to its successor before it is"
                        + " retired.", List.of(ElementRef.link(link.id()))));
            }
        }
    }
}
