package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class LifecycleConsumptionRuleTest {

    private static final String RULE = RuleIds.LIFECYCLE_CONSUMPTION;

    /** A retired product, a deprecated product and a retired source system, each read by one link. */
    private static String lifecycles(String policies) {
        return governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.old, kind: data-product, domain: a, status: retired}
                  - {id: a.aging, kind: data-product, domain: a, status: deprecated}
                  - {id: a.legacy, kind: source-system, domain: a, status: retired}
                  - {id: a.c, kind: consumer, domain: a}
                links:
                  - {from: a.old, to: a.c}
                  - {from: a.aging, to: a.c}
                  - {from: a.legacy, to: a.c}
                """ + policies);
    }

    @Test
    void readingARetiredProviderIsAnErrorAndADeprecatedOneAWarning() {
        List<Finding> found = findings(lifecycles(""), RULE);

        assertThat(found).extracting(Finding::severity, Finding::elements).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, List.of(ElementRef.link("a.legacy->a.c"))),
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, List.of(ElementRef.link("a.old->a.c"))),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, List.of(ElementRef.link("a.aging->a.c"))));
    }

    @Test
    void policyOverrideChangesBothSeverities() {
        List<Finding> found = findings(lifecycles("""
                policies:
                  severities:
                    lifecycle-consumption: info
                """), RULE);

        assertThat(found).hasSize(3).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void policyOffRemovesBothKinds() {
        List<Finding> found = findings(lifecycles("""
                policies:
                  severities:
                    lifecycle-consumption: off
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void activeAndUnreleasedProvidersAreSilent() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, status: active}
                  - {id: a.q, kind: data-product, domain: a, status: proposed}
                  - {id: a.r, kind: data-product, domain: a, status: draft}
                  - {id: a.s, kind: data-product, domain: a}
                links:
                  - {from: a.p, to: a.s}
                  - {from: a.q, to: a.s}
                  - {from: a.r, to: a.s}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void aRetiredConsumingProductIsNotAProblem() {
        // Only the provider's status counts; the reader being retired is nobody's finding here.
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.r, kind: data-product, domain: a, status: retired}
                links:
                  - {from: a.p, to: a.r}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
