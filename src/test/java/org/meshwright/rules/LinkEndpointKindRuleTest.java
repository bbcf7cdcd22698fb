package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class LinkEndpointKindRuleTest {

    private static final String RULE = RuleIds.LINK_ENDPOINT_KIND;

    @Test
    void linkFromAConsumerIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: c, kind: consumer}
                  - {id: p, kind: data-product}
                links:
                  - {from: c, to: p}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.link("c->p")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void linkToAHubIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                  - {id: h, kind: hub}
                links:
                  - {from: p, to: h}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p->h"));
    }

    @Test
    void linkToASourceSystemIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                  - {id: s, kind: source-system}
                links:
                  - {from: p, to: s}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p->s"));
    }

    @Test
    void linkThroughAPlatformIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                  - {id: c, kind: consumer}
                  - {id: pl, kind: platform}
                links:
                  - {from: p, to: c, via: [pl]}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p->c"));
    }

    @Test
    void linkWithSeveralWrongKindsIsReportedOnce() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: c, kind: consumer}
                  - {id: h, kind: hub}
                  - {id: pl, kind: platform}
                  - {id: g, kind: governance}
                links:
                  - {from: c, to: h, via: [pl, g]}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("c->h"));
        assertThat(found.get(0).message()).contains("'c'", "'h'", "'pl'", "'g'");
    }

    @Test
    void linksBetweenTheRightKindsAreSilent() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: s, kind: source-system}
                  - {id: p, kind: data-product}
                  - {id: c, kind: consumer}
                  - {id: h, kind: hub}
                  - {id: a, kind: anonymizer}
                  - {id: v, kind: virtualization}
                links:
                  - {from: s, to: p, via: [h]}
                  - {from: p, to: c, via: [a, v, h]}
                  - {from: s, to: c}
                  - {from: p, to: p}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void missingNodesAreNotThisRulesBusiness() {
        List<Finding> found = findings(governed("""
                links:
                  - {from: ghost-a, to: ghost-b, via: [ghost-c]}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
