package org.meshwright.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

class LayoutMetricsTest {

    private final Mesh mesh = new Mesh("metrics", Topology.GOVERNED);

    private void node(String id, NodeKind kind, double x, double y) {
        mesh.addNode(MeshNode.builder(id, kind).build());
        if (!Double.isNaN(x)) {
            mesh.diagram().setPosition(id, new Point(x, y));
        }
    }

    @Test
    void twoLinksDrawnAcrossEachOtherCrossOnce() {
        node("a", NodeKind.DATA_PRODUCT, 0, 0);
        node("b", NodeKind.DATA_PRODUCT, 0, 400);
        node("c", NodeKind.CONSUMER, 600, 400);
        node("d", NodeKind.CONSUMER, 600, 0);
        mesh.addLink(Link.of("a", "c"));
        mesh.addLink(Link.of("b", "d"));
        assertThat(LayoutMetrics.of(mesh).crossings()).isEqualTo(1);
    }

    @Test
    void linksThatShareACardDoNotCross() {
        node("a", NodeKind.DATA_PRODUCT, 0, 200);
        node("c", NodeKind.CONSUMER, 600, 0);
        node("d", NodeKind.CONSUMER, 600, 400);
        mesh.addLink(Link.of("a", "c"));
        mesh.addLink(Link.of("a", "d"));
        assertThat(LayoutMetrics.of(mesh).crossings()).isZero();
    }

    @Test
    void aViaHopOffTheStraightLineIsABendAndOneOnItIsNot() {
        node("a", NodeKind.DATA_PRODUCT, 0, 0);
        node("hub", NodeKind.HUB, 300, 0);
        node("up", NodeKind.HUB, 300, -300);
        node("b", NodeKind.DATA_PRODUCT, 600, 0);
        mesh.addLink(Link.builder("a", "b").via(List.of("hub")).build());
        assertThat(LayoutMetrics.of(mesh).bends()).isZero();
        mesh.replaceLink("a->b", Link.builder("a", "b").via(List.of("up")).build());
        assertThat(LayoutMetrics.of(mesh).bends()).isEqualTo(1);
    }

    @Test
    void aLinkOverAThirdCardAndOverlappingCardsAreCounted() {
        node("a", NodeKind.DATA_PRODUCT, 0, 0);
        node("middle", NodeKind.DATA_PRODUCT, 300, 0);
        node("b", NodeKind.CONSUMER, 600, 0);
        node("twin", NodeKind.CONSUMER, 650, 20);
        mesh.addLink(Link.of("a", "b"));
        LayoutMetrics m = LayoutMetrics.of(mesh);
        assertThat(m.linksThroughCards()).isEqualTo(1);
        assertThat(m.nodeOverlaps()).isEqualTo(1);
    }

    @Test
    void nodesWithoutAPositionAreLeftOutAndCounted() {
        node("a", NodeKind.DATA_PRODUCT, 0, 0);
        node("b", NodeKind.CONSUMER, Double.NaN, 0);
        mesh.addLink(Link.of("a", "b"));
        LayoutMetrics m = LayoutMetrics.of(mesh);
        assertThat(m.unplaced()).isEqualTo(1);
        assertThat(m.crossings() + m.bends() + m.linksThroughCards() + m.nodeOverlaps()).isZero();
    }
}
