package org.meshwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.rules.Severity;

class DiagramPainterTest {

    private final DiagramPainter painter = new DiagramPainter();

    private static DiagramScene twoNodesAndAFarOne() {
        Mesh mesh = Meshes.mesh().domain("sales", 0, 0, 700, 200)
                .product("far", null, 10_000, 10_000)
                .node("crm", NodeKind.SOURCE_SYSTEM, "sales", 40, 80)
                .link("crm", "far").build();
        mesh.addNode(MeshNode.builder("orders", NodeKind.DATA_PRODUCT).name("Orders").domain("sales")
                .archetype(Archetype.AGGREGATE).pii(true).build());
        mesh.diagram().setPosition("orders", new Point(400, 80));
        mesh.addLink(org.meshwright.model.Link.of("crm", "orders"));
        return DiagramScene.of(mesh, DiagramStyle.light());
    }

    private RecordingPainter paint(DiagramScene scene, Rect area, double scale, PaintOptions options) {
        RecordingPainter p = new RecordingPainter();
        painter.paint(scene, p, new Viewport(area, scale), options);
        assertThat(p.depth()).as("save and restore balance").isZero();
        return p;
    }

    @Test
    void onlyWhatMeetsTheViewportIsPainted() {
        RecordingPainter p = paint(twoNodesAndAFarOne(), new Rect(0, 0, 1200, 800), 1, PaintOptions.DEFAULT);

        assertThat(p.groups).contains("node-orders", "node-crm", "domain-sales", "link-crm->orders");
        assertThat(p.groups).doesNotContain("node-far");
    }

    @Test
    void aFarViewSeesTheFarNodeAndNothingElse() {
        RecordingPainter p = paint(twoNodesAndAFarOne(), new Rect(9_900, 9_900, 400, 300), 1, PaintOptions.DEFAULT);

        assertThat(p.groups).contains("node-far").doesNotContain("node-orders", "domain-sales");
    }

    @Test
    void fullDetailShowsIconNameKindLineAndPiiTag() {
        RecordingPainter p = paint(twoNodesAndAFarOne(), new Rect(0, 0, 1200, 800), 1, PaintOptions.DEFAULT);

        assertThat(p.texts).contains("Orders", "AGGREGATE", "crm", "SOURCE SYSTEM", "sales", "PII");
        assertThat(p.calls).filteredOn(c -> c.group().equals("node-orders") && c.op().equals("fillPath")).hasSize(1);
        assertThat(p.calls).filteredOn(c -> c.group().equals("link-crm->orders") && c.op().equals("fillPolygon"))
                .as("an arrowhead").hasSize(1);
    }

    @Test
    void mediumDetailShowsNamesButNoKindLines() {
        RecordingPainter p = paint(twoNodesAndAFarOne(), new Rect(0, 0, 3000, 2000), 0.4, PaintOptions.DEFAULT);

        assertThat(p.texts).contains("Orders", "crm").doesNotContain("AGGREGATE", "SOURCE SYSTEM", "PII");
    }

    @Test
    void atTenPercentNothingIsWritten() {
        RecordingPainter p = paint(twoNodesAndAFarOne(), new Rect(-100, -100, 12_000, 12_000), 0.1,
                PaintOptions.DEFAULT.withMarkers(Map.of(ElementRef.node("orders"), Severity.ERROR)));

        assertThat(p.texts).isEmpty();
        assertThat(p.groups).contains("node-orders", "node-far", "domain-sales");
        assertThat(p.count("fillPath")).as("no icons").isZero();
    }

    @Test
    void atFarZoomManyLinksAreSummedPerPairOfDomains() {
        DiagramScene scene = DiagramScene.of(MeshGenerator.generate(3_000, 5), DiagramStyle.light());
        Rect all = scene.bounds();

        RecordingPainter p = paint(scene, all, 0.15, PaintOptions.DEFAULT);

        assertThat(p.count("strokePath")).as("no curves").isZero();
        assertThat(p.count("fillPolygon")).as("no arrowheads").isZero();
        assertThat(p.groups).noneMatch(g -> g.startsWith("link-"));
        assertThat(p.count("line")).isPositive().isLessThanOrEqualTo(scene.flows().size());
    }

    @Test
    void selectionMarkersDimmingAndGesturesAreDrawn() {
        DiagramScene scene = twoNodesAndAFarOne();
        Rect area = new Rect(0, 0, 1200, 800);
        RecordingPainter plain = paint(scene, area, 1, PaintOptions.DEFAULT);

        PaintOptions options = PaintOptions.DEFAULT
                .withSelected(Set.of(ElementRef.node("orders")))
                .withMarkers(Map.of(ElementRef.node("crm"), Severity.WARNING))
                .withDimmed(Set.of(ElementRef.domain("sales")))
                .withRubberBand(new Rect(10, 10, 100, 100))
                .withRubberLink(List.of(new P(0, 0), new P(300, 300)));
        RecordingPainter p = paint(scene, area, 1, options);

        assertThat(strokes(p, "node-orders")).isEqualTo(strokes(plain, "node-orders") + 1);
        assertThat(p.texts).contains("!");
        assertThat(p.calls).filteredOn(c -> c.group().equals("domain-sales") && c.op().equals("opacity")).hasSize(1);
        assertThat(p.count("polyline")).isEqualTo(1);
        assertThat(p.count("fillPolygon")).isEqualTo(plain.count("fillPolygon") + 1);
    }

    private static long strokes(RecordingPainter p, String group) {
        return p.calls.stream().filter(c -> c.group().equals(group) && c.op().equals("strokeRoundRect")).count();
    }

    @Test
    void hiddenMarkersAreNeitherDrawnNorHit() {
        DiagramScene scene = twoNodesAndAFarOne();
        PaintOptions options = PaintOptions.DEFAULT.withMarkers(Map.of(ElementRef.node("crm"), Severity.ERROR));
        P corner = DiagramPainter.markerCenter(scene, ElementRef.node("crm"));

        assertThat(DiagramPainter.markerAt(scene, options, corner.x() + 2, corner.y() - 2, 1))
                .contains(ElementRef.node("crm"));
        assertThat(DiagramPainter.markerAt(scene, options, corner.x() + 40, corner.y(), 1)).isEmpty();
        assertThat(DiagramPainter.markerAt(scene, options.withShowMarkers(false), corner.x(), corner.y(), 1)).isEmpty();
        assertThat(paint(scene, new Rect(0, 0, 1200, 800), 1, options.withShowMarkers(false)).texts)
                .doesNotContain("!");
    }

    @Test
    void aLinksMarkerStaysOffTheCards() {
        DiagramScene scene = Meshes.mesh().product("a", null, 0, 0).product("mid", null, 300, 0)
                .product("b", null, 600, 0).link("a", "b").scene();

        P c = DiagramPainter.markerCenter(scene, ElementRef.link("a->b"));

        assertThat(scene.nodeAt(c.x(), c.y())).isNull();
        assertThat(scene.link("a->b").distance(c.x(), c.y())).isLessThan(1);
    }

    @Test
    void aBusyViewLeavesOutLinksThatOnlyPassThrough() {
        RecordingPainter few = paint(parallelLinks(100), new Rect(2_000, 0, 1_000, 100 * 80), 1, PaintOptions.DEFAULT);
        RecordingPainter many = paint(parallelLinks(400), new Rect(2_000, 0, 1_000, 400 * 80), 1, PaintOptions.DEFAULT);
        RecordingPainter ends = paint(parallelLinks(400), new Rect(-100, 0, 1_000, 400 * 80), 1, PaintOptions.DEFAULT);

        assertThat(few.count("strokePath")).isEqualTo(100);
        assertThat(many.count("strokePath")).isZero();
        assertThat(ends.count("strokePath")).as("stubs at the ends in view").isEqualTo(400);
    }

    /** {@code n} links, each from a node on the left to one 5,000 units to the right. */
    private static DiagramScene parallelLinks(int n) {
        Meshes m = Meshes.mesh();
        for (int i = 0; i < n; i++) {
            m.product("a" + i, null, 0, i * 80).product("b" + i, null, 5_000, i * 80).link("a" + i, "b" + i);
        }
        return m.scene();
    }

    @Test
    void eachAccessModeHasItsOwnLine() {
        assertThat(DiagramPainter.dashes(AccessMode.BATCH, 1)).isEmpty();
        assertThat(List.of(AccessMode.STREAM, AccessMode.VIRTUALIZED, AccessMode.API))
                .extracting(m -> java.util.Arrays.toString(DiagramPainter.dashes(m, 1))).doesNotHaveDuplicates();
    }

    @Test
    void theDetailFollowsTheScale() {
        assertThat(DiagramPainter.detail(1)).isEqualTo(DiagramPainter.Detail.FULL);
        assertThat(DiagramPainter.detail(0.5)).isEqualTo(DiagramPainter.Detail.MEDIUM);
        assertThat(DiagramPainter.detail(0.2)).isEqualTo(DiagramPainter.Detail.FAR);
        assertThat(DiagramPainter.detail(0.05)).isEqualTo(DiagramPainter.Detail.OVERVIEW);
    }

    @Test
    void theKindLineNamesTheArchetypeOfAProduct() {
        DiagramScene scene = twoNodesAndAFarOne();

        assertThat(DiagramPainter.kindLine(scene.node("orders"))).isEqualTo("AGGREGATE");
        assertThat(DiagramPainter.kindLine(scene.node("far"))).isEqualTo("DATA PRODUCT");
        assertThat(DiagramPainter.kindLine(scene.node("crm"))).isEqualTo("SOURCE SYSTEM");
    }
}
