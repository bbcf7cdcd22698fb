package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshwright.edit.EditFixtures.applyAndCheck;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Bounds;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

class RenameIdTest {

    private final Mesh mesh = EditFixtures.sample();

    @Test
    void renamingANodeRepointsLinksAndMovesItsPosition() {
        Command rename = Edits.renameId(mesh, "orders", "web-orders");

        applyAndCheck(mesh, rename);

        assertThat(rename.label()).isEqualTo("Rename data product");
        assertThat(mesh.nodes().get(1).id()).isEqualTo("web-orders");
        assertThat(mesh.links()).extracting(Link::effectiveId).containsExactly(
                "erp->web-orders", "web-orders->customers", "customers->bi", "web-orders->bi", "orders-bi-api");
        assertThat(mesh.link("orders-bi-api").from()).isEqualTo("web-orders");
        assertThat(mesh.diagram().position("web-orders")).isEqualTo(new Point(20, 20));
        assertThat(mesh.diagram().position("orders")).isNull();
    }

    @Test
    void renamingAHubRepointsVia() {
        applyAndCheck(mesh, Edits.renameId(mesh, "hub", "central-hub"));

        assertThat(mesh.link("orders->customers").via()).containsExactly("central-hub");
        assertThat(mesh.link("customers->bi").via()).containsExactly("central-hub", "anon");
        assertThat(mesh.diagram().position("central-hub")).isEqualTo(new Point(200, 300));
    }

    @Test
    void renamingAPlatformRepointsTheDomainsOnIt() {
        applyAndCheck(mesh, Edits.renameId(mesh, "lakehouse", "lake"));

        assertThat(mesh.domain("sales").platform()).isEqualTo("lake");
    }

    @Test
    void renamingADomainRepointsItsNodesAndMovesItsBounds() {
        Command rename = Edits.renameId(mesh, "sales", "crm");

        applyAndCheck(mesh, rename);

        assertThat(rename.label()).isEqualTo("Rename domain");
        assertThat(mesh.domains().get(1).id()).isEqualTo("crm");
        assertThat(mesh.domain("crm").platform()).isEqualTo("lakehouse");
        assertThat(mesh.node("customers").domain()).isEqualTo("crm");
        assertThat(mesh.node("erp").domain()).isEqualTo("crm");
        assertThat(mesh.diagram().bounds("crm")).isEqualTo(new Bounds(300, 0, 200, 250));
        assertThat(mesh.diagram().bounds("sales")).isNull();
    }

    @Test
    void theRenamedElementKeepsExactlyItsGeometryOverAStaleEntry() {
        mesh.diagram().setPosition("anon-2", new Point(7, 7));

        applyAndCheck(mesh, Edits.renameId(mesh, "orders", "ghost"));
        applyAndCheck(mesh, Edits.renameId(mesh, "anon", "anon-2"));

        assertThat(mesh.diagram().position("ghost")).isEqualTo(new Point(20, 20));
        assertThat(mesh.diagram().position("anon-2")).as("anon had no position").isNull();
    }

    @Test
    void renamingToTheSameIdIsANoOp() {
        assertThat(Edits.renameId(mesh, "orders", "orders").isNoOp()).isTrue();
    }

    @Test
    void anInvalidOrTakenIdIsRefusedWithAMessageForTheUser() {
        assertThatThrownBy(() -> Edits.renameId(mesh, "orders", "Web Orders"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'Web Orders' is not a valid id: use 1 to 63 lower-case letters");
        assertThatThrownBy(() -> Edits.renameId(mesh, "orders", "a".repeat(64)))
                .hasMessageContaining("is not a valid id");
        assertThatThrownBy(() -> Edits.renameId(mesh, "orders", "sales"))
                .hasMessage("The id 'sales' is already used by the domain 'sales'");
        assertThatThrownBy(() -> Edits.renameId(mesh, "nope", "other"))
                .hasMessage("There is no domain or node 'nope'");
    }

    @Test
    void aRenameThatWouldGiveTwoLinksOneIdIsRefused() {
        Mesh m = new Mesh("m", Topology.FEDERATED);
        m.addNode(MeshNode.builder("a", NodeKind.DATA_PRODUCT).build());
        m.addNode(MeshNode.builder("b", NodeKind.DATA_PRODUCT).build());
        m.addLink(Link.of("a", "b"));
        m.addLink(Link.of("x", "b")); // from an element that does not exist

        assertThatThrownBy(() -> Edits.renameId(m, "a", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Renaming 'a' to 'x' would give two links the id 'x->b'");
    }

    @Test
    void aSelfLinkFollowsAtBothEnds() {
        Mesh m = new Mesh("m", Topology.FEDERATED);
        m.addNode(MeshNode.builder("a", NodeKind.DATA_PRODUCT).build());
        m.addLink(Link.builder("a", "a").via(List.of("a")).build());

        applyAndCheck(m, Edits.renameId(m, "a", "z"));

        assertThat(m.links()).containsExactly(Link.builder("z", "z").via(List.of("z")).build());
    }
}
