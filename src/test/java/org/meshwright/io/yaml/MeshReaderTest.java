package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Bounds;
import org.meshwright.model.Classification;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Point;
import org.meshwright.model.PolicySeverity;
import org.meshwright.model.Topology;

class MeshReaderTest {

    private static final String MESH = """
            apiVersion: meshwright/v1
            kind: Mesh
            metadata:
              name: eshop
              title: E-Shop
              owner: guild
              x-review: {by: anna}
            spec:
              topology: harmonized
              domains:
                - id: "123"
                  name: no
                  owner: team-a
                  platform: plat
              nodes:
                - id: orders
                  kind: data-product
                  domain: "123"
                  archetype: aggregate
                  status: deprecated
                  classification: confidential
                  pii: true
                  deidentified: true
                  tags: [orders, "yes"]
                  version: 1.2.0
                  outputPorts:
                    - {id: main, type: table, format: parquet, contract: orders-v1}
                  slo: {availability: 99.9, freshness: PT15M, x-window: business-hours}
                  x-team-channel: "#orders"
                - id: plat
                  kind: platform
              links:
                - from: orders
                  to: ghost
                  via: [hub-1]
                  accessMode: api
                  anonymized: true
                  purpose: reporting
              policies:
                severities:
                  unused-product: off
                  contract-required: warning
            layout:
              nodes:
                orders: {x: 120, y: 80.5}
                nobody: {x: 1, y: 2}
              domains:
                "123": {x: 0, y: 0, width: 420, height: 300}
            """;

    private final MeshReader reader = new MeshReader();

    @Test
    void readsEveryFieldWithScalarsAsWritten() throws Exception {
        Mesh mesh = reader.read(MESH, "eshop.mesh.yaml").mesh();
        assertThat(mesh.metadata().name()).isEqualTo("eshop");
        assertThat(mesh.metadata().extensions()).containsEntry("x-review", Map.of("by", "anna"));
        assertThat(mesh.topology()).isEqualTo(Topology.HARMONIZED);
        assertThat(mesh.domain("123").name()).isEqualTo("no");
        assertThat(mesh.domain("123").platform()).isEqualTo("plat");

        MeshNode orders = mesh.node("orders");
        assertThat(orders.kind()).isEqualTo(NodeKind.DATA_PRODUCT);
        assertThat(orders.archetype()).isEqualTo(Archetype.AGGREGATE);
        assertThat(orders.status()).isEqualTo(NodeStatus.DEPRECATED);
        assertThat(orders.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(orders.pii()).isTrue();
        assertThat(orders.deidentified()).isTrue();
        assertThat(orders.tags()).containsExactly("orders", "yes");
        assertThat(orders.version()).isEqualTo("1.2.0");
        assertThat(orders.port("main").contract()).isEqualTo("orders-v1");
        assertThat(orders.slo().availability()).isEqualTo(99.9);
        assertThat(orders.slo().freshness()).isEqualTo("PT15M");
        assertThat(orders.slo().extensions()).containsEntry("x-window", "business-hours");
        assertThat(orders.extensions()).containsEntry("x-team-channel", "#orders");

        Link link = mesh.links().get(0);
        assertThat(link.effectiveId()).isEqualTo("orders->ghost");
        assertThat(link.via()).containsExactly("hub-1");
        assertThat(link.accessMode()).isEqualTo(AccessMode.API);
        assertThat(link.anonymized()).isTrue();

        assertThat(mesh.policies().severities())
                .containsExactly(Map.entry("unused-product", PolicySeverity.OFF),
                        Map.entry("contract-required", PolicySeverity.WARNING));
        assertThat(mesh.diagram().position("orders")).isEqualTo(new Point(120, 80.5));
        assertThat(mesh.diagram().bounds("123")).isEqualTo(new Bounds(0, 0, 420, 300));
    }

    @Test
    void danglingReferencesAndLayoutKeysLoad() throws Exception {
        Mesh mesh = reader.read(MESH, "eshop.mesh.yaml").mesh();
        assertThat(mesh.node("ghost")).isNull();
        assertThat(mesh.links()).hasSize(1);
        assertThat(mesh.diagram().position("nobody")).isEqualTo(new Point(1, 2));
    }

    @Test
    void keepsTheLineOfEveryElementsDefinition() throws Exception {
        var doc = reader.read(MESH, "eshop.mesh.yaml");
        assertThat(doc.sourceMap().lineOf(ElementRef.MESH)).isEqualTo(9);
        assertThat(doc.sourceMap().lineOf(ElementRef.domain("123"))).isEqualTo(11);
        assertThat(doc.sourceMap().lineOf(ElementRef.node("orders"))).isEqualTo(16);
        assertThat(doc.sourceMap().lineOf(ElementRef.port("orders", "main"))).isEqualTo(27);
        assertThat(doc.sourceMap().lineOf(ElementRef.node("plat"))).isEqualTo(30);
        assertThat(doc.sourceMap().lineOf(ElementRef.link("orders->ghost"))).isEqualTo(33);
        assertThat(doc.sourceMap().lineOf(ElementRef.layoutNode("nobody"))).isEqualTo(46);
        assertThat(doc.sourceMap().lineOf(ElementRef.layoutDomain("123"))).isEqualTo(48);
    }

    @Test
    void mergeKeysApplyAndExplicitKeysWin() throws Exception {
        Mesh mesh = reader.read("""
                apiVersion: meshwright/v1
                kind: Mesh
                metadata: {name: m}
                spec:
                  topology: federated
                  x-defaults: &defaults {kind: consumer, owner: bi-team, status: proposed}
                  nodes:
                    - <<: *defaults
                      id: a
                    - <<: *defaults
                      id: b
                      owner: other
                """, "m").mesh();
        assertThat(mesh.node("a").owner()).isEqualTo("bi-team");
        assertThat(mesh.node("a").status()).isEqualTo(NodeStatus.PROPOSED);
        assertThat(mesh.node("b").owner()).isEqualTo("other");
        assertThat(mesh.node("b").kind()).isEqualTo(NodeKind.CONSUMER);
    }

    @Test
    void acceptsByteOrderMarksAndUtf16() throws Exception {
        String text = MESH.replace("E-Shop", "Café ☕");
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        for (byte[] bytes : List.of(utf8Bom, utf16le, utf16be)) {
            assertThat(reader.read(bytes, "f").mesh().metadata().title()).isEqualTo("Café ☕");
        }
    }

    @Test
    void emptyListsAndMissingSectionsAreEmpty() throws Exception {
        Mesh mesh = reader.read("""
                apiVersion: meshwright/v1
                kind: Mesh
                metadata: {name: m}
                spec:
                  topology: governed
                  domains: []
                  links:
                """, "m").mesh();
        assertThat(mesh.domains()).isEmpty();
        assertThat(mesh.nodes()).isEmpty();
        assertThat(mesh.links()).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
