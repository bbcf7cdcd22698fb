package org.meshwright.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshwright.layout.LayoutChecks.applied;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.model.Archetype;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

class AutoLayoutTest {

    private final AutoLayout layout = new AutoLayout();

    static Stream<Path> samples() {
        return LayoutChecks.samples().stream();
    }

    static Stream<Arguments> generated() {
        return Stream.of(Arguments.of(100, 1L, Topology.GOVERNED), Arguments.of(100, 2L, Topology.HARMONIZED),
                Arguments.of(100, 3L, Topology.FEDERATED), Arguments.of(100, 4L, Topology.GOVERNED),
                Arguments.of(1_000, 5L, Topology.GOVERNED), Arguments.of(1_000, 6L, Topology.FEDERATED));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsLaidOutWithoutOverlapsInsideItsDomainsLeftToRight(Path sample) {
        Mesh mesh = LayoutChecks.read(sample);
        LayoutChecks.assertAllLaws(applied(mesh, layout.layout(mesh)));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void generatedMeshesAreLaidOutWithoutOverlapsInsideTheirDomainsLeftToRight(int nodes, long seed, Topology topology) {
        Mesh mesh = MeshGenerator.builder().nodes(nodes).seed(seed).topology(topology).layout(false).build().generate();
        LayoutChecks.assertAllLaws(applied(mesh, layout.layout(mesh)));
    }

    @Test
    void theSameMeshGivesTheSamePositions() {
        Mesh mesh = LayoutChecks.read(Path.of("samples/eshop-governed.mesh.yaml"));
        LayoutResult first = layout.layout(mesh);
        LayoutResult second = layout.layout(mesh.copy());
        assertThat(second).isEqualTo(first);
        assertThat(List.copyOf(second.positions().keySet())).isEqualTo(List.copyOf(first.positions().keySet()));
    }

    @Test
    void aGeneratedMeshGetsTheSamePositionsEveryTime() {
        // ELK's crossing minimisation varied between runs until ties were broken by the input's order
        Mesh mesh = MeshGenerator.builder().nodes(100).seed(4).layout(false).build().generate();
        LayoutResult first = layout.layout(mesh);
        for (int run = 0; run < 3; run++) {
            assertThat(layout.layout(mesh.copy())).isEqualTo(first);
        }
    }

    @Test
    void theMeshIsNotChanged() {
        Mesh mesh = LayoutChecks.read(Path.of("samples/bank-governed.mesh.yaml"));
        Mesh before = mesh.copy();
        layout.layout(mesh);
        assertThat(mesh.contentEquals(before)).isTrue();
    }

    @Test
    void theResultFollowsTheMeshOrder() {
        Mesh mesh = LayoutChecks.read(Path.of("samples/eshop-federated.mesh.yaml"));
        LayoutResult result = layout.layout(mesh);
        assertThat(List.copyOf(result.positions().keySet()))
                .isEqualTo(mesh.nodes().stream().map(MeshNode::id).toList());
        assertThat(List.copyOf(result.bounds().keySet())).isEqualTo(mesh.domains().stream().map(Domain::id).toList());
    }

    @Test
    void inADomainSourcesComeFirstThenProductsByArchetypeThenConsumers() {
        Mesh mesh = new Mesh("columns", Topology.HARMONIZED);
        mesh.addDomain(new Domain("d"));
        // listed backwards on purpose: the columns follow the flow, not the file
        mesh.addNode(MeshNode.builder("d.report", NodeKind.CONSUMER).domain("d").build());
        mesh.addNode(product("d.mart", Archetype.CONSUMER_ALIGNED));
        mesh.addNode(product("d.agg", Archetype.AGGREGATE));
        mesh.addNode(product("d.raw", Archetype.SOURCE_ALIGNED));
        mesh.addNode(MeshNode.builder("d.app", NodeKind.SOURCE_SYSTEM).domain("d").build());
        mesh.addLink(Link.of("d.app", "d.raw"));
        mesh.addLink(Link.of("d.raw", "d.agg"));
        mesh.addLink(Link.of("d.agg", "d.mart"));
        mesh.addLink(Link.of("d.mart", "d.report"));
        Map<String, Point> p = layout.layout(mesh).positions();
        assertThat(p.get("d.app").x()).isLessThan(p.get("d.raw").x());
        assertThat(p.get("d.raw").x()).isLessThan(p.get("d.agg").x());
        assertThat(p.get("d.agg").x()).isLessThan(p.get("d.mart").x());
        assertThat(p.get("d.mart").x()).isLessThan(p.get("d.report").x());
    }

    @Test
    void aHubSitsBetweenTheDomainsItJoinsAndBetweenTheirColumnsAndSharedServicesSitAbove() {
        Mesh mesh = new Mesh("hub", Topology.GOVERNED);
        mesh.addDomain(new Domain("a"));
        mesh.addDomain(new Domain("b"));
        mesh.addNode(MeshNode.builder("catalog", NodeKind.GOVERNANCE).build());
        mesh.addNode(MeshNode.builder("platform", NodeKind.PLATFORM).build());
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).build());
        mesh.addNode(MeshNode.builder("a.p", NodeKind.DATA_PRODUCT).domain("a").archetype(Archetype.SOURCE_ALIGNED)
                .build());
        mesh.addNode(MeshNode.builder("b.p", NodeKind.DATA_PRODUCT).domain("b").archetype(Archetype.AGGREGATE).build());
        mesh.addLink(Link.builder("a.p", "b.p").via(List.of("hub")).build());
        Mesh laidOut = applied(mesh, layout.layout(mesh));
        LayoutChecks.assertAllLaws(laidOut);
        var a = laidOut.diagram().bounds("a");
        var b = laidOut.diagram().bounds("b");
        Point hub = laidOut.diagram().position("hub");
        Point from = laidOut.diagram().position("a.p");
        Point to = laidOut.diagram().position("b.p");
        assertThat(hub.x()).isStrictlyBetween(from.x(), to.x());
        assertThat(hub.y()).isStrictlyBetween(a.y() + a.height(), b.y());
        double top = Math.min(a.y(), b.y());
        assertThat(laidOut.diagram().position("catalog").y() + LayoutChecks.G.nodeHeight()).isLessThan(top);
        assertThat(laidOut.diagram().position("platform").y() + LayoutChecks.G.nodeHeight()).isLessThan(top);
    }

    @Test
    void anEmptyMeshGivesAnEmptyResult() {
        assertThat(layout.layout(new Mesh("empty", Topology.GOVERNED)).isEmpty()).isTrue();
    }

    @Test
    void emptyAndUndeclaredDomainsAndDanglingReferencesAreLaidOutToo() {
        Mesh mesh = new Mesh("odd", Topology.GOVERNED);
        mesh.addDomain(new Domain("empty"));
        mesh.addDomain(new Domain("d"));
        mesh.addNode(MeshNode.builder("d.p", NodeKind.DATA_PRODUCT).domain("d").build());
        mesh.addNode(MeshNode.builder("ghost.p", NodeKind.DATA_PRODUCT).domain("ghost").build());
        mesh.addNode(MeshNode.builder("d.platform", NodeKind.PLATFORM).domain("d").build());
        mesh.addNode(MeshNode.builder("loose", NodeKind.CONSUMER).build());
        mesh.addLink(Link.builder("d.p", "loose").via(List.of("nowhere", "d.p")).build());
        mesh.addLink(Link.of("ghost.p", "ghost.p"));
        mesh.addLink(Link.of("missing", "d.p"));
        LayoutResult result = layout.layout(mesh);
        assertThat(result.bounds()).containsOnlyKeys("empty", "d");
        Mesh laidOut = applied(mesh, result);
        LayoutChecks.assertAllLaws(laidOut);
    }

    @Test
    void cancellingBeforeTheStartStopsWithNoResult() {
        Mesh mesh = LayoutChecks.read(Path.of("samples/eshop-governed.mesh.yaml"));
        LayoutMonitor cancelled = new LayoutMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> layout.layout(mesh, LayoutOptions.wholeMesh(), cancelled))
                .isInstanceOf(LayoutCancelledException.class);
    }

    @Test
    void cancellingWhileRunningStopsWithNoResult() {
        Mesh mesh = MeshGenerator.builder().nodes(1_000).seed(9).layout(false).build().generate();
        AtomicInteger reports = new AtomicInteger();
        LayoutMonitor cancelAfterTwoSteps = new LayoutMonitor() {
            @Override
            public void progress(double done, String step) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 3;
            }
        };
        assertThatThrownBy(() -> layout.layout(mesh, LayoutOptions.wholeMesh(), cancelAfterTwoSteps))
                .isInstanceOf(LayoutCancelledException.class);
        assertThat(reports.get()).isLessThan(10);
    }

    @Test
    void progressRisesFromZeroToOne() {
        Mesh mesh = MeshGenerator.builder().nodes(100).seed(3).layout(false).build().generate();
        List<Double> seen = new java.util.ArrayList<>();
        layout.layout(mesh, LayoutOptions.wholeMesh(), new LayoutMonitor() {
            @Override
            public void progress(double done, String step) {
                seen.add(done);
            }
        });
        assertThat(seen).first().isEqualTo(0.0);
        assertThat(seen).last().isEqualTo(1.0);
        assertThat(seen).isSorted();
        assertThat(seen.size()).isGreaterThan(3);
    }

    private static MeshNode product(String id, Archetype archetype) {
        return MeshNode.builder(id, NodeKind.DATA_PRODUCT).domain("d").archetype(archetype).build();
    }
}
