package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class ContractRequiredRuleTest {

    private static final String RULE = RuleIds.CONTRACT_REQUIRED;

    /** Provider a.p (ports as given) and consumer b.c in another domain, and one link a.p -> b.c. */
    private static String crossDomain(String ports, String link) {
        return governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a, outputPorts: %s}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - %s
                """.formatted(ports, link));
    }

    @Test
    void crossDomainLinkFromAProductWithoutPortsOrContractIsReported() {
        List<Finding> found = findings(crossDomain("[]", "{from: a.p, to: b.c}"), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.link("a.p->b.c")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void contractOnTheLinkSuffices() {
        assertThat(findings(crossDomain("[]", "{from: a.p, to: b.c, contract: k1}"), RULE)).isEmpty();
    }

    @Test
    void contractOnThePortNamedByFromPortSuffices() {
        assertThat(findings(crossDomain("[{id: x}, {id: y, contract: k1}]", "{from: a.p, to: b.c, fromPort: y}"), RULE))
                .isEmpty();
    }

    @Test
    void portNamedByFromPortWithoutContractIsReportedEvenWhenAnotherPortHasOne() {
        List<Finding> found = findings(
                crossDomain("[{id: x, contract: k1}, {id: y}]", "{from: a.p, to: b.c, fromPort: y}"), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void fromPortNamingNoPortIsReported() {
        List<Finding> found = findings(
                crossDomain("[{id: x, contract: k1}]", "{from: a.p, to: b.c, fromPort: missing}"), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void contractOfTheProvidersOnlyPortAppliesWithoutFromPort() {
        assertThat(findings(crossDomain("[{id: x, contract: k1}]", "{from: a.p, to: b.c}"), RULE)).isEmpty();
    }

    @Test
    void onlyPortWithoutContractIsReported() {
        List<Finding> found = findings(crossDomain("[{id: x}]", "{from: a.p, to: b.c}"), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void severalPortsWithContractsButNoFromPortIsReported() {
        List<Finding> found = findings(
                crossDomain("[{id: x, contract: k1}, {id: y, contract: k2}]", "{from: a.p, to: b.c}"), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->b.c"));
    }

    @Test
    void linkToAnExternalConsumerIsCrossDomain() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: outside, kind: consumer}
                links:
                  - {from: a.p, to: outside}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("a.p->outside"));
    }

    @Test
    void linkWithinOneDomainNeedsNoContract() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                nodes:
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: a.q, kind: data-product, domain: a}
                  - {id: a.c, kind: consumer, domain: a}
                  - {id: ghost.p, kind: data-product, domain: ghost}
                  - {id: ghost.q, kind: data-product, domain: ghost}
                links:
                  - {from: a.p, to: a.q}
                  - {from: a.q, to: a.c}
                  - {from: ghost.p, to: ghost.q}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void linkFromASourceSystemIsNotThisRulesBusiness() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.s, to: b.c}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
