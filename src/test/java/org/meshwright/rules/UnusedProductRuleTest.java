package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class UnusedProductRuleTest {

    private static final String RULE = RuleIds.UNUSED_PRODUCT;

    @Test
    void productWithNoOutgoingLinkIsReportedAsAWarning() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.node("p")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void incomingLinksDoNotMakeAProductUsed() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                  - {id: p, kind: data-product}
                  - {id: q, kind: data-product, status: deprecated}
                links:
                  - {from: s, to: p}
                  - {from: p, to: q}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("q"));
    }

    @Test
    void selfLinkCountsAsOutgoing() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                links:
                  - {from: p, to: p}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void linkToAConsumerCountsAsUse() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                  - {id: c, kind: consumer}
                links:
                  - {from: p, to: c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void retiredProductIsExempt() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product, status: retired}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void linkThatIsNotWellFormedIsNoUse() {
        // Only well-formed links are seen: a link to no node, or to a hub, reads nothing.
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                  - {id: h, kind: hub}
                links:
                  - {from: p, to: ghost}
                  - {from: p, to: h}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p"));
    }

    @Test
    void unusedSourceSystemsAndConsumersAreNotReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                  - {id: c, kind: consumer}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
