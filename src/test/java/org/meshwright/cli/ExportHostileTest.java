package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.export.DiagramExporterTest;
import org.meshwright.io.export.GraphFormatsTest;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;
import org.meshwright.model.Topology;
import org.meshwright.testutil.InertYaml;
import org.meshwright.testutil.YamlToJson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One mesh file whose every text holds markup, quotes, CDATA and comment ends, emoji,
 * right-to-left text and a control character, exported through the command line in every
 * format: each output is well-formed in its format and the text stays inert text. The
 * per-format tests (DiagramExporterTest, GraphFormatsTest, DescriptorSchemaTest,
 * BackstageExporterTest, MeshWriterTest) look closer; this one makes sure no format is missed.
 */
class ExportHostileTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"q\" 'a' ]]> --> <!-- \uD83D\uDE80 "
            + "\u05E9\u05DC\u05D5\u05DD \u202Eevil\u202C # no: yes\n--- \u0007bell";

    @TempDir
    Path dir;

    static Mesh hostileMesh() {
        Mesh mesh = new Mesh("hostile", Topology.GOVERNED);
        mesh.addDomain(new Domain("d", HOSTILE, HOSTILE, HOSTILE, "plat", Map.of()));
        mesh.addNode(MeshNode.builder("plat", NodeKind.PLATFORM).name(HOSTILE).owner(HOSTILE).tags(List.of(HOSTILE))
                .build());
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).name(HOSTILE).description(HOSTILE).build());
        mesh.addNode(MeshNode.builder("src", NodeKind.SOURCE_SYSTEM).domain("d").name(HOSTILE).build());
        mesh.addNode(MeshNode.builder("p", NodeKind.DATA_PRODUCT).domain("d").name(HOSTILE).description(HOSTILE)
                .archetype(Archetype.SOURCE_ALIGNED).owner(HOSTILE).tags(List.of(HOSTILE, "no")).version("1.0")
                .addPort(new Port("out", HOSTILE, HOSTILE, "c-1", Map.of())).build());
        mesh.addNode(MeshNode.builder("app", NodeKind.CONSUMER).domain("d").name(HOSTILE).build());
        mesh.addLink(Link.builder("src", "p").purpose(HOSTILE).description(HOSTILE).accessMode(AccessMode.STREAM)
                .build());
        mesh.addLink(Link.builder("p", "app").via(List.of("hub")).contract("c-2").purpose(HOSTILE).build());
        return mesh;
    }

    @TestFactory
    Stream<DynamicTest> everyFormatWritesWellFormedInertOutput() throws Exception {
        Path file = dir.resolve("hostile.mesh.yaml");
        new MeshWriter().save(hostileMesh(), file);
        Mesh mesh = new MeshReader().read(file).mesh();
        assertThat(mesh.node("p").name()).isEqualTo(HOSTILE);
        List<DynamicTest> tests = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            tests.add(dynamicTest(format.keyword(), () -> {
                Path out = dir.resolve("out-" + format.keyword());
                CliRun run = CliRun.of("export", "--format", format.keyword(), "--findings", "-o", out.toString(),
                        file.toString());
                assertThat(run.exitCode()).as(run.err()).isZero();
                check(format, out, mesh);
            }));
        }
        return tests.stream();
    }

    /** How one format's output is checked. */
    @FunctionalInterface
    interface Check {
        void run(Path out, Mesh mesh) throws Exception;
    }

    /** A switch expression, so that a new format without a check does not compile. */
    private static void check(ExportFormat format, Path out, Mesh mesh) throws Exception {
        Check check = switch (format) {
            case SVG -> ExportHostileTest::checkSvg;
            case PNG -> (o, m) -> {
                BufferedImage image = ImageIO.read(o.toFile());
                assertThat(image).isNotNull();
                assertThat(image.getWidth()).isPositive();
            };
            case DOT -> (o, m) -> GraphFormatsTest.assertOnlyQuotedText(Files.readString(o));
            case GRAPHML -> (o, m) -> {
                Document doc = GraphFormatsTest.parseGraphml(Files.readString(o));
                assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
                assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & \"q\"");
            };
            case MERMAID -> (o, m) -> GraphFormatsTest.assertMermaidGrammar(Files.readString(o));
            case YAML -> (o, m) -> assertThat(new MeshReader().read(o).mesh().contentEquals(m)).isTrue();
            case ODPS, ODCS, DPDS -> ExportHostileTest::checkDescriptorFolder;
            case BACKSTAGE -> (o, m) -> {
                String text = Files.readString(o);
                int documents = InertYaml.assertInert(text);
                assertThat(YamlToJson.parseAll(text)).hasSize(documents)
                        .anySatisfy(e -> assertThat(e.path("metadata").path("title").asText()).isEqualTo(HOSTILE));
            };
        };
        check.run(out, mesh);
    }

    private static void checkSvg(Path out, Mesh mesh) throws Exception {
        Document doc = DiagramExporterTest.parse(Files.readString(out));
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "foreignObject").getLength()).isZero();
        assertNoEventHandlers(doc.getDocumentElement());
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert('x')</script> & \"q\"");
    }

    private static void checkDescriptorFolder(Path out, Mesh mesh) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        StringBuilder json = new StringBuilder();
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(InertYaml.assertInert(text)).as(f.toString()).isEqualTo(1);
            json.append(YamlToJson.parse(text));
        }
        assertThat(json).as("the text survives as JSON-escaped text").contains("<script>alert('x')</script>");
    }

    private static void assertNoEventHandlers(Element element) {
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            String name = element.getAttributes().item(i).getNodeName();
            assertThat(name.toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("on").doesNotContain("href");
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                assertNoEventHandlers(child);
            }
        }
    }
}
