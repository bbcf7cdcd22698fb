package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.meshwright.model.Mesh;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Topology;
import org.meshwright.rules.Validator;

class TemplatesTest {

    @ParameterizedTest
    @EnumSource(Topology.class)
    void everyTemplateIsCleanUnderItsTopologyAndCanonical(Topology topology) {
        Mesh mesh = Templates.of(topology);
        assertThat(mesh.topology()).isEqualTo(topology);
        assertThat(new Validator().validate(mesh)).isEmpty();
        assertThat(mesh.nodes()).anyMatch(n -> n.kind() == NodeKind.GOVERNANCE);
        assertThat(Templates.of(topology)).isNotSameAs(mesh);
    }
}
