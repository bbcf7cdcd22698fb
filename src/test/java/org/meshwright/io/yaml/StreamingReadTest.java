package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Port;
import org.meshwright.model.Topology;

/**
 * The reader builds the mesh while the fast parser streams the large sections; it must give
 * exactly what reading SnakeYAML's whole tree gives: the same mesh and positions, and for a
 * file with errors the same errors.
 */
class StreamingReadTest {

    /** The mesh as read from SnakeYAML's whole tree, the way every file was read before. */
    static MeshDocument viaSnakeYaml(String text, String name) throws MeshReadException {
        YamlSource source = new YamlSource(name);
        return MeshReader.fromTree(source, source.composeWithSnakeYaml(text), name);
    }

    /** Every position the reader records for the mesh's elements, as text. */
    static List<String> positions(MeshDocument document) {
        Mesh mesh = document.mesh();
        List<ElementRef> refs = new ArrayList<>(List.of(ElementRef.MESH));
        mesh.domains().stream().map(Domain::id).forEach(id -> {
            refs.add(ElementRef.domain(id));
            refs.add(ElementRef.layoutDomain(id));
        });
        for (MeshNode node : mesh.nodes()) {
            refs.add(ElementRef.node(node.id()));
            refs.add(ElementRef.layoutNode(node.id()));
            node.outputPorts().stream().map(Port::id).forEach(port -> refs.add(ElementRef.port(node.id(), port)));
        }
        mesh.links().stream().map(Link::effectiveId).map(ElementRef::link).forEach(refs::add);
        return refs.stream().map(ref -> ref + " " + document.sourceMap().positionOf(ref)).toList();
    }

    static void assertReadsAsFromTheWholeTree(String text) throws MeshReadException {
        MeshDocument streamed = new MeshReader().read(text, "test.mesh.yaml");
        MeshDocument whole = viaSnakeYaml(text, "test.mesh.yaml");
        assertThat(streamed.mesh().contentEquals(whole.mesh())).as(text).isTrue();
        assertThat(positions(streamed)).isEqualTo(positions(whole));
        assertThat(streamed.sourceMap().size()).isEqualTo(whole.sourceMap().size());
    }

    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of("samples")).filter(p -> p.toString().endsWith(".mesh.yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesReadAsFromTheWholeTree(Path sample) throws Exception {
        String text = Files.readString(sample);
        assertThat(BlockYamlParserTest.fast(text)).as("the fast parser reads %s", sample).isNotNull();
        assertReadsAsFromTheWholeTree(text);
    }

    @Test
    void generatedMeshesReadAsFromTheWholeTree() throws Exception {
        for (Topology topology : Topology.values()) {
            Mesh mesh = MeshGenerator.builder().nodes(400).seed(7).topology(topology).productCycles(2).build().generate();
            String text = new MeshWriter().write(mesh);
            assertThat(BlockYamlParserTest.fast(text)).as("the fast parser reads the writer's output").isNotNull();
            assertReadsAsFromTheWholeTree(text);
        }
    }

    @Test
    void byteOrderMarksAndUtf16ReadAsFromTheWholeTree() throws Exception {
        Mesh mesh = MeshGenerator.builder().nodes(60).seed(3).build().generate();
        mesh.addNode(MeshNode.builder("x.cafe", org.meshwright.model.NodeKind.CONSUMER).name("Café – 中文").build());
        String text = new MeshWriter().write(mesh);
        MeshDocument whole = viaSnakeYaml(text, "test.mesh.yaml");
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16LE)) {
            byte[] bytes = ("\uFEFF" + text).getBytes(charset);
            MeshDocument read = new MeshReader().read(bytes, "test.mesh.yaml");
            assertThat(read.mesh().contentEquals(whole.mesh())).as(charset.name()).isTrue();
            assertThat(positions(read)).isEqualTo(positions(whole));
        }
    }

    @Test
    void aLoneSurrogateInTextIsReportedAsBefore() {
        assertSameErrors("apiVersion: meshwright/v1\nkind: Mesh\nmetadata:\n  name: m\n  title: a\uD83Eb\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a node given the id of a domain listed after it
        "spec:\n  topology: governed\n  nodes:\n    - id: x\n      kind: consumer\n  domains:\n    - id: x\n",
        // the large sections in the wrong shape
        "spec:\n  topology: governed\n  nodes:\n    a: 1\n  links:\n    b: 2\nlayout:\n  nodes:\n    - x\n",
        // a duplicate key and a merge key in the layout
        "spec:\n  topology: governed\nlayout:\n  nodes:\n    a: {x: 1, y: 2}\n    a: {x: 3, y: 4}\n    <<: {b: 1}\n",
        // two nodes lists
        "spec:\n  topology: governed\n  nodes:\n    - id: a\n      kind: hub\n  nodes:\n    - id: b\n      kind: hub\n",
        // no metadata, no apiVersion
        "spec:\n  topology: star\n  domains:\n    - id: D\n",
    })
    void filesWithErrorsReportWhatTheWholeTreeReports(String body) {
        String text = body.startsWith("spec") && !body.contains("star")
                ? "apiVersion: meshwright/v1\nkind: Mesh\nmetadata:\n  name: m\n" + body : body;
        assertSameErrors(text);
    }

    @Test
    void aFileWithMoreThanTheMostErrorsReportsTheSameFirstOnes() {
        StringBuilder text = new StringBuilder("apiVersion: meshwright/v1\nkind: Mesh\nmetadata:\n  name: m\nspec:\n"
                + "  topology: governed\n  nodes:\n");
        for (int i = 0; i < 80; i++) {
            text.append("    - id: n").append(i).append("\n      kind: nonsense\n");
        }
        text.append("  domains:\n");
        for (int i = 0; i < 80; i++) {
            text.append("    - id: n").append(i).append('\n');
        }
        assertSameErrors(text.toString());
    }

    private static void assertSameErrors(String text) {
        MeshReadException streamed = catchThrowableOfType(MeshReadException.class,
                () -> new MeshReader().read(text, "test.mesh.yaml"));
        MeshReadException whole = catchThrowableOfType(MeshReadException.class,
                () -> viaSnakeYaml(text, "test.mesh.yaml"));
        assertThat(whole).as("the whole tree has errors").isNotNull();
        assertThat(streamed).as("the reader reports errors").isNotNull();
        assertThat(streamed.errors()).isEqualTo(whole.errors());
    }
}
