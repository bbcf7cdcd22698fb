package org.meshwright.rules;

import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

/** Domains whose data products feed each other: each strongly connected set of the domain graph. */
final class DomainCycleRule extends AbstractRule {

    DomainCycleRule() {
        super(RuleIds.DOMAIN_CYCLE, Severity.WARNING,
                "Domains feed each other in a cycle through their data products.",
                "Domains that depend on each other cannot change independently, which data mesh wants them to."
                        + " Re-cut the domain boundaries or move the shared data into an aggregate product.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (Cycles.Cycle cycle : Cycles.of(context.graphs().domains())) {
            report.accept(finding("domains feed each other in a cycle: " + cycle.pathText()
                    + ". Domains that depend on each other cannot evolve independently: move the shared data into"
                    + " one domain's aggregate product, or re-cut the domains.",
                    cycle.members().stream().map(ElementRef::domain).toList()));
        }
    }
}
