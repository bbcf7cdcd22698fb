package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

/** Personal data leaves its domain unprotected. */
final class PiiProtectionRule extends AbstractRule {

    PiiProtectionRule() {
        super(RuleIds.PII_PROTECTION, Severity.ERROR,
                "A cross-domain link carries personal data without protection.",
                "Personal data leaves its domain only anonymized. Route the link through an anonymizer ('via'),"
                        + " mark it 'anonymized: true' where the provider removes the personal data, or make the"
                        + " provider a de-identified product.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (FlowLink link : context.flowLinks()) {
            if (link.crossDomain() && !link.protectedLink() && context.carriesPersonalData(link.from().id())) {
                String origin = link.from().pii() ? "holds personal data"
                        : "receives personal data through unprotected links";
                report.accept(finding("cross-domain link " + quote(link.id()) + " shares personal data"
                        + " unprotected: " + quote(link.from().id()) + " " + origin + ". Route the link through an"
                        + " anonymizer, mark it 'anonymized: true', or de-identify the provider.",
                        List.of(ElementRef.link(link.id()))));
            }
        }
    }
}
