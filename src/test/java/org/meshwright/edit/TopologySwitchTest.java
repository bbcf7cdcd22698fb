package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Topology;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Validator;

/** Switching between governed and harmonized: one undoable step, judged by the governed rules. */
class TopologySwitchTest {

    private static Mesh sample(String name) throws Exception {
        return new MeshReader().read(Path.of("samples", name)).mesh();
    }

    private static List<String> rules(Mesh mesh) {
        return new Validator().validate(mesh).stream().map(Finding::rule).toList();
    }

    private static boolean isHub(Mesh mesh, String id) {
        MeshNode n = mesh.node(id);
        return n != null && n.kind() == NodeKind.HUB;
    }

    @Test
    void harmonizedMeshBecomesACleanGovernedOneWithAHubAdded() throws Exception {
        Mesh mesh = sample("eshop-harmonized.mesh.yaml");
        assertThat(mesh.nodes()).noneMatch(n -> n.kind() == NodeKind.HUB);
        Mesh keywordOnly = mesh.copy();
        Edits.setTopology(keywordOnly, Topology.GOVERNED).apply(keywordOnly);
        assertThat(rules(keywordOnly)).contains("governed-hub-required", "governed-hub-routing");

        TopologySwitch.Plan plan = TopologySwitch.plan(mesh, Topology.GOVERNED);
        plan.command().apply(mesh);

        assertThat(mesh.topology()).isEqualTo(Topology.GOVERNED);
        assertThat(mesh.node(TopologySwitch.HUB_ID)).isNotNull();
        assertThat(mesh.diagram().position(TopologySwitch.HUB_ID)).isNotNull();
        assertThat(rules(mesh)).doesNotContain("governed-hub-required", "governed-hub-routing",
                "governed-single-hub");
        long crossDomain = mesh.links().stream().filter(l -> TopologySwitch.crossDomain(mesh, l)).count();
        assertThat(plan.changes()).containsExactly("added hub 'central-hub'",
                "routed " + crossDomain + " cross-domain links through 'central-hub'");
    }

    @Test
    void undoGivesBackTheMeshExactly() throws Exception {
        Mesh mesh = sample("eshop-harmonized.mesh.yaml");
        Mesh before = mesh.copy();
        CommandStack stack = new CommandStack(mesh);
        stack.execute(TopologySwitch.plan(mesh, Topology.GOVERNED).command());
        assertThat(mesh.contentEquals(before)).isFalse();
        assertThat(stack.undoLabel()).contains("Switch to governed topology");

        stack.undo();
        assertThat(mesh.contentEquals(before)).isTrue();
    }

    @Test
    void governedMeshBecomesHarmonizedWithNoHubInAnyRouteButKeepsTheHubNode() throws Exception {
        Mesh mesh = sample("eshop-governed.mesh.yaml");
        assertThat(mesh.links()).anyMatch(l -> l.via().stream().anyMatch(v -> isHub(mesh, v)));
        long hubs = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.HUB).count();

        TopologySwitch.Plan plan = TopologySwitch.plan(mesh, Topology.HARMONIZED);
        plan.command().apply(mesh);

        assertThat(mesh.topology()).isEqualTo(Topology.HARMONIZED);
        assertThat(mesh.links()).allMatch(l -> l.via().stream().noneMatch(v -> isHub(mesh, v)));
        assertThat(mesh.nodes().stream().filter(n -> n.kind() == NodeKind.HUB).count()).isEqualTo(hubs);
        assertThat(rules(mesh)).doesNotContain("topology-fit");
        assertThat(plan.changes()).anyMatch(c -> c.startsWith("took the hub out of the route of"));
        // anonymizers stay in the routes: personal data keeps its protection
        assertThat(rules(mesh)).doesNotContain("pii-protection");
    }

    @Test
    void aGovernedMeshSwitchedToGovernedAgainChangesNothing() throws Exception {
        Mesh mesh = sample("eshop-governed.mesh.yaml");
        TopologySwitch.Plan plan = TopologySwitch.plan(mesh, Topology.GOVERNED);
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.command().isNoOp()).isTrue();
    }

    @Test
    void anExistingHubIsUsedAndLinksInsideADomainAreLeftAlone() throws Exception {
        Mesh mesh = sample("eshop-governed.mesh.yaml");
        TopologySwitch.plan(mesh, Topology.HARMONIZED).command().apply(mesh);
        List<Link> internal = mesh.links().stream().filter(l -> !TopologySwitch.crossDomain(mesh, l)).toList();

        TopologySwitch.Plan back = TopologySwitch.plan(mesh, Topology.GOVERNED);
        back.command().apply(mesh);

        assertThat(back.changes()).noneMatch(c -> c.startsWith("added hub"));
        assertThat(mesh.node(TopologySwitch.HUB_ID)).isNull();
        assertThat(rules(mesh)).doesNotContain("governed-hub-routing");
        internal.forEach(l -> assertThat(mesh.link(l.effectiveId()).via()).isEqualTo(l.via()));
    }
}
