package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Policies;
import org.meshwright.model.PolicySeverity;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;
import org.meshwright.model.Topology;

class MeshWriterTest {

    private final MeshWriter writer = new MeshWriter();
    private final MeshReader reader = new MeshReader();

    private static Mesh sample() {
        Mesh mesh = new Mesh("shop-mesh", Topology.GOVERNED);
        mesh.addDomain(new Domain("shop", "Shop", "shop-team", null, null, Map.of()));
        mesh.addNode(MeshNode.builder("orders", NodeKind.DATA_PRODUCT).domain("shop")
                .archetype(Archetype.SOURCE_ALIGNED).pii(true).tags(List.of("orders", "no"))
                .addPort(new Port("main", "table", "parquet", "orders-v1", Map.of()))
                .slo(new Slo(99.5, "PT1H", Map.of())).build());
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).name("Hub").build());
        mesh.addNode(MeshNode.builder("bi", NodeKind.CONSUMER).build());
        mesh.addLink(Link.builder("orders", "bi").via(List.of("hub")).accessMode(AccessMode.STREAM).build());
        mesh.setPolicies(new Policies(Map.of("unused-product", PolicySeverity.OFF), Map.of()));
        mesh.diagram().setPosition("orders", new Point(40, 60));
        mesh.diagram().setPosition("bi", new Point(400.5, 60));
        mesh.diagram().setBounds("shop", new Bounds(0, 0, 300, 200));
        return mesh;
    }

    @Test
    void writesTheCanonicalForm() {
        assertThat(writer.write(sample())).isEqualTo("""
                apiVersion: meshwright/v1
                kind: Mesh
                metadata:
                  name: shop-mesh
                spec:
                  topology: governed
                  domains:
                    - id: shop
                      name: Shop
                      owner: shop-team
                  nodes:
                    - id: orders
                      kind: data-product
                      domain: shop
                      archetype: source-aligned
                      pii: true
                      tags: [orders, "no"]
                      outputPorts:
                        - id: main
                          type: table
                          format: parquet
                          contract: orders-v1
                      slo:
                        availability: 99.5
                        freshness: PT1H
                    - id: hub
                      kind: hub
                      name: Hub
                    - id: bi
                      kind: consumer
                  links:
                    - from: orders
                      to: bi
                      via: [hub]
                      accessMode: stream
                  policies:
                    severities:
                      unused-product: "off"
                layout:
                  nodes:
                    orders: {x: 40, y: 60}
                    bi: {x: 400.5, y: 60}
                  domains:
                    shop: {x: 0, y: 0, width: 300, height: 200}
                """);
    }

    @Test
    void movingOneNodeChangesOneLine() {
        Mesh mesh = sample();
        String before = writer.write(mesh);
        mesh.diagram().setPosition("orders", new Point(48, 60));
        String after = writer.write(mesh);
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        assertThat(b).hasSameSizeAs(a);
        long changed = java.util.stream.IntStream.range(0, a.size()).filter(i -> !a.get(i).equals(b.get(i))).count();
        assertThat(changed).isEqualTo(1);
        assertThat(after).contains("    orders: {x: 48, y: 60}\n");
    }

    @Test
    void quotesStringsThatOtherYamlReadersWouldTakeForSomethingElse() {
        for (String s : List.of("no", "off", "Yes", "~", "null", "123", "0x1F", "1e3", "1.2.3", ".inf", "2024-01-01",
                "12:30", "-dash", "a: b", "a #b", "[x]", "", " lead", "trail ", "@at", "*star", "---")) {
            assertThat(YamlEmitter.isSafePlain(s, false)).as(s).isFalse();
        }
        for (String s : List.of("orders", "shop.page-navigation", "E-Shop, governed mesh", "Café ☕", "v1", "a:b",
                "a#b", "PT15M", "O'Brien")) {
            assertThat(YamlEmitter.isSafePlain(s, false)).as(s).isTrue();
        }
        assertThat(YamlEmitter.isSafePlain("a, b", true)).isFalse();
    }

    @Test
    void hostileTextSurvivesTheRoundTrip() throws Exception {
        Mesh mesh = new Mesh("m", Topology.HARMONIZED);
        List<String> texts = List.of("<script>alert(1)</script>", "a: b # c", "\"quoted\" & 'single'", "line\nbreak",
                "tab\there", "trailing newline\n", "two\n\n", "\u0007bell", "\u202Eright-to-left \u05E9\u05DC\u05D5\u05DD",
                "emoji 🦄", "]]> -->", "ends with space ", "crlf\r\nline");
        for (int i = 0; i < texts.size(); i++) {
            mesh.addDomain(new Domain("d" + i, texts.get(i), null, texts.get(i), null, Map.of()));
        }
        String yaml = writer.write(mesh);
        Mesh back = reader.read(yaml, "m").mesh();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(back.domain("d" + i).name()).isEqualTo(texts.get(i));
            assertThat(back.domain("d" + i).description()).isEqualTo(texts.get(i));
        }
        assertThat(writer.write(back)).isEqualTo(yaml);
    }

    @Test
    void bidirectionalControlsAreWrittenAsEscapesSoThatADiffShowsThem() throws Exception {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        String trojan = "access \u202Eresu\u2066 admin\u2069\u202C granted \u200F";
        mesh.addDomain(new Domain("d", trojan, null, "line one\nline \u202Etwo\n", null, Map.of()));

        String yaml = writer.write(mesh);

        assertThat(yaml).contains("name: \"access \\u202Eresu\\u2066 admin\\u2069\\u202C granted \\u200F\"")
                .contains("description: \"line one\\nline \\u202Etwo\\n\"")
                .doesNotContain("\u202E", "\u2066", "\u200F");
        assertThat(reader.read(yaml, "m").mesh().contentEquals(mesh)).isTrue();
    }

    @Test
    void multiLineTextIsWrittenAsALiteralBlock() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("d", null, null, "First line\nSecond line\n", null, Map.of()));
        assertThat(writer.write(mesh)).contains("""
                      description: |
                        First line
                        Second line
                """);
    }

    @Test
    void extensionsComeAfterTheKnownKeysInTheirOrder() throws Exception {
        String yaml = """
                apiVersion: meshwright/v1
                kind: Mesh
                x-top: 1
                metadata:
                  x-b: [1, 2.5, true, null, text, {k: v}, [a, b]]
                  name: m
                  x-a: {nested: {deep: "yes"}}
                spec:
                  topology: governed
                """;
        String written = writer.write(reader.read(yaml, "m").mesh());
        assertThat(written).isEqualTo("""
                apiVersion: meshwright/v1
                kind: Mesh
                metadata:
                  name: m
                  x-b:
                    - 1
                    - 2.5
                    - true
                    - null
                    - text
                    - k: v
                    - - a
                      - b
                  x-a:
                    nested:
                      deep: "yes"
                spec:
                  topology: governed
                x-top: 1
                """);
        assertThat(writer.write(reader.read(written, "m").mesh())).isEqualTo(written);
    }

    @Test
    void layoutOfElementsThatDoNotExistIsDropped() throws Exception {
        Mesh mesh = sample();
        mesh.diagram().setPosition("ghost", new Point(1, 1));
        mesh.diagram().setBounds("nowhere", new Bounds(1, 1, 1, 1));
        assertThat(writer.write(mesh)).doesNotContain("ghost").doesNotContain("nowhere");
    }

    @Test
    void saveWritesUtf8WithoutBomAndFinalNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.mesh.yaml");
        writer.save(sample(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'a');
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r");
        assertThat(Files.list(dir)).containsExactly(file);
    }
}
