package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.harmonized;
import static org.meshwright.rules.RuleTestSupport.mesh;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class HarmonizedSharedPlatformRuleTest {

    private static final String RULE = RuleIds.HARMONIZED_SHARED_PLATFORM;

    @Test
    void meshWithoutPlatformIsOneFindingWithNoElements() {
        List<Finding> found = findings(harmonized("""
                domains:
                  - {id: a}
                  - {id: b}
                """), RULE);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).elements()).isEmpty();
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void severalPlatformsAreOneFindingNamingThemAllSorted() {
        List<Finding> found = findings(harmonized("""
                domains:
                  - {id: a, platform: zeta}
                  - {id: b}
                nodes:
                  - {id: zeta, kind: platform}
                  - {id: alpha, kind: platform}
                  - {id: mid, kind: platform}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(
                List.of(ElementRef.node("alpha"), ElementRef.node("mid"), ElementRef.node("zeta")));
    }

    @Test
    void withOnePlatformEachDomainNotNamingItIsReported() {
        List<Finding> found = findings(harmonized("""
                domains:
                  - {id: on, platform: shared}
                  - {id: none}
                  - {id: elsewhere, platform: ghost}
                nodes:
                  - {id: shared, kind: platform}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(
                List.of(ElementRef.domain("elsewhere")), List.of(ElementRef.domain("none")));
    }

    @Test
    void everyDomainOnTheOnePlatformIsSilent() {
        List<Finding> found = findings(harmonized("""
                domains:
                  - {id: a, platform: shared}
                  - {id: b, platform: shared}
                nodes:
                  - {id: shared, kind: platform}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void onePlatformAndNoDomainsIsSilent() {
        assertThat(elementIds(findings(harmonized("""
                nodes:
                  - {id: shared, kind: platform}
                """), RULE))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"governed", "federated"})
    void otherTopologiesAreSilent(String topology) {
        List<Finding> found = findings(mesh(topology, """
                domains:
                  - {id: a}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
