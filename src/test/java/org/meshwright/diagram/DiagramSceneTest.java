package org.meshwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;

class DiagramSceneTest {

    private static final double W = 180;
    private static final double H = 56;

    /** Whether {@code p} lies on the border of {@code r} (within a hair). */
    private static boolean onBorder(Rect r, P p) {
        boolean inside = r.inflate(1e-6).contains(p);
        double edge = Math.min(Math.min(Math.abs(p.x() - r.x()), Math.abs(p.x() - r.maxX())),
                Math.min(Math.abs(p.y() - r.y()), Math.abs(p.y() - r.maxY())));
        return inside && edge < 1e-6;
    }

    @Test
    void aLinkThroughAHubRunsFromTheProviderThroughTheHubToTheConsumer() {
        DiagramScene scene = Meshes.mesh()
                .product("a", null, 0, 0).product("b", null, 800, 0)
                .node("hub", NodeKind.HUB, null, 400, -300)
                .link("a", "b", "hub").scene();

        DiagramScene.LinkRoute route = scene.link("a->b");

        assertThat(route.hops()).hasSize(2);
        assertThat(route.points()).hasSize(4);
        assertThat(onBorder(scene.node("a").bounds(), route.points().get(0))).isTrue();
        assertThat(onBorder(scene.node("hub").bounds(), route.points().get(1))).isTrue();
        assertThat(onBorder(scene.node("hub").bounds(), route.points().get(2))).isTrue();
        assertThat(onBorder(scene.node("b").bounds(), route.points().get(3))).isTrue();
        assertThat(route.via()).containsExactly("hub");
    }

    @Test
    void viaNodesAreVisitedInTheirOrder() {
        DiagramScene scene = Meshes.mesh()
                .product("a", null, 0, 0).product("b", null, 1200, 0)
                .node("anon", NodeKind.ANONYMIZER, null, 400, 300)
                .node("hub", NodeKind.HUB, null, 800, -300)
                .link("a", "b", "anon", "hub").scene();

        List<P> points = scene.link("a->b").points();

        assertThat(points).hasSize(6);
        assertThat(onBorder(scene.node("anon").bounds(), points.get(1))).isTrue();
        assertThat(onBorder(scene.node("anon").bounds(), points.get(2))).isTrue();
        assertThat(onBorder(scene.node("hub").bounds(), points.get(3))).isTrue();
        assertThat(onBorder(scene.node("hub").bounds(), points.get(4))).isTrue();
        assertThat(scene.link("a->b").protectedLink()).isTrue();
    }

    @Test
    void routesAreClippedAtTheBoxBorders() {
        DiagramScene scene = Meshes.mesh()
                .product("a", null, 0, 0).product("b", null, 400, 0).product("c", null, 300, 400)
                .link("a", "b").link("a", "c").scene();

        List<P> straight = scene.link("a->b").points();
        assertThat(straight.get(0).x()).isCloseTo(W, within(1e-9));
        assertThat(straight.get(0).y()).isCloseTo(H / 2, within(1e-9));
        assertThat(straight.get(1).x()).isCloseTo(400, within(1e-9));
        assertThat(straight.get(1).y()).isCloseTo(H / 2, within(1e-9));

        List<P> diagonal = scene.link("a->c").points();
        assertThat(onBorder(scene.node("a").bounds(), diagonal.get(0))).isTrue();
        assertThat(onBorder(scene.node("c").bounds(), diagonal.get(1))).isTrue();
        // The curve leaves square to the side it starts on: here the bottom.
        Hop hop = scene.link("a->c").hops().get(0);
        assertThat(hop.c1().x()).isCloseTo(hop.start().x(), within(1e-9));
        assertThat(hop.c1().y()).isGreaterThan(hop.start().y());
    }

    @Test
    void linksWithAMissingEndAreLeftOutAndMissingViaEntriesSkipped() {
        Mesh mesh = Meshes.mesh().product("a", null, 0, 0).product("b", null, 400, 0).build();
        mesh.addLink(Link.of("a", "ghost"));
        mesh.addLink(Link.builder("a", "b").via(List.of("nowhere")).build());

        DiagramScene scene = DiagramScene.of(mesh, DiagramStyle.light());

        assertThat(scene.links()).extracting(DiagramScene.LinkRoute::linkId).containsExactly("a->b");
        assertThat(scene.link("a->ghost")).isNull();
        assertThat(scene.link("a->b").hops()).hasSize(1);
        assertThat(scene.link("a->b").via()).isEmpty();
    }

    @Test
    void aLinkFromANodeToItselfIsALoopOnItsRight() {
        DiagramScene scene = Meshes.mesh().product("a", null, 0, 0).link("a", "a").scene();

        Hop loop = scene.link("a->a").hops().get(0);

        assertThat(loop.start().x()).isEqualTo(W);
        assertThat(loop.end().x()).isEqualTo(W);
        assertThat(loop.c1().x()).isGreaterThan(W);
    }

    @Test
    void hitTestingFindsTheNodeOverItsDomainThenLinksThenTheDomain() {
        DiagramScene scene = Meshes.mesh()
                .domain("sales", 0, 0, 1000, 300)
                .product("a", "sales", 40, 100).product("b", "sales", 600, 100)
                .link("a", "b").scene();

        assertThat(scene.elementAt(100, 120)).contains(ElementRef.node("a"));
        // The link runs along y = 128 from x = 220 to x = 600.
        assertThat(scene.elementAt(400, 128 + 3)).contains(ElementRef.link("a->b"));
        assertThat(scene.elementAt(400, 128 + 20)).contains(ElementRef.domain("sales"));
        assertThat(scene.elementAt(20, 10)).contains(ElementRef.domain("sales"));
        assertThat(scene.elementAt(-50, -50)).isEmpty();
        assertThat(scene.elementAt(400, 128 + 8, 10)).contains(ElementRef.link("a->b"));
    }

    @Test
    void theLaterOfTwoOverlappingNodesIsOnTop() {
        DiagramScene scene = Meshes.mesh().product("under", null, 0, 0).product("over", null, 100, 20).scene();

        assertThat(scene.elementAt(150, 40)).contains(ElementRef.node("over"));
        assertThat(scene.elementAt(50, 10)).contains(ElementRef.node("under"));
    }

    @Test
    void aSmallerDomainInsideALargerOneIsHitFirst() {
        DiagramScene scene = Meshes.mesh()
                .domain("big", 0, 0, 1000, 1000).domain("small", 100, 100, 200, 200).scene();

        assertThat(scene.domainAt(150, 150)).map(DiagramScene.DomainBox::id).contains("small");
        assertThat(scene.domainAt(500, 500)).map(DiagramScene.DomainBox::id).contains("big");
        assertThat(scene.domainAt(2000, 0)).isEmpty();
    }

    @Test
    void elementsInHoldsTheNodesAndDomainsWhollyInside() {
        DiagramScene scene = Meshes.mesh()
                .domain("sales", 0, 0, 500, 200)
                .product("a", "sales", 20, 60).product("b", null, 600, 60).product("c", null, 900, 60)
                .link("a", "b").scene();

        Set<ElementRef> inside = scene.elementsIn(new Rect(-10, -10, 800, 300));

        assertThat(inside).containsExactly(ElementRef.node("a"), ElementRef.node("b"), ElementRef.domain("sales"));
        assertThat(scene.elementsIn(new Rect(610, 70, 10, 10))).isEmpty();
    }

    @Test
    void aDomainWithoutLayoutBoundsIsDrawnAroundItsNodes() {
        DiagramStyle style = DiagramStyle.light();
        DiagramScene scene = Meshes.mesh().domain("sales")
                .product("a", "sales", 100, 100).product("b", "sales", 500, 300).scene();

        DiagramScene.DomainBox sales = scene.domain("sales");

        assertThat(sales.computed()).isTrue();
        assertThat(sales.bounds().contains(scene.node("a").bounds())).isTrue();
        assertThat(sales.bounds().contains(scene.node("b").bounds())).isTrue();
        assertThat(sales.bounds().x()).isEqualTo(100 - style.domainPadding());
        assertThat(sales.bounds().y()).isEqualTo(100 - style.domainPadding() - style.domainTitleBand());
        assertThat(sales.bounds().maxX()).isEqualTo(500 + W + style.domainPadding());
    }

    @Test
    void undeclaredDomainsAreFramedDashedAndEmptyDomainsGetABlock() {
        DiagramScene scene = Meshes.mesh().domain("empty")
                .product("a", "ghost", 0, 0).scene();

        assertThat(scene.domain("ghost").declared()).isFalse();
        assertThat(scene.domain("ghost").label()).isEqualTo("ghost (undeclared)");
        assertThat(scene.domain("empty").bounds().width()).isGreaterThan(0);
        assertThat(scene.domain("empty").bounds().overlaps(scene.node("a").bounds())).isFalse();
    }

    @Test
    void nodesWithoutPositionGoInsideTheirDomainsFrameWithoutOverlapping() {
        Meshes m = Meshes.mesh().domain("sales", 0, 0, 900, 400)
                .product("placed", "sales", 24, 64);
        for (int i = 0; i < 5; i++) {
            m.node("n" + i, NodeKind.DATA_PRODUCT, "sales");
        }
        DiagramScene scene = m.scene();

        Rect frame = scene.domain("sales").bounds();
        for (int i = 0; i < 5; i++) {
            DiagramScene.NodeBox box = scene.node("n" + i);
            assertThat(box.autoPlaced()).isTrue();
            assertThat(frame.contains(box.bounds())).as("n%d inside its domain", i).isTrue();
        }
        assertNoOverlaps(scene);
    }

    @Test
    void autoPlacementNeverOverlapsAnyNode() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            Meshes m = Meshes.mesh();
            int domains = 1 + random.nextInt(4);
            for (int d = 0; d < domains; d++) {
                if (random.nextBoolean()) {
                    m.domain("d" + d, d * 700, 0, 300 + random.nextInt(600), 200 + random.nextInt(500));
                } else {
                    m.domain("d" + d);
                }
            }
            List<Rect> placed = new ArrayList<>();
            int nodes = 5 + random.nextInt(40);
            for (int i = 0; i < nodes; i++) {
                String domain = random.nextInt(5) == 0 ? null : "d" + random.nextInt(domains);
                if (random.nextBoolean()) {
                    double x = random.nextInt(3000) - 500;
                    double y = random.nextInt(1500) - 200;
                    Rect r = new Rect(x, y, W, H);
                    if (placed.stream().noneMatch(r::overlaps)) {
                        placed.add(r);
                        m.node("n" + i, NodeKind.DATA_PRODUCT, domain, x, y);
                        continue;
                    }
                }
                m.node("n" + i, NodeKind.CONSUMER, domain);
            }
            assertNoOverlaps(m.scene());
        }
    }

    private static void assertNoOverlaps(DiagramScene scene) {
        List<DiagramScene.NodeBox> boxes = scene.nodes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).bounds().overlaps(boxes.get(j).bounds()))
                        .as("%s overlaps %s", boxes.get(i).id(), boxes.get(j).id()).isFalse();
            }
        }
    }

    @Test
    void withPositionsMovesBoxesAndRecomputesOnlyWhatDependsOnThem() {
        DiagramScene scene = Meshes.mesh().domain("sales")
                .product("a", "sales", 0, 0).product("b", "sales", 400, 0)
                .product("c", null, 0, 400).product("d", null, 400, 400)
                .link("a", "b").link("c", "d").scene();

        DiagramScene moved = scene.withPositions(Map.of("b", new P(400, 200)), Map.of());

        assertThat(moved.node("b").bounds()).isEqualTo(new Rect(400, 200, W, H));
        assertThat(onBorder(moved.node("b").bounds(), moved.link("a->b").points().get(1))).isTrue();
        assertThat(moved.link("c->d")).isSameAs(scene.link("c->d"));
        assertThat(moved.domain("sales").bounds().contains(moved.node("b").bounds())).isTrue();
        assertThat(moved.nodeAt(410, 210)).isNotNull();
        assertThat(moved.nodeAt(410, 10)).isNull();
        assertThat(moved.elementAt(300, 110)).isNotEqualTo(scene.elementAt(300, 28));
        // The original is untouched.
        assertThat(scene.node("b").bounds()).isEqualTo(new Rect(400, 0, W, H));
        assertThat(scene.nodeAt(410, 10)).isNotNull();
    }

    @Test
    void withPositionsTakesNewDomainBoundsAndChains() {
        DiagramScene scene = Meshes.mesh().domain("sales", 0, 0, 500, 300).product("a", "sales", 20, 60).scene();

        DiagramScene once = scene.withPositions(Map.of(), Map.of("sales", new Rect(100, 100, 500, 300)));
        DiagramScene twice = once.withPositions(Map.of("a", new P(120, 160)), Map.of("ghost", Rect.EMPTY));

        assertThat(once.domain("sales").bounds()).isEqualTo(new Rect(100, 100, 500, 300));
        assertThat(twice.domain("sales").bounds()).isEqualTo(new Rect(100, 100, 500, 300));
        assertThat(twice.elementAt(130, 170)).contains(ElementRef.node("a"));
        assertThat(twice.domainAt(590, 390)).map(DiagramScene.DomainBox::id).contains("sales");
    }

    @Test
    void theContractIsTheLinksOwnElseItsPortsElseTheOnlyPorts() {
        Mesh mesh = Meshes.mesh().product("b", null, 400, 0).product("c", null, 400, 200)
                .product("d", null, 400, 400).build();
        mesh.addNode(MeshNode.builder("a", NodeKind.DATA_PRODUCT)
                .addPort(new Port("t", null, null, "table-v1", Map.of()))
                .addPort(new Port("s", null, null, "stream-v1", Map.of())).build());
        mesh.addNode(MeshNode.builder("one", NodeKind.DATA_PRODUCT)
                .addPort(new Port("p", null, null, "only-v1", Map.of())).build());
        mesh.addLink(Link.builder("a", "b").contract("own-v1").fromPort("t").build());
        mesh.addLink(Link.builder("a", "c").fromPort("s").build());
        mesh.addLink(Link.of("a", "d"));
        mesh.addLink(Link.of("one", "d"));

        DiagramScene scene = DiagramScene.of(mesh, DiagramStyle.light());

        assertThat(scene.link("a->b").contractOrNull()).isEqualTo("own-v1");
        assertThat(scene.link("a->c").contractOrNull()).isEqualTo("stream-v1");
        assertThat(scene.link("a->d").contractOrNull()).isNull();
        assertThat(scene.link("one->d").contractOrNull()).isEqualTo("only-v1");
    }

    @Test
    void linksBetweenDomainsAreSummedIntoFlows() {
        DiagramScene scene = Meshes.mesh().domain("x").domain("y")
                .product("a", "x", 0, 0).product("b", "x", 0, 200)
                .product("c", "y", 600, 0).product("d", "y", 600, 200)
                .node("hub", NodeKind.HUB, null, 300, -300)
                .link("a", "c").link("b", "d").link("c", "a").link("a", "b").link("a", "d", "hub").scene();

        assertThat(scene.flows()).containsExactlyInAnyOrder(
                new DiagramScene.Flow(ElementRef.domain("x"), ElementRef.domain("y"), 3),
                new DiagramScene.Flow(ElementRef.domain("x"), ElementRef.node("hub"), 1),
                new DiagramScene.Flow(ElementRef.domain("y"), ElementRef.node("hub"), 1));
    }

    @Test
    void boundsHoldEverythingAndAnEmptySceneHasNone() {
        DiagramScene scene = Meshes.mesh().domain("sales", -100, -100, 50, 50).product("a", null, 500, 500).scene();

        assertThat(scene.bounds()).isEqualTo(new Rect(-100, -100, 600 + W, 600 + H));
        assertThat(DiagramScene.empty(DiagramStyle.light()).bounds()).isEqualTo(Rect.EMPTY);
        assertThat(DiagramScene.of(Meshes.mesh().build(), DiagramStyle.light()).elementAt(0, 0)).isEmpty();
    }

    @Test
    void indexQueriesAgreeWithAScanOfEveryBox() {
        DiagramScene scene = DiagramScene.of(MeshGenerator.generate(2_000, 3), DiagramStyle.light());
        Rect all = scene.bounds();
        Random random = new Random(11);
        Map<String, P> moves = new java.util.HashMap<>();
        for (int i = 0; i < 20; i++) {
            DiagramScene.NodeBox n = scene.nodes().get(random.nextInt(scene.nodes().size()));
            moves.put(n.id(), new P(all.x() + random.nextDouble() * all.width(), all.y() + random.nextDouble() * all.height()));
        }
        for (DiagramScene s : List.of(scene, scene.withPositions(moves, Map.of()))) {
            for (int q = 0; q < 200; q++) {
                double w = random.nextDouble() * 3000;
                double h = random.nextDouble() * 2000;
                Rect area = new Rect(all.x() - 500 + random.nextDouble() * (all.width() + 1000),
                        all.y() - 500 + random.nextDouble() * (all.height() + 1000), w, h);
                List<DiagramScene.NodeBox> expected = s.nodes().stream()
                        .filter(n -> n.bounds().intersects(area)).toList();
                assertThat(s.nodesIn(area)).containsExactlyElementsOf(expected);
                List<DiagramScene.LinkRoute> drawn = s.links().stream().filter(l -> l.intersects(area)).toList();
                assertThat(s.linksIn(area)).containsAll(drawn);
            }
        }
    }
}
