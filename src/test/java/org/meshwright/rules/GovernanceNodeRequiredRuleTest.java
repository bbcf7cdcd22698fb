package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.mesh;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.model.RuleIds;

class GovernanceNodeRequiredRuleTest {

    private static final String RULE = RuleIds.GOVERNANCE_NODE_REQUIRED;

    @ParameterizedTest
    @ValueSource(strings = {"governed", "harmonized", "federated"})
    void meshWithoutGovernanceNodeIsReportedOnceWithNoElements(String topology) {
        List<Finding> found = findings(mesh(topology, """
                nodes:
                  - {id: h, kind: hub}
                  - {id: pl, kind: platform}
                """), RULE);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).elements()).isEmpty();
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"governed", "harmonized", "federated"})
    void meshWithAGovernanceNodeIsSilent(String topology) {
        List<Finding> found = findings(mesh(topology, """
                nodes:
                  - {id: g, kind: governance}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
