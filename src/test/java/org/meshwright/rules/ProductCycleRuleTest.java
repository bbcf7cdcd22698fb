package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class ProductCycleRuleTest {

    private static final String RULE = RuleIds.PRODUCT_CYCLE;

    @Test
    void cycleThroughThreeProductsIsReportedOnce() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: a, kind: data-product}
                  - {id: b, kind: data-product}
                  - {id: c, kind: data-product}
                links:
                  - {from: a, to: b}
                  - {from: b, to: c}
                  - {from: c, to: a}
                """), RULE);

        assertThat(found).hasSize(1);
        Finding cycle = found.get(0);
        assertThat(cycle.severity()).isEqualTo(Severity.ERROR);
        assertThat(cycle.elements()).containsExactly(ElementRef.node("a"), ElementRef.node("b"), ElementRef.node("c"));
        assertThat(cycle.message()).contains("a -> b -> c -> a");
    }

    @Test
    void cyclePathStartsAtTheSmallestMemberWhateverTheFileOrder() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: zeta, kind: data-product}
                  - {id: mid, kind: data-product}
                  - {id: alpha, kind: data-product}
                links:
                  - {from: zeta, to: alpha}
                  - {from: mid, to: zeta}
                  - {from: alpha, to: mid}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("alpha", "mid", "zeta"));
        assertThat(found.get(0).message()).contains("alpha -> mid -> zeta -> alpha");
    }

    @Test
    void cyclePathIsTheShortestCycleThroughTheFirstMember() {
        // a -> b -> c -> d -> a, with a shortcut c -> a: the shortest cycle through a is a -> b -> c -> a.
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: a, kind: data-product}
                  - {id: b, kind: data-product}
                  - {id: c, kind: data-product}
                  - {id: d, kind: data-product}
                links:
                  - {from: a, to: b}
                  - {from: b, to: c}
                  - {from: c, to: d}
                  - {from: d, to: a}
                  - {from: c, to: a}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a", "b", "c", "d"));
        assertThat(found.get(0).message()).contains("a -> b -> c -> a").doesNotContain("d -> a");
    }

    @Test
    void selfLinkIsAFindingOfItsOwn() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: a, kind: data-product}
                links:
                  - {from: a, to: a}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.node("a")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).message()).contains("a -> a");
    }

    @Test
    void selfLinkOnAMemberOfALargerCycleIsReportedBesidesTheCycle() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: a, kind: data-product}
                  - {id: b, kind: data-product}
                links:
                  - {from: a, to: a}
                  - {from: a, to: b}
                  - {from: b, to: a}
                """), RULE);

        assertThat(elementIds(found)).containsExactlyInAnyOrder(List.of("a"), List.of("a", "b"));
        assertThat(found).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("a -> b -> a"))
                .anySatisfy(m -> assertThat(m).contains("a -> a"));
    }

    @Test
    void eachStronglyConnectedSetIsReportedOnceNotOncePerMember() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: a, kind: data-product}
                  - {id: b, kind: data-product}
                  - {id: c, kind: data-product}
                  - {id: d, kind: data-product}
                  - {id: e, kind: data-product}
                links:
                  - {from: a, to: b}
                  - {from: b, to: a}
                  - {from: b, to: c}
                  - {from: c, to: a}
                  - {from: d, to: e}
                  - {from: e, to: d}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a", "b", "c"), List.of("d", "e"));
        assertThat(found.get(0).message()).contains("a -> b -> a");
        assertThat(found.get(1).message()).contains("d -> e -> d");
    }

    @Test
    void chainOfProductsIsSilent() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: a, kind: data-product}
                  - {id: b, kind: data-product}
                  - {id: c, kind: data-product}
                links:
                  - {from: a, to: b}
                  - {from: b, to: c}
                  - {from: a, to: c}
                  - {id: second, from: a, to: b}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void feedbackThroughAConsumerOrASourceSystemIsNoProductCycle() {
        // The links back are not well formed (link-endpoint-kind), so they are no edges.
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                  - {id: p, kind: data-product}
                  - {id: c, kind: consumer}
                links:
                  - {from: s, to: p}
                  - {from: p, to: s}
                  - {from: p, to: c}
                  - {from: c, to: p}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
