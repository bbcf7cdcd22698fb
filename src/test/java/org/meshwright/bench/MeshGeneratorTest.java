package org.meshwright.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Validator;

class MeshGeneratorTest {

    private static Mesh mesh(int nodes, long seed, Topology topology, int cycles) {
        return MeshGenerator.builder().nodes(nodes).seed(seed).topology(topology).productCycles(cycles).build()
                .generate();
    }

    private static String yaml(Mesh mesh) {
        return new MeshWriter().write(mesh);
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        String first = yaml(mesh(2_000, 7, Topology.GOVERNED, 2));
        String second = yaml(mesh(2_000, 7, Topology.GOVERNED, 2));
        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anotherSeedGivesAnotherMesh() {
        assertThat(yaml(mesh(1_000, 8, Topology.GOVERNED, 0))).isNotEqualTo(yaml(mesh(1_000, 7, Topology.GOVERNED, 0)));
    }

    @ParameterizedTest
    @ValueSource(ints = {MeshGenerator.MIN_NODES, 137, 1_000, 4_321})
    void makesExactlyTheRequestedNumberOfNodes(int nodes) {
        for (Topology topology : Topology.values()) {
            assertThat(mesh(nodes, 1, topology, 0).nodes()).as(topology.keyword()).hasSize(nodes);
        }
    }

    @Test
    void makesAboutThreeLinksPerNodeAndAboutFifteenPercentAcrossDomains() {
        Mesh mesh = mesh(5_000, 3, Topology.GOVERNED, 0);
        assertThat(mesh.links().size() / 5_000.0).isBetween(2.9, 3.1);
        long cross = mesh.links().stream().filter(l -> isCrossDomain(mesh, l)).count();
        assertThat((double) cross / mesh.links().size()).isBetween(0.12, 0.18);
    }

    @Test
    void keepsRealisticProportionsOfKindsAndDomainsOfFifteenToFortyNodes() {
        Mesh mesh = mesh(5_000, 3, Topology.FEDERATED, 0);
        Map<NodeKind, Long> kinds = mesh.nodes().stream()
                .collect(Collectors.groupingBy(MeshNode::kind, Collectors.counting()));
        assertThat(kinds.get(NodeKind.DATA_PRODUCT) / 5_000.0).isBetween(0.5, 0.65);
        assertThat(kinds.get(NodeKind.SOURCE_SYSTEM) / 5_000.0).isBetween(0.12, 0.2);
        assertThat(kinds.get(NodeKind.CONSUMER) / 5_000.0).isBetween(0.17, 0.26);
        assertThat(kinds.get(NodeKind.GOVERNANCE)).isEqualTo(1);
        assertThat(kinds.get(NodeKind.PLATFORM)).isEqualTo(mesh.domains().size());
        assertThat(kinds).containsKeys(NodeKind.HUB, NodeKind.ANONYMIZER, NodeKind.VIRTUALIZATION);
        Map<String, Long> sizes = mesh.nodes().stream().filter(n -> n.domain() != null)
                .collect(Collectors.groupingBy(MeshNode::domain, Collectors.counting()));
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(15L, 40L));
    }

    @Test
    void linksAreWellFormedWithUniqueDefaultIds() {
        Mesh mesh = mesh(3_000, 5, Topology.HARMONIZED, 3);
        Map<String, MeshNode> nodes = mesh.nodes().stream()
                .collect(Collectors.toMap(MeshNode::id, Function.identity()));
        assertThat(mesh.links()).allSatisfy(link -> {
            assertThat(link.id()).isNull();
            assertThat(nodes.get(link.from()).kind().canProvide()).isTrue();
            assertThat(nodes.get(link.to()).kind().canConsume()).isTrue();
            assertThat(link.via()).allSatisfy(v -> assertThat(nodes.get(v).kind().isPassThrough()).isTrue());
        });
        assertThat(mesh.links().stream().map(Link::effectiveId).distinct().count()).isEqualTo(mesh.links().size());
    }

    @Test
    void writtenMeshReadsBackUnchanged(@TempDir Path dir) throws Exception {
        Mesh mesh = mesh(2_500, 11, Topology.FEDERATED, 1);
        Path file = dir.resolve("synthetic.mesh.yaml");
        new MeshWriter().save(mesh, file);
        Mesh read = new MeshReader().read(file).mesh();
        assertThat(read.contentEquals(mesh)).isTrue();
        assertThat(read.diagram().positions()).hasSize(2_500);
        assertThat(read.diagram().bounds()).hasSize(mesh.domains().size());
    }

    @Test
    void layoutCanBeLeftOut() {
        Mesh mesh = MeshGenerator.builder().nodes(1_000).layout(false).build().generate();
        assertThat(mesh.diagram().positions()).isEmpty();
        assertThat(mesh.diagram().bounds()).isEmpty();
        assertThat(yaml(mesh)).doesNotContain("\nlayout:");
    }

    /** Clean by construction: no rule fires, warnings and infos included, in any topology. */
    @ParameterizedTest
    @EnumSource(Topology.class)
    void meshWithoutInjectedViolationsHasNoFindings(Topology topology) {
        List<Finding> findings = new Validator().validate(mesh(1_000, 42, topology, 0));
        assertThat(findings).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Topology.class)
    void eachInjectedCycleIsOneProductCycleFindingAndNothingElse(Topology topology) {
        List<Finding> findings = new Validator().validate(mesh(2_000, 9, topology, 4));
        assertThat(findings).hasSize(4).allSatisfy(f -> assertThat(f.rule()).isEqualTo(RuleIds.PRODUCT_CYCLE));
        assertThat(findings.stream().map(f -> f.elementIds().get(0).split("\\.")[0]).distinct()).hasSize(4);
    }

    @Test
    void refusesMoreCyclesThanDomainsAndTooFewNodes() {
        assertThatThrownBy(() -> mesh(1_000, 1, Topology.GOVERNED, 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeshGenerator.builder().nodes(MeshGenerator.MIN_NODES - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isCrossDomain(Mesh mesh, Link link) {
        String a = mesh.node(link.from()).domain();
        String b = mesh.node(link.to()).domain();
        return a == null || b == null || !a.equals(b);
    }
}
