package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;
import static org.meshwright.rules.RuleTestSupport.mesh;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.model.RuleIds;

class GovernedHubRequiredRuleTest {

    private static final String RULE = RuleIds.GOVERNED_HUB_REQUIRED;

    @Test
    void governedMeshWithoutHubIsReportedOnceWithNoElements() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: anon, kind: anonymizer}
                """), RULE);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).elements()).isEmpty();
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void governedMeshWithAHubIsSilent() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: h, kind: hub}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"harmonized", "federated"})
    void otherTopologiesNeedNoHub(String topology) {
        List<Finding> found = findings(mesh(topology, """
                domains:
                  - {id: d}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
