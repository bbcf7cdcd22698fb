package org.meshwright.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.ui.diagram.DiagramGeometry.NODE_HEIGHT;
import static org.meshwright.ui.diagram.DiagramGeometry.NODE_WIDTH;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

class DiagramGeometryTest {

    private static MeshNode product(String id, String domain) {
        return MeshNode.builder(id, NodeKind.DATA_PRODUCT).domain(domain).build();
    }

    private static Bounds boxOf(DiagramGeometry geometry, String id) {
        return geometry.nodes().stream().filter(n -> n.node().id().equals(id)).findFirst().orElseThrow().bounds();
    }

    private static DiagramGeometry.DomainBox domainOf(DiagramGeometry geometry, String id) {
        return geometry.domains().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void positionedNodesSitAtTheirLayoutPositions() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addNode(product("a", null));
        mesh.diagram().setPosition("a", new Point(120, 80));

        DiagramGeometry geometry = DiagramGeometry.of(mesh);

        assertThat(boxOf(geometry, "a")).isEqualTo(new Bounds(120, 80, NODE_WIDTH, NODE_HEIGHT));
    }

    @Test
    void domainsWithBoundsUseThem() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("shop"));
        mesh.diagram().setBounds("shop", new Bounds(0, 0, 420, 300));

        assertThat(domainOf(DiagramGeometry.of(mesh), "shop").bounds()).isEqualTo(new Bounds(0, 0, 420, 300));
    }

    @Test
    void domainsWithoutBoundsAreDrawnAroundTheirNodes() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("shop"));
        mesh.addNode(product("a", "shop"));
        mesh.addNode(product("b", "shop"));
        mesh.diagram().setPosition("a", new Point(100, 100));
        mesh.diagram().setPosition("b", new Point(400, 200));

        Bounds frame = domainOf(DiagramGeometry.of(mesh), "shop").bounds();

        assertThat(frame.x()).isLessThan(100);
        assertThat(frame.y()).isLessThan(100);
        assertThat(frame.x() + frame.width()).isGreaterThan(400 + NODE_WIDTH);
        assertThat(frame.y() + frame.height()).isGreaterThan(200 + NODE_HEIGHT);
    }

    @Test
    void nodesWithoutPositionsGoInAGridBelowThePlacedOnesWithoutOverlap() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("shop"));
        mesh.addNode(product("placed", "shop"));
        mesh.diagram().setPosition("placed", new Point(0, 0));
        for (int i = 0; i < 7; i++) {
            mesh.addNode(product("p" + i, i < 4 ? "shop" : null));
        }

        DiagramGeometry geometry = DiagramGeometry.of(mesh);

        List<Bounds> boxes = geometry.nodes().stream().map(DiagramGeometry.NodeBox::bounds).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("boxes %d and %d overlap", i, j).isFalse();
            }
            if (i > 0) {
                assertThat(boxes.get(i).y()).isGreaterThan(NODE_HEIGHT);
            }
        }
    }

    @Test
    void anUnplacedMeshIsLaidOutFromTheOrigin() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("shop"));
        mesh.addNode(product("a", "shop"));

        DiagramGeometry geometry = DiagramGeometry.of(mesh);

        assertThat(geometry.extent().x()).isZero();
        assertThat(geometry.extent().y()).isZero();
        assertThat(domainOf(geometry, "shop").bounds().contains(boxOf(geometry, "a").x(), boxOf(geometry, "a").y()))
                .isTrue();
    }

    @Test
    void linkSegmentsRunBetweenBoxBordersThroughVia() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addNode(product("a", null));
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).build());
        mesh.addNode(product("b", null));
        mesh.diagram().setPosition("a", new Point(0, 0));
        mesh.diagram().setPosition("hub", new Point(400, 0));
        mesh.diagram().setPosition("b", new Point(800, 0));
        mesh.addLink(Link.builder("a", "b").via(List.of("hub")).build());

        List<DiagramGeometry.LinkSegment> segments = DiagramGeometry.of(mesh).links();

        assertThat(segments).hasSize(2);
        assertThat(segments.get(0).from()).isEqualTo(new Point(NODE_WIDTH, NODE_HEIGHT / 2));
        assertThat(segments.get(0).to()).isEqualTo(new Point(400, NODE_HEIGHT / 2));
        assertThat(segments.get(1).to()).isEqualTo(new Point(800, NODE_HEIGHT / 2));
    }

    @Test
    void linksToMissingNodesAreNotDrawn() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addNode(product("a", null));
        mesh.addLink(Link.of("a", "ghost"));

        assertThat(DiagramGeometry.of(mesh).links()).isEmpty();
    }

    @Test
    void aSelfLinkIsALoop() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addNode(product("a", null));
        mesh.addLink(Link.of("a", "a"));

        assertThat(DiagramGeometry.of(mesh).links()).singleElement()
                .satisfies(s -> assertThat(s.selfLoop()).isTrue());
    }

    @Test
    void undeclaredDomainsAreFramedAsSuch() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addNode(product("a", "ghost"));

        DiagramGeometry.DomainBox frame = domainOf(DiagramGeometry.of(mesh), "ghost");

        assertThat(frame.declared()).isFalse();
        assertThat(frame.label()).isEqualTo("ghost (undeclared)");
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
