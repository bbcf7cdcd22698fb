package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class FlowDirectionRuleTest {

    private static final String RULE = RuleIds.FLOW_DIRECTION;

    @Test
    void consumerAlignedFeedingSourceAlignedIsReportedAsAWarning() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: ca, kind: data-product, archetype: consumer-aligned}
                  - {id: sa, kind: data-product, archetype: source-aligned}
                links:
                  - {from: ca, to: sa}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.link("ca->sa")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void everyStepDownInRankIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: sa, kind: data-product, archetype: source-aligned}
                  - {id: ag, kind: data-product, archetype: aggregate}
                  - {id: ca, kind: data-product, archetype: consumer-aligned}
                links:
                  - {from: ag, to: sa}
                  - {from: ca, to: ag}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("ag->sa"), List.of("ca->ag"));
    }

    @Test
    void linksUpwardOrBetweenEqualRanksAreFine() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: sa, kind: data-product, archetype: source-aligned}
                  - {id: sa2, kind: data-product, archetype: source-aligned}
                  - {id: ag, kind: data-product, archetype: aggregate}
                  - {id: ag2, kind: data-product, archetype: aggregate}
                  - {id: ca, kind: data-product, archetype: consumer-aligned}
                  - {id: ca2, kind: data-product, archetype: consumer-aligned}
                links:
                  - {from: sa, to: sa2}
                  - {from: sa, to: ag}
                  - {from: sa, to: ca}
                  - {from: ag, to: ag2}
                  - {from: ag, to: ca}
                  - {from: ca, to: ca2}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void productWithoutArchetypeIsFine() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: ca, kind: data-product, archetype: consumer-aligned}
                  - {id: plain, kind: data-product}
                  - {id: sa, kind: data-product, archetype: source-aligned}
                links:
                  - {from: ca, to: plain}
                  - {from: plain, to: sa}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void linksToConsumersAreFine() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: ca, kind: data-product, archetype: consumer-aligned}
                  - {id: c, kind: consumer}
                links:
                  - {from: ca, to: c}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
