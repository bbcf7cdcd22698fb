package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class LineageSourceRuleTest {

    private static final String RULE = RuleIds.LINEAGE_SOURCE;

    @Test
    void productThatNoSourceSystemReachesIsReportedAsInfo() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.node("p")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void sourceSystemReachesProductsThroughOtherProducts() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.q, kind: data-product, domain: a}
                  - {id: b.r, kind: data-product, domain: b}
                links:
                  - {from: a.s, to: a.p}
                  - {from: a.p, to: a.q}
                  - {from: a.q, to: b.r}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void productsFedOnlyByUnreachedProductsAreReportedToo() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                  - {id: fed, kind: data-product}
                  - {id: manual, kind: data-product}
                  - {id: derived, kind: data-product}
                links:
                  - {from: s, to: fed}
                  - {from: manual, to: derived}
                  - {from: derived, to: fed}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("derived"), List.of("manual"));
    }

    @Test
    void cycleWithoutASourceIsNotReached() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                  - {id: a, kind: data-product}
                  - {id: b, kind: data-product}
                links:
                  - {from: a, to: b}
                  - {from: b, to: a}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void linkThatIsNotWellFormedCarriesNoLineage() {
        // s -> c is well formed, but c is a consumer and cannot provide: c -> p is no edge.
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                  - {id: c, kind: consumer}
                  - {id: p, kind: data-product}
                links:
                  - {from: s, to: c}
                  - {from: c, to: p}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p"));
    }
}
