package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshwright.edit.EditFixtures.applyAndCheck;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;

class DeleteTest {

    private final Mesh mesh = EditFixtures.sample();

    @Test
    void deletingANodeTakesItsLinksAndPositionAlong() {
        Command delete = Edits.delete(mesh, List.of(ElementRef.node("orders")));

        Mesh before = applyAndCheck(mesh, delete);

        assertThat(delete.label()).isEqualTo("Delete data product");
        assertThat(mesh.node("orders")).isNull();
        assertThat(mesh.links()).extracting(Link::effectiveId).containsExactly("customers->bi");
        assertThat(mesh.diagram().position("orders")).isNull();
        delete.revert(mesh);
        assertThat(mesh.nodes()).isEqualTo(before.nodes());
        assertThat(mesh.links()).isEqualTo(before.links());
        assertThat(mesh.diagram().position("orders")).isEqualTo(new Point(20, 20));
    }

    @Test
    void deletingAHubTakesItOutOfTheViaOfOtherLinks() {
        applyAndCheck(mesh, Edits.delete(mesh, List.of(ElementRef.node("hub"))));

        assertThat(mesh.links()).hasSize(5);
        assertThat(mesh.link("orders->customers").via()).isEmpty();
        assertThat(mesh.link("customers->bi").via()).containsExactly("anon");
    }

    @Test
    void deletingADomainLeavesItsNodesWithoutADomain() {
        Command delete = Edits.delete(mesh, List.of(ElementRef.domain("sales")));

        applyAndCheck(mesh, delete);

        assertThat(delete.label()).isEqualTo("Delete domain");
        assertThat(mesh.domains()).extracting(Domain::id).containsExactly("shop", "finance");
        assertThat(mesh.node("customers").domain()).isNull();
        assertThat(mesh.node("erp").domain()).isNull();
        assertThat(mesh.nodes()).hasSize(8);
        assertThat(mesh.diagram().bounds("sales")).isNull();
        assertThat(mesh.diagram().position("customers")).isEqualTo(new Point(320, 20));
    }

    @Test
    void deletingAPlatformLeavesTheDomainsOnItWithoutOne() {
        applyAndCheck(mesh, Edits.delete(mesh, List.of(ElementRef.node("lakehouse"))));

        assertThat(mesh.domain("sales").platform()).isNull();
    }

    @Test
    void undoPutsEveryElementBackAtItsIndex() {
        Command delete = Edits.delete(mesh, List.of(ElementRef.node("customers"), ElementRef.node("hub"),
                ElementRef.domain("shop"), ElementRef.domain("finance"), ElementRef.link("orders->bi")));

        Mesh before = applyAndCheck(mesh, delete);
        delete.revert(mesh);

        assertThat(mesh.domains()).isEqualTo(before.domains());
        assertThat(mesh.nodes()).isEqualTo(before.nodes());
        assertThat(mesh.links()).isEqualTo(before.links());
        assertThat(mesh.diagram().positions()).isEqualTo(before.diagram().positions());
        assertThat(mesh.diagram().bounds()).isEqualTo(before.diagram().bounds());
    }

    @Test
    void severalElementsAreCountedInTheLabel() {
        Command delete = Edits.delete(mesh, List.of(ElementRef.node("orders"), ElementRef.link("erp->orders"),
                ElementRef.domain("shop")));

        assertThat(delete.label()).isEqualTo("Delete 3 elements");
        assertThat(Edits.delete(mesh, List.of(ElementRef.link("erp->orders"))).label()).isEqualTo("Delete link");
    }

    @Test
    void deletingAPortClearsTheFromPortOfTheLinksThatReadIt() {
        Command delete = Edits.delete(mesh, List.of(ElementRef.port("orders", "table")));

        applyAndCheck(mesh, delete);

        assertThat(delete.label()).isEqualTo("Delete output port");
        assertThat(mesh.node("orders").outputPorts()).isEmpty();
        assertThat(mesh.link("orders-bi-api").fromPort()).isNull();
    }

    @Test
    void staleLayoutEntriesCanBeDeleted() {
        applyAndCheck(mesh, Edits.delete(mesh, List.of(ElementRef.layoutNode("ghost"), ElementRef.layoutDomain("old"))));

        assertThat(mesh.diagram().positions()).doesNotContainKey("ghost");
        assertThat(mesh.diagram().bounds()).doesNotContainKey("old");
    }

    @Test
    void elementsThatAreNotThereAreIgnored() {
        Command delete = Edits.delete(mesh, List.of(ElementRef.node("nope"), ElementRef.link("a->b")));

        assertThat(delete.isNoOp()).isTrue();
        assertThat(Edits.delete(mesh, List.of()).isNoOp()).isTrue();
    }

    @Test
    void theMeshItselfCannotBeDeleted() {
        assertThatThrownBy(() -> Edits.delete(mesh, List.of(ElementRef.MESH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingEverythingAndUndoingRestoresTheMesh() {
        List<ElementRef> all = new java.util.ArrayList<>();
        mesh.domains().forEach(d -> all.add(ElementRef.domain(d.id())));
        mesh.nodes().stream().map(MeshNode::id).forEach(id -> all.add(ElementRef.node(id)));
        mesh.links().forEach(l -> all.add(ElementRef.link(l.effectiveId())));

        applyAndCheck(mesh, Edits.delete(mesh, all));

        assertThat(mesh.domains()).isEmpty();
        assertThat(mesh.nodes()).isEmpty();
        assertThat(mesh.links()).isEmpty();
        assertThat(mesh.diagram().positions()).containsOnlyKeys("ghost");
        assertThat(mesh.diagram().bounds()).containsOnlyKeys("old");
    }
}
