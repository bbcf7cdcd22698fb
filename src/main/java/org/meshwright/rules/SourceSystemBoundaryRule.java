package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/** Operational data leaves its domain straight from a source system. */
final class SourceSystemBoundaryRule extends AbstractRule {

    SourceSystemBoundaryRule() {
        super(RuleIds.SOURCE_SYSTEM_BOUNDARY, Severity.ERROR,
                "A cross-domain link starts at a source system.",
                "Operational data leaves its domain only through a data product, which gives it an owner, a"
                        + " contract and a stable interface. Add a source-aligned product in the source's domain"
                        + " and share that instead.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (FlowLink link : context.flowLinks()) {
            if (link.from().kind() == NodeKind.SOURCE_SYSTEM && link.crossDomain()) {
                report.accept(finding("source system " + quote(link.from().id()) + " shares data outside its domain"
                        + " directly (link " + quote(link.id()) + "). Publish it through a source-aligned"
                        + " data product of its domain and link that instead.",
                        List.of(ElementRef.link(link.id()))));
            }
        }
    }
}
