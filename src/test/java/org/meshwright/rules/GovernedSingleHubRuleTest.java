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

class GovernedSingleHubRuleTest {

    private static final String RULE = RuleIds.GOVERNED_SINGLE_HUB;

    /** Domain a provides to b through h1 and to c through h2. */
    private static String twoHubsForA(String topology) {
        return mesh(topology, """
                domains:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                nodes:
                  - {id: h1, kind: hub}
                  - {id: h2, kind: hub}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                  - {id: c.c, kind: consumer, domain: c}
                links:
                  - {from: a.p, to: b.c, via: [h1]}
                  - {from: a.p, to: c.c, via: [h2]}
                """);
    }

    @Test
    void domainProvidingThroughTwoHubsIsReportedAsAWarning() {
        List<Finding> found = findings(twoHubsForA("governed"), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.domain("a")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).message()).contains("h1", "h2");
    }

    @Test
    void hubsAreCountedFromTheProviderAndTheConsumerSide() {
        // b provides to a through h1, and reads from c through h2; a and c each see one hub.
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                nodes:
                  - {id: h1, kind: hub}
                  - {id: h2, kind: hub}
                  - {id: a.c, kind: consumer, domain: a}
                  - {id: b.p, kind: data-product, domain: b}
                  - {id: c.p, kind: data-product, domain: c}
                links:
                  - {from: b.p, to: a.c, via: [h1]}
                  - {from: c.p, to: b.p, via: [h2]}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("b"));
    }

    @Test
    void oneLinkThroughTwoHubsCountsBothForBothDomains() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: h1, kind: hub}
                  - {id: h2, kind: hub}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: b.c, via: [h1, h2]}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void severalLinksThroughTheSameHubAreSilent() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                nodes:
                  - {id: h1, kind: hub}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                  - {id: c.p, kind: data-product, domain: c}
                links:
                  - {from: a.p, to: b.c, via: [h1, h1]}
                  - {from: c.p, to: a.p, via: [h1]}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void linksWithinTheDomainDoNotCount() {
        // a's one cross-domain link passes h1; h2 only sits on a link inside a.
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: h1, kind: hub}
                  - {id: h2, kind: hub}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.c, kind: consumer, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: b.c, via: [h1]}
                  - {from: a.p, to: a.c, via: [h2]}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"harmonized", "federated"})
    void otherTopologiesAreSilent(String topology) {
        assertThat(findings(twoHubsForA(topology), RULE)).isEmpty();
    }
}
