package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class PiiProtectionRuleTest {

    private static final String RULE = RuleIds.PII_PROTECTION;

    @Test
    void personalDataLeavingItsDomainUnprotectedIsReported() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, pii: true}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: b.c}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.link("a.p->b.c")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anonymizedLinkIsSilent() {
        assertThat(findings(piiLink("anonymized: true"), RULE)).isEmpty();
    }

    @Test
    void linkThroughAnAnonymizerAnywhereInViaIsSilent() {
        assertThat(findings(piiLink("via: [h, anon]"), RULE)).isEmpty();
    }

    @Test
    void linkThroughAHubOnlyIsReported() {
        assertThat(elementIds(findings(piiLink("via: [h]"), RULE))).containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void viaEntryNamingNoNodeIsNoAnonymizer() {
        assertThat(elementIds(findings(piiLink("via: [ghost-anonymizer]"), RULE))).containsExactly(List.of("a.p->b.c"));
    }

    /** Personal-data product a.p, consumer b.c in another domain, a hub h and an anonymizer anon. */
    private static String piiLink(String linkFields) {
        return governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: h, kind: hub}
                  - {id: anon, kind: anonymizer}
                  - {id: a.p, kind: data-product, domain: a, pii: true}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: b.c, %s}
                """.formatted(linkFields));
    }

    @Test
    void personalDataWithinOneDomainIsSilent() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, pii: true}
                  - {id: a.q, kind: data-product, domain: a}
                  - {id: a.c, kind: consumer, domain: a}
                links:
                  - {from: a.p, to: a.q}
                  - {from: a.q, to: a.c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void deidentifiedProviderIsSilent() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, pii: true}
                  - {id: a.d, kind: data-product, domain: a, deidentified: true}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: a.d}
                  - {from: a.d, to: b.c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void personalDataPropagatesThroughUnprotectedLinksToLaterProviders() {
        // source system (pii) -> a.p -> a.q -> b.r -> c.s: every product downstream carries it.
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                nodes:
                  - {id: a.src, kind: source-system, domain: a, pii: true}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.q, kind: data-product, domain: a}
                  - {id: b.r, kind: data-product, domain: b}
                  - {id: c.s, kind: consumer, domain: c}
                links:
                  - {from: a.src, to: a.p}
                  - {from: a.p, to: a.q}
                  - {from: a.q, to: b.r}
                  - {from: b.r, to: c.s}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.q->b.r"), List.of("b.r->c.s"));
    }

    @Test
    void propagationStopsAtADeidentifiedProduct() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, pii: true}
                  - {id: a.d, kind: data-product, domain: a, deidentified: true}
                  - {id: a.q, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: a.d}
                  - {from: a.d, to: a.q}
                  - {from: a.q, to: b.c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void propagationStopsAtAProtectedLink() {
        // a.p -> b.q is anonymized, so b.q carries nothing on to c.
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                  - {id: c}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, pii: true}
                  - {id: b.q, kind: data-product, domain: b}
                  - {id: c.c, kind: consumer, domain: c}
                links:
                  - {from: a.p, to: b.q, anonymized: true}
                  - {from: b.q, to: c.c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void productHoldingItsOwnPersonalDataCarriesItEvenWhenDeidentified() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, pii: true, deidentified: true}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: b.c}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void cycleWithoutAPersonalDataSourceCarriesNothing() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.q, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.p, to: a.q}
                  - {from: a.q, to: a.p}
                  - {from: a.q, to: b.c}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void cycleFedByAPersonalDataSourceCarriesIt() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.src, kind: source-system, domain: a, pii: true}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.q, kind: data-product, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.src, to: a.q}
                  - {from: a.q, to: a.p}
                  - {from: a.p, to: a.q}
                  - {from: a.p, to: b.c}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void linkToAnExternalConsumerIsCrossDomain() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, pii: true}
                  - {id: outside, kind: consumer}
                links:
                  - {from: a.p, to: outside}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->outside"));
    }
}
