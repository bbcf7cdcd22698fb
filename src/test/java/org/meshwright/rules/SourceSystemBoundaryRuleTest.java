package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class SourceSystemBoundaryRuleTest {

    private static final String RULE = RuleIds.SOURCE_SYSTEM_BOUNDARY;

    @Test
    void sourceSystemFeedingAnotherDomainIsReported() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: b.p, kind: data-product, domain: b}
                links:
                  - {from: a.s, to: b.p}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.link("a.s->b.p")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void sourceSystemFeedingAnExternalConsumerIsReported() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: outside, kind: consumer}
                links:
                  - {from: a.s, to: outside}
                  - {id: anonymized, from: a.s, to: outside, anonymized: true}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.s->outside"), List.of("anonymized"));
    }

    @Test
    void sourceSystemFeedingItsOwnDomainIsSilent() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.c, kind: consumer, domain: a}
                links:
                  - {from: a.s, to: a.p}
                  - {from: a.s, to: a.c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void dataProductSharingAcrossDomainsIsNotThisRulesBusiness() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: b.c}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
