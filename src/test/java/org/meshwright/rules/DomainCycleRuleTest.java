package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class DomainCycleRuleTest {

    private static final String RULE = RuleIds.DOMAIN_CYCLE;

    @Test
    void twoDomainsFeedingEachOtherAreReportedOnceAsAWarning() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: y}
                  - {id: x}
                nodes:
                  - {id: x.p, kind: data-product, domain: x}
                  - {id: y.q, kind: data-product, domain: y}
                  - {id: x.r, kind: data-product, domain: x}
                links:
                  - {from: x.p, to: y.q}
                  - {from: y.q, to: x.r}
                """), RULE);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).elements()).containsExactly(ElementRef.domain("x"), ElementRef.domain("y"));
        assertThat(found.get(0).message()).contains("x -> y -> x");
    }

    @Test
    void cycleThroughThreeDomainsNamesThemSorted() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: c}
                  - {id: b}
                  - {id: a}
                nodes:
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.p, kind: data-product, domain: b}
                  - {id: c.p, kind: data-product, domain: c}
                links:
                  - {from: a.p, to: c.p}
                  - {from: c.p, to: b.p}
                  - {from: b.p, to: a.p}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a", "b", "c"));
        assertThat(found.get(0).message()).contains("a -> c -> b -> a");
    }

    @Test
    void oneWayDependenciesBetweenDomainsAreSilent() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: x}
                  - {id: y}
                nodes:
                  - {id: x.p, kind: data-product, domain: x}
                  - {id: x.q, kind: data-product, domain: x}
                  - {id: y.q, kind: data-product, domain: y}
                links:
                  - {from: x.p, to: y.q}
                  - {from: x.q, to: y.q}
                  - {from: x.p, to: x.q}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void onlyLinksBetweenDataProductsMakeDomainEdges() {
        // y's consumer reads x, and y's source system feeds x: no product-to-product link goes back.
        List<Finding> found = findings(governed("""
                domains:
                  - {id: x}
                  - {id: y}
                nodes:
                  - {id: x.p, kind: data-product, domain: x}
                  - {id: y.c, kind: consumer, domain: y}
                  - {id: y.s, kind: source-system, domain: y}
                links:
                  - {from: x.p, to: y.c}
                  - {from: y.s, to: x.p}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void undeclaredDomainsAreNotInTheDomainGraph() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: x}
                nodes:
                  - {id: x.p, kind: data-product, domain: x}
                  - {id: x.r, kind: data-product, domain: x}
                  - {id: ghost.q, kind: data-product, domain: ghost}
                links:
                  - {from: x.p, to: ghost.q}
                  - {from: ghost.q, to: x.r}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
