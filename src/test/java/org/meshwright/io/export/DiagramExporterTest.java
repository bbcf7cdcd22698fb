package org.meshwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The SVG and PNG exporter; its SVG parser is public for the command line's hostile-content test. */
public class DiagramExporterTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private final DiagramExporter exporter = new DiagramExporter();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".mesh.yaml")).sorted().toList().stream();
        }
    }

    static Mesh read(Path p) throws Exception {
        return new MeshReader().read(p).mesh();
    }

    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The ids of the {@code <g>} elements, each checked to carry a {@code <title>} first. */
    static Set<String> groupTitles(Document doc, Set<String> titles) {
        Set<String> ids = new HashSet<>();
        NodeList gs = doc.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (!g.hasAttribute("id")) {
                continue;
            }
            assertThat(ids.add(g.getAttribute("id"))).as("unique id %s", g.getAttribute("id")).isTrue();
            Element first = (Element) g.getElementsByTagNameNS(SVG_NS, "title").item(0);
            assertThat(first).isNotNull();
            assertThat(first.getParentNode()).isSameAs(g);
            titles.add(first.getTextContent());
        }
        return ids;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void svgOfEverySampleIsWellFormedWithAGroupPerElement(Path sample) throws Exception {
        Mesh mesh = read(sample);
        for (boolean findings : new boolean[] {false, true}) {
            ExportOptions o = new ExportOptions(2, findings);
            String svg = exporter.svg(mesh, o);
            assertThat(exporter.svg(mesh, o)).isEqualTo(svg);
            Document doc = parse(svg);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SVG_NS);
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(doc.getElementsByTagNameNS("*", "foreignObject").getLength()).isZero();
            assertThat(svg).doesNotContain("href").doesNotContain("<script").doesNotContain("foreignObject");
            assertThat(doc.getElementsByTagNameNS(SVG_NS, "text").getLength()).isPositive();
            Set<String> titles = new HashSet<>();
            Set<String> ids = groupTitles(doc, titles);
            for (Domain d : mesh.domains()) {
                assertThat(ids).contains("domain-" + d.id());
                assertThat(titles).anyMatch(t -> t.contains(d.id()) && t.contains(d.name()));
            }
            for (MeshNode n : mesh.nodes()) {
                assertThat(ids).contains("node-" + n.id());
                assertThat(titles).anyMatch(t -> t.contains("(" + n.id() + ")") && t.contains(n.name()));
            }
            for (Link l : mesh.links()) {
                if (mesh.node(l.from()) == null || mesh.node(l.to()) == null) {
                    continue; // a link to nowhere (a finding) has nothing to draw
                }
                assertThat(ids).contains("link-" + l.effectiveId().replaceAll("[^A-Za-z0-9._-]", "_"));
                assertThat(titles).anyMatch(t -> t.contains("(" + l.effectiveId() + ")"));
            }
        }
    }

    @Test
    void writerAndPathGiveTheSameBytes(@TempDir Path dir) throws Exception {
        Mesh mesh = read(Path.of("samples/eshop-governed.mesh.yaml"));
        StringWriter w = new StringWriter();
        exporter.writeSvg(mesh, w, ExportOptions.DEFAULT);
        Path file = dir.resolve("out.svg");
        exporter.writeSvg(mesh, file, ExportOptions.DEFAULT);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(w.toString());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aFailedPathExportLeavesNoFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder/out.svg");
        Mesh mesh = MeshGenerator.generate(MeshGenerator.MIN_NODES, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exporter.writeSvg(mesh, missing, ExportOptions.DEFAULT))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void hostileTextIsEscapedAndInert() throws Exception {
        String evil = "<script>alert(1)</script> & \"q\" 'a' ]]> --> \uD83D\uDE80 \u05E9\u05DC\u05D5\u05DD \u0007 end";
        String yaml = """
                apiVersion: meshwright/v1
                kind: Mesh
                metadata:
                  name: hostile
                spec:
                  topology: federated
                  domains:
                    - id: d1
                      name: %s
                      owner: %s
                  nodes:
                    - id: a
                      kind: source-system
                      name: %s
                      domain: d1
                    - id: b
                      kind: data-product
                      archetype: source-aligned
                      name: %s
                      domain: d1
                  links:
                    - from: a
                      to: b
                      accessMode: batch
                """.formatted(q(evil), q(evil), q(evil), q(evil));
        Mesh mesh = new MeshReader().read(yaml, "hostile.mesh.yaml").mesh();
        assertThat(mesh.node("a").name()).isEqualTo(evil);
        String svg = exporter.svg(mesh, new ExportOptions(1, true));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(svg).doesNotContain("<script").doesNotContain("\u0007").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("]]&gt;").contains("--&gt;").contains("&amp;").contains("&quot;q&quot;");
        Set<String> titles = new HashSet<>();
        Set<String> ids = groupTitles(doc, titles);
        assertThat(ids).contains("node-a", "node-b", "domain-d1", "link-a-_b");
        String expected = evil.replace('\u0007', '\uFFFD');
        assertThat(titles).contains(expected + " (a)");
        // Text measurement of the same mesh renders to PNG too.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        exporter.writePng(mesh, png, new ExportOptions(1, true));
        assertThat(ImageIO.read(new ByteArrayInputStream(png.toByteArray()))).isNotNull();
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0007", "\\a") + "\"";
    }

    /** Bands are a matter of speed: any band height gives the same pixels (and, for a given height, the same bytes). */
    @Test
    void thePngIsTheSameWhateverTheBandHeight() throws Exception {
        Mesh mesh = read(Path.of("samples/violations.mesh.yaml"));
        ExportOptions options = new ExportOptions(1, true);
        ByteArrayOutputStream oneBand = new ByteArrayOutputStream();
        PngResult plan = exporter.writePng(mesh, oneBand, options, 100_000);
        BufferedImage whole = ImageIO.read(new ByteArrayInputStream(oneBand.toByteArray()));
        for (int rows : new int[] {1, 7, 64}) {
            ByteArrayOutputStream banded = new ByteArrayOutputStream();
            exporter.writePng(mesh, banded, options, rows);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(banded.toByteArray()));
            assertThat(image.getRGB(0, 0, plan.width(), plan.height(), null, 0, plan.width()))
                    .as(rows + " rows a band")
                    .isEqualTo(whole.getRGB(0, 0, plan.width(), plan.height(), null, 0, plan.width()));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        exporter.writePng(mesh, again, options, 7);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        exporter.writePng(mesh, first, options, 7);
        assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void opacitiesHaveAtMostThreeDecimals() {
        assertThat(SvgPainter.opacityNum(0.5)).isEqualTo("0.5");
        assertThat(SvgPainter.opacityNum(0.22)).isEqualTo("0.22");
        assertThat(SvgPainter.opacityNum(0.0504)).isEqualTo("0.05");
        assertThat(SvgPainter.opacityNum(0.0015)).isEqualTo("0.002");
        assertThat(SvgPainter.opacityNum(0.0004)).isEqualTo("0");
        assertThat(SvgPainter.opacityNum(0.9996)).isEqualTo("1");
        assertThat(SvgPainter.opacityNum(-1)).isEqualTo("0");
        assertThat(SvgPainter.opacityNum(0.123)).isEqualTo("0.123");
    }

    /** The canvas strokes a bounded number of hops in a busy view; an export strokes every link. */
    @Test
    void aMeshWithManyLinksIsExportedWithEveryLinkStroked() throws Exception {
        Mesh mesh = MeshGenerator.generate(400, 3);
        assertThat(mesh.links().size()).isGreaterThan(1000);
        Document doc = parse(exporter.svg(mesh, ExportOptions.DEFAULT));
        NodeList gs = doc.getElementsByTagNameNS(SVG_NS, "g");
        int links = 0;
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.getAttribute("id").startsWith("link-")) {
                links++;
                assertThat(g.getElementsByTagNameNS(SVG_NS, "path").getLength()).as(g.getAttribute("id")).isPositive();
                assertThat(g.getElementsByTagNameNS(SVG_NS, "polygon").getLength()).as("arrowhead").isEqualTo(1);
            }
        }
        assertThat(links).isEqualTo(mesh.links().size());
    }

    @Test
    void idsAreMadeValidAndUnique() {
        SvgPainter p = new SvgPainter();
        assertThat(p.uniqueId("link-a->b")).isEqualTo("link-a-_b");
        assertThat(p.uniqueId("link-a->b")).isEqualTo("link-a-_b-2");
        assertThat(p.uniqueId("link-a-<b")).isEqualTo("link-a-_b-3");
        assertThat(p.uniqueId("9x")).isEqualTo("g-9x");
        assertThat(p.uniqueId("node-caf\u00e9")).isEqualTo("node-caf_");
        assertThat(SvgPainter.num(1.0 / 3)).isEqualTo("0.33");
        assertThat(SvgPainter.num(-0.001)).isEqualTo("0");
        assertThat(SvgPainter.num(1e7)).isEqualTo("10000000");
    }

    @Test
    void pngHasTheSizeOfTheSceneAtTheScaleOnWhite() throws Exception {
        Mesh mesh = read(Path.of("samples/eshop-governed.mesh.yaml"));
        BufferedImage one = png(mesh, 1);
        BufferedImage two = png(mesh, 2);
        PngResult plan = exporter.planPng(mesh, new ExportOptions(1, false));
        assertThat(one.getWidth()).isEqualTo(plan.width());
        assertThat(one.getHeight()).isEqualTo(plan.height());
        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 1, 2 * one.getWidth() + 1);
        assertThat(two.getHeight()).isBetween(2 * one.getHeight() - 1, 2 * one.getHeight() + 1);
        assertThat(one.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(two.getRGB(two.getWidth() - 1, two.getHeight() - 1) & 0xffffff).isEqualTo(0xffffff);
        // Something is drawn.
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < one.getHeight(); y += 7) {
            for (int x = 0; x < one.getWidth(); x += 7) {
                colours.add(one.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(20);
    }

    @Test
    void pngIsTheSameBytesTwice() throws Exception {
        Mesh mesh = read(Path.of("samples/violations.mesh.yaml"));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        exporter.writePng(mesh, a, new ExportOptions(1, true));
        exporter.writePng(mesh, b, new ExportOptions(1, true));
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void aHugeMeshHasItsScaleReduced() {
        Mesh mesh = MeshGenerator.generate(10_000, 7);
        PngResult plan = exporter.planPng(mesh, new ExportOptions(2, false));
        assertThat(plan.scaleReduced()).isTrue();
        assertThat(plan.scale()).isLessThan(2);
        assertThat(plan.message()).contains("16384");
        assertThat(Math.max(plan.width(), plan.height())).isLessThanOrEqualTo(DiagramExporter.MAX_PNG_SIDE)
                .isGreaterThan(DiagramExporter.MAX_PNG_SIDE - 64);
        PngResult small = exporter.planPng(MeshGenerator.generate(MeshGenerator.MIN_NODES, 7), new ExportOptions(2, false));
        assertThat(small.scaleReduced()).isFalse();
        assertThat(small.scale()).isEqualTo(2);
    }

    @Test
    void capIsAppliedToRenderedOutput() {
        PngResult r = DiagramExporter.plan(new org.meshwright.diagram.Rect(0, 0, 20_000, 100), 2);
        assertThat(r.width()).isLessThanOrEqualTo(16384);
        assertThat(r.scale()).isLessThan(1);
        assertThat(r.height()).isPositive();
    }

    private BufferedImage png(Mesh mesh, double scale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngResult r = exporter.writePng(mesh, out, new ExportOptions(scale, false));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(img.getWidth()).isEqualTo(r.width());
        assertThat(img.getHeight()).isEqualTo(r.height());
        assertThat(r.scale()).isEqualTo(scale);
        return img;
    }
}
