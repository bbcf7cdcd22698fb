package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;
import static org.meshwright.rules.RuleTestSupport.mesh;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class GovernedHubRoutingRuleTest {

    private static final String RULE = RuleIds.GOVERNED_HUB_ROUTING;

    /** Product a.p and consumer b.c in another domain, a hub h and an anonymizer anon; one link a.p -> b.c. */
    private static String crossDomain(String topology, String linkFields) {
        return mesh(topology, """
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: h, kind: hub}
                  - {id: anon, kind: anonymizer}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: b.c%s}
                """.formatted(linkFields));
    }

    @Test
    void crossDomainLinkWithoutHubIsReported() {
        List<Finding> found = findings(crossDomain("governed", ""), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.link("a.p->b.c")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void linkThroughAnAnonymizerOnlyIsReported() {
        assertThat(elementIds(findings(crossDomain("governed", ", via: [anon]"), RULE)))
                .containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void viaEntryNamingNoNodeIsNoHub() {
        assertThat(elementIds(findings(crossDomain("governed", ", via: [ghost-hub]"), RULE)))
                .containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void linkThroughTheHubIsSilent() {
        assertThat(findings(crossDomain("governed", ", via: [anon, h]"), RULE)).isEmpty();
    }

    @Test
    void linkToAnExternalConsumerMustPassTheHub() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: h, kind: hub}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: outside, kind: consumer}
                links:
                  - {from: a.p, to: outside}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->outside"));
    }

    @Test
    void linkWithinOneDomainNeedsNoHub() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: h, kind: hub}
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.c, kind: consumer, domain: a}
                links:
                  - {from: a.s, to: a.p}
                  - {from: a.p, to: a.c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"harmonized", "federated"})
    void otherTopologiesShareWithoutAHub(String topology) {
        assertThat(findings(crossDomain(topology, ""), RULE)).isEmpty();
    }
}
