package org.meshwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.descriptor.DpdsExporter;
import org.meshwright.io.descriptor.OdcsExporter;
import org.meshwright.io.descriptor.OdpsExporter;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Archetype;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Metadata;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;
import org.meshwright.model.Topology;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Validator;
import org.meshwright.testutil.YamlToJson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Hostile content across everything that reads or writes a mesh: names, descriptions, tags,
 * owners and purposes holding markup, control characters, right-to-left overrides and a
 * 1 MB string. The file round trip is exact, validation finds what it finds for plain text,
 * and every export format (svg, png, dot, graphml, mermaid, odps, odcs, dpds) comes out
 * well-formed and inert, in bounded time: each step is timed and the times are printed (a
 * hang is caught by the time-out, there are no thresholds). The per-format tests
 * ({@link GraphFormatsTest}, {@link DiagramExporterTest}, {@code DescriptorSchemaTest}) go
 * deeper into each format's escaping; a format added later joins {@link #exports}.
 *
 * <p>The pictures (svg, png) get the same megabyte of mixed-direction text and emoji: the
 * diagram measures only the start of a name, all a card can show (it once measured the
 * whole label, which took minutes; see docs/reliability.md).
 */
class HostileContentTest {

    static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"q\" 'a' ]]> --> "
            + "<![CDATA[x]]> {{7*7}} ${jndi:ldap://x} %s %% # ` | [ ] { } ; \\ ";
    static final String CONTROLS = "nul\u0000 bell\u0007 esc\u001B[31mred\u001B[0m bs\b del\u007F nel\u0085 "
            + "ls\u2028 ps\u2029 cr\r lf\n tab\t zwj\u200D bom\uFEFF";
    static final String RTL = "\u202Eevil.exe\u202C \u2066iso\u2069 \u05E9\u05DC\u05D5\u05DD "
            + "\u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A \uD83E\uDD84";
    static final String HOSTILE = MARKUP + CONTROLS + RTL;
    /** A megabyte of text: words, so that wrapping has something to do, and one long run. */
    static final String HUGE = ("word " + HOSTILE + " ").repeat(1_000_000 / (HOSTILE.length() + 6))
            + "x".repeat(100_000);

    private static final Map<String, Double> TIMES = new LinkedHashMap<>();

    @TempDir
    Path dir;

    @AfterAll
    static void printTimes() {
        StringBuilder table = new StringBuilder("hostile content, milliseconds per step:\n");
        TIMES.forEach((step, ms) -> table.append(String.format(Locale.ROOT, "  %-28s %8.1f%n", step, ms)));
        System.out.print(table);
    }

    private static <T> T timed(String step, Callable<T> work) throws Exception {
        long t = System.nanoTime();
        T result = work.call();
        TIMES.put(step, (System.nanoTime() - t) / 1e6);
        return result;
    }

    /** Every text field holds {@code text}; a governed mesh with a product, a hub and a consumer. */
    static Mesh mesh(UnaryOperator<String> text) {
        Mesh mesh = new Mesh(new Metadata("hostile", text.apply("title"), text.apply("description"),
                text.apply("owner"), Map.of()), Topology.GOVERNED);
        mesh.addDomain(new Domain("sales", text.apply("sales"), text.apply("team"), text.apply("domain"), null,
                Map.of("x-note", text.apply("note"))));
        mesh.addDomain(new Domain("bi", text.apply("bi"), text.apply("team"), null, null, Map.of()));
        mesh.addNode(MeshNode.builder("crm", NodeKind.SOURCE_SYSTEM).domain("sales").name(text.apply("crm"))
                .pii(true).build());
        mesh.addNode(MeshNode.builder("orders", NodeKind.DATA_PRODUCT).domain("sales").name(text.apply("orders"))
                .description(text.apply("orders description")).owner(text.apply("owner"))
                .archetype(Archetype.SOURCE_ALIGNED).tags(List.of(text.apply("tag"), "plain")).version("1.0")
                .slo(new Slo(99.9, "PT1H", Map.of()))
                .addPort(new Port("table", text.apply("type"), text.apply("format"), "orders-v1", Map.of())).build());
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).name(text.apply("hub")).build());
        mesh.addNode(MeshNode.builder("report", NodeKind.CONSUMER).domain("bi").name(text.apply("report")).build());
        mesh.addLink(Link.builder("crm", "orders").purpose(text.apply("purpose")).build());
        mesh.addLink(Link.builder("orders", "report").via(List.of("hub")).contract("orders-v1")
                .purpose(text.apply("purpose")).description(text.apply("link")).build());
        return mesh;
    }

    static Mesh hostile() {
        return mesh(label -> HOSTILE);
    }

    static Mesh huge() {
        return huge(HUGE);
    }

    static Mesh huge(String text) {
        return mesh(label -> label.startsWith("orders") || label.equals("purpose") || label.equals("domain")
                ? text : label);
    }

    @Test
    @Timeout(600)
    void hostileAndHugeTextSavesAndReadsBackExactly() throws Exception {
        for (Mesh mesh : List.of(hostile(), huge())) {
            String kind = mesh.nodes().get(1).name().length() > 10_000 ? "1 MB" : "hostile";
            Path file = dir.resolve(kind.replace(' ', '-') + ".mesh.yaml");
            timed("save (" + kind + ")", () -> {
                new MeshWriter().save(mesh, file);
                return null;
            });
            Mesh back = timed("read (" + kind + ")", () -> new MeshReader().read(file).mesh());

            assertThat(back.contentEquals(mesh)).as(kind).isTrue();
            assertThat(new MeshWriter().write(back)).isEqualTo(Files.readString(file));
            assertThat(Files.readString(file)).doesNotContain("\u0000", "\u0007", "\u001B", "\u202E", "\r");
        }
    }

    @Test
    @Timeout(600)
    void textDoesNotChangeWhatValidationFinds() throws Exception {
        List<String> plain = summary(new Validator().validate(mesh(label -> label)));

        List<String> hostile = summary(timed("validate (hostile)", () -> new Validator().validate(hostile())));
        List<String> huge = summary(timed("validate (1 MB)", () -> new Validator().validate(huge())));

        assertThat(plain).isNotEmpty();
        assertThat(hostile).isEqualTo(plain);
        assertThat(huge).isEqualTo(plain);
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.elements()).toList();
    }

    @Test
    @Timeout(600)
    void everyExportIsWellFormedAndInert() throws Exception {
        Map<String, Mesh> meshes = new LinkedHashMap<>();
        meshes.put("hostile", hostile());
        meshes.put("1 MB", huge());
        meshes.forEach((kind, mesh) -> {
            for (Map.Entry<String, Callable<Object>> export : exports(mesh).entrySet()) {
                try {
                    check(export.getKey(), timed(export.getKey() + " (" + kind + ")", export.getValue()));
                } catch (Exception e) {
                    throw new AssertionError(export.getKey() + " of the " + kind + " mesh", e);
                }
            }
        });
    }

    /** Each format's output for {@code mesh}: text, PNG bytes, or a format's documents. */
    static Map<String, Callable<Object>> exports(Mesh mesh) {
        Map<String, Callable<Object>> exports = new LinkedHashMap<>();
        exports.put("svg", () -> new DiagramExporter().svg(mesh, ExportOptions.DEFAULT.withFindings(true)));
        exports.put("png", () -> {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            new DiagramExporter().writePng(mesh, png, ExportOptions.DEFAULT.withScale(1));
            return png.toByteArray();
        });
        exports.put("dot", () -> new DotExporter().dot(mesh));
        exports.put("graphml", () -> new GraphmlExporter().graphml(mesh));
        exports.put("mermaid", () -> new MermaidExporter().mermaid(mesh));
        exports.put("odps", () -> new OdpsExporter().documents(mesh));
        exports.put("odcs", () -> new OdcsExporter().documents(mesh));
        exports.put("dpds", () -> new DpdsExporter().documents(mesh));
        exports.put("backstage", () -> new org.meshwright.io.descriptor.BackstageExporter().catalog(mesh));
        return exports;
    }

    private static void check(String format, Object output) throws Exception {
        switch (format) {
            case "svg" -> checkSvg((String) output);
            case "png" -> {
                var image = ImageIO.read(new ByteArrayInputStream((byte[]) output));
                assertThat(image).isNotNull();
                assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(DiagramExporter.MAX_PNG_SIDE);
            }
            case "dot" -> {
                String dot = (String) output;
                GraphFormatsTest.assertOnlyQuotedText(dot);
                assertThat(dot).doesNotContain("\u0000", "\u0007", "\u001B", "\r");
            }
            case "graphml" -> {
                String xml = (String) output;
                Document doc = GraphFormatsTest.parseGraphml(xml);
                assertThat(xml).doesNotContain("<script", "\u0000", "\u0007", "\u001B");
                assertThat(GraphFormatsTest.elements(doc, "node")).isNotEmpty();
            }
            case "mermaid" -> {
                String mm = (String) output;
                GraphFormatsTest.assertMermaidGrammar(mm);
                assertThat(mm).doesNotContain("<script", "\u0000", "\u0007", "\u001B", "\r", "`");
            }
            case "backstage" -> {
                String catalog = (String) output;
                String[] documents = catalog.split("(?m)^---$");
                assertThat(documents).hasSizeGreaterThan(3);
                for (String text : documents) {
                    assertThat(YamlToJson.parse(text).isObject()).isTrue(); // each entity well-formed YAML
                }
                assertThat(catalog).doesNotContain("\u0000", "\u0007", "\u001B", "\r");
            }
            default -> {
                @SuppressWarnings("unchecked")
                Map<String, String> documents = (Map<String, String>) output;
                assertThat(documents).as(format).isNotEmpty();
                for (String text : documents.values()) {
                    JsonNode json = YamlToJson.parse(text); // well-formed YAML
                    assertThat(json.isObject()).isTrue();
                    assertThat(text).doesNotContain("\u0000", "\u0007", "\u001B", "\r");
                }
            }
        }
    }

    /** Well-formed XML, no active content: no script, no foreign content, no links, no event handlers. */
    private static void checkSvg(String svg) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            names.add(e.getLocalName());
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String attribute = attributes.item(a).getLocalName();
                assertThat(attribute).as("attribute of <%s>", e.getLocalName())
                        .doesNotStartWith("on").isNotEqualTo("href");
            }
        }
        assertThat(names).doesNotContain("script", "foreignObject", "a", "iframe", "image", "use", "animate", "set");
        assertThat(svg).doesNotContain("<script", "<img", "\u0000", "\u0007", "\u001B");
    }
}
