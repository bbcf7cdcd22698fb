package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.federated;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.mesh;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class FederatedPlatformDeclaredRuleTest {

    private static final String RULE = RuleIds.FEDERATED_PLATFORM_DECLARED;

    @Test
    void domainWithoutPlatformIsReportedAsAWarning() {
        List<Finding> found = findings(federated("""
                domains:
                  - {id: a, platform: a.platform}
                  - {id: b}
                nodes:
                  - {id: a.platform, kind: platform}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.domain("b")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void domainNamingAMissingPlatformIsReferenceUnknownsFinding() {
        String yaml = federated("""
                domains:
                  - {id: a, platform: ghost}
                """);

        assertThat(findings(yaml, RULE)).isEmpty();
        assertThat(findings(yaml, RuleIds.REFERENCE_UNKNOWN)).extracting(Finding::elements)
                .containsExactly(List.of(ElementRef.domain("a")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"governed", "harmonized"})
    void otherTopologiesAreSilent(String topology) {
        List<Finding> found = findings(mesh(topology, """
                domains:
                  - {id: a}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
