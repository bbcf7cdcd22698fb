package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.harmonized;
import static org.meshwright.rules.RuleTestSupport.mesh;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.model.RuleIds;

class TopologyFitRuleTest {

    private static final String RULE = RuleIds.TOPOLOGY_FIT;

    /** Domains a, b with a hub; the given links, each written as a flow mapping. */
    private static String meshWithLinks(String topology, String... links) {
        StringBuilder spec = new StringBuilder("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: h, kind: hub}
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.p, kind: data-product, domain: b}
                  - {id: outside, kind: consumer}
                """);
        if (links.length > 0) {
            spec.append("links:\n");
        }
        for (String link : links) {
            spec.append("  - ").append(link).append('\n');
        }
        return mesh(topology, spec.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"harmonized", "federated"})
    void meshWhoseEveryCrossDomainLinkPassesAHubIsReportedOnceAsInfo(String topology) {
        List<Finding> found = findings(meshWithLinks(topology,
                "{from: a.s, to: a.p}", "{from: a.p, to: b.p, via: [h]}", "{from: b.p, to: outside, via: [h]}"), RULE);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).elements()).isEmpty();
        assertThat(found.get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void oneCrossDomainLinkWithoutHubIsEnoughToBeSilent() {
        assertThat(findings(meshWithLinks("harmonized",
                "{from: a.p, to: b.p, via: [h]}", "{from: b.p, to: outside}"), RULE)).isEmpty();
    }

    @Test
    void meshWithoutCrossDomainLinksIsSilent() {
        assertThat(findings(meshWithLinks("federated", "{from: a.s, to: a.p, via: [h]}"), RULE)).isEmpty();
        assertThat(findings(meshWithLinks("federated"), RULE)).isEmpty();
    }

    @Test
    void governedMeshIsSilent() {
        assertThat(findings(meshWithLinks("governed", "{from: a.p, to: b.p, via: [h]}"), RULE)).isEmpty();
    }

    @Test
    void viaEntryNamingNoNodeIsNoHub() {
        assertThat(findings(harmonized("""
                domains:
                  - {id: a}
                  - {id: b}
                nodes:
                  - {id: a.p, kind: data-product, domain: a}
                  - {id: b.p, kind: data-product, domain: b}
                links:
                  - {from: a.p, to: b.p, via: [ghost-hub]}
                """), RULE)).isEmpty();
    }
}
