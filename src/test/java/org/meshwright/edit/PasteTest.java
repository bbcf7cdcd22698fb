package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.edit.EditFixtures.applyAndCheck;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Ids;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;

class PasteTest {

    private final Mesh mesh = EditFixtures.sample();

    @Test
    void pastedNodesGetFreshIdsAndTheirLinksPointAtTheCopies() {
        var content = MeshClipboard.copy(mesh, List.of(ElementRef.node("erp"), ElementRef.node("orders")));
        Command paste = Edits.paste(mesh, content, 30, 30);

        applyAndCheck(mesh, paste);

        assertThat(paste.label()).isEqualTo("Paste 3 elements");
        assertThat(mesh.nodes()).extracting(MeshNode::id).endsWith("orders-2", "erp-2");
        assertThat(mesh.node("orders-2").domain()).as("stays in its domain").isEqualTo("shop");
        assertThat(mesh.links()).last().isEqualTo(Link.of("erp-2", "orders-2"));
        assertThat(mesh.diagram().position("orders-2")).isEqualTo(new Point(50, 50));
        assertThat(mesh.diagram().position("erp-2")).isEqualTo(new Point(350, 170));
        assertThat(paste.createdElements()).containsExactly(ElementRef.node("orders-2"), ElementRef.node("erp-2"),
                ElementRef.link("erp-2->orders-2"));
    }

    @Test
    void pastingAgainCountsOn() {
        var content = MeshClipboard.copy(mesh, List.of(ElementRef.node("orders")));
        applyAndCheck(mesh, Edits.paste(mesh, content, 10, 0));

        applyAndCheck(mesh, Edits.paste(mesh, content, 20, 0));
        applyAndCheck(mesh, Edits.paste(mesh, MeshClipboard.copy(mesh, List.of(ElementRef.node("orders-3"))), 0, 0));

        assertThat(mesh.nodes()).extracting(MeshNode::id).endsWith("orders-2", "orders-3", "orders-4");
    }

    @Test
    void aPastedDomainBringsItsNodesAndTheyPointAtTheCopies() {
        var content = MeshClipboard.copy(mesh, List.of(ElementRef.domain("sales"), ElementRef.node("lakehouse")));
        Command paste = Edits.paste(mesh, content, 0, 300);

        applyAndCheck(mesh, paste);

        assertThat(mesh.domains()).last().isEqualTo(new Domain("sales-2").withPlatform("lakehouse-2"));
        assertThat(mesh.node("customers-2").domain()).isEqualTo("sales-2");
        assertThat(mesh.node("erp-2").domain()).isEqualTo("sales-2");
        assertThat(mesh.diagram().bounds("sales-2")).isEqualTo(new Bounds(300, 300, 200, 250));
    }

    @Test
    void viaOutsideTheCopyStaysAsItWas() {
        var content = MeshClipboard.copy(mesh, List.of(ElementRef.node("customers"), ElementRef.node("bi")));

        applyAndCheck(mesh, Edits.paste(mesh, content, 0, 0));

        assertThat(mesh.link("customers-2->bi-2").via()).containsExactly("hub", "anon");
    }

    @Test
    void longIdsStayValid() {
        String longId = "p" + "x".repeat(61) + "a";
        mesh.addNode(MeshNode.builder(longId, NodeKind.DATA_PRODUCT).build());
        var content = MeshClipboard.copy(mesh, List.of(ElementRef.node(longId)));

        Command first = Edits.paste(mesh, content, 0, 0);
        applyAndCheck(mesh, first);
        applyAndCheck(mesh, Edits.paste(mesh, content, 0, 0));

        String copy = first.createdElements().get(0).id();
        assertThat(copy).hasSize(63).endsWith("-2").matches(Ids.PATTERN);
        assertThat(mesh.nodes()).extracting(MeshNode::id).allMatch(Ids::isValid).doesNotHaveDuplicates();
    }

    @Test
    void aLinkBetweenElementsThatWereNotCopiedGetsAnIdOfItsOwn() {
        var content = new MeshClipboard.Content(List.of(), List.of(),
                List.of(Link.of("erp", "orders"), Link.builder("orders", "bi").id("orders-bi-api").build()),
                Map.of(), Map.of());

        applyAndCheck(mesh, Edits.paste(mesh, content, 0, 0));

        assertThat(mesh.links()).extracting(Link::effectiveId).endsWith("erp-to-orders", "orders-bi-api-2");
    }

    @Test
    void pastingNothingIsANoOp() {
        assertThat(Edits.paste(mesh, MeshClipboard.Content.EMPTY, 10, 10).isNoOp()).isTrue();
    }

    @Test
    void copyBringsTheNodesOfSelectedDomainsAndLinksWhoseEndsAreBothCopied() {
        var content = MeshClipboard.copy(mesh, List.of(ElementRef.domain("sales"), ElementRef.node("orders"),
                ElementRef.link("customers->bi")));

        assertThat(content.domains()).extracting(Domain::id).containsExactly("sales");
        assertThat(content.nodes()).extracting(MeshNode::id).containsExactly("orders", "customers", "erp");
        assertThat(content.links()).extracting(Link::effectiveId)
                .as("customers->bi is selected but bi is not copied")
                .containsExactly("erp->orders", "orders->customers");
        assertThat(content.positions()).containsOnlyKeys("orders", "customers", "erp");
        assertThat(content.bounds()).containsOnlyKeys("sales");
    }

    @Test
    void copiedContentIsDetachedFromTheMesh() {
        var content = MeshClipboard.copy(mesh, List.of(ElementRef.node("orders")));

        mesh.diagram().setPosition("orders", new Point(0, 0));

        assertThat(content.positions()).containsEntry("orders", new Point(20, 20));
        assertThat(content.size()).isEqualTo(1);
    }
}
