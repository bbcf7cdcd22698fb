package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class DomainRequiredRuleTest {

    private static final String RULE = RuleIds.DOMAIN_REQUIRED;

    @Test
    void dataProductWithoutDomainIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.node("p")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void sourceSystemWithoutDomainIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("s"));
    }

    @Test
    void otherKindsNeedNoDomain() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: c, kind: consumer}
                  - {id: h, kind: hub}
                  - {id: pl, kind: platform}
                  - {id: g, kind: governance}
                  - {id: a, kind: anonymizer}
                  - {id: v, kind: virtualization}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void productInAnUndeclaredDomainHasADomain() {
        // A domain that names nothing is reference-unknown's finding, not this rule's.
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product, domain: ghost}
                  - {id: s, kind: source-system, domain: ghost}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
