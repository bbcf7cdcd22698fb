package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshwright.edit.EditFixtures.applyAndCheck;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Point;

class AddAndReplaceTest {

    private final Mesh mesh = EditFixtures.sample();

    @Test
    void addedDomainGoesLastWithItsBounds() {
        Bounds bounds = new Bounds(10, 10, 100, 80);
        Command add = Edits.addDomain(mesh, new Domain("marketing"), bounds);

        applyAndCheck(mesh, add);

        assertThat(add.label()).isEqualTo("Add domain");
        assertThat(mesh.domains()).last().isEqualTo(new Domain("marketing"));
        assertThat(mesh.diagram().bounds("marketing")).isEqualTo(bounds);
        assertThat(add.createdElements()).containsExactly(ElementRef.domain("marketing"));
    }

    @Test
    void addedDomainDoesNotInheritAStaleBoundsEntryAndUndoBringsItBack() {
        Mesh before = mesh.copy();
        Command add = Edits.addDomain(mesh, new Domain("old"), null);

        add.apply(mesh);
        assertThat(mesh.diagram().bounds("old")).isNull();
        add.revert(mesh);

        assertThat(mesh.diagram().bounds("old")).isEqualTo(new Bounds(1, 1, 1, 1));
        assertThat(mesh.contentEquals(before)).isTrue();
    }

    @Test
    void addedNodeIsLabelledByItsKind() {
        Command product = Edits.addNode(mesh, MeshNode.builder("invoices", NodeKind.DATA_PRODUCT).build(),
                new Point(5, 6));
        Command governance = Edits.addNode(mesh, MeshNode.builder("catalog", NodeKind.GOVERNANCE).build(), null);

        applyAndCheck(mesh, product);

        assertThat(product.label()).isEqualTo("Add data product");
        assertThat(governance.label()).isEqualTo("Add governance service");
        assertThat(mesh.nodes()).last().extracting(MeshNode::id).isEqualTo("invoices");
        assertThat(mesh.diagram().position("invoices")).isEqualTo(new Point(5, 6));
    }

    @Test
    void addingATakenIdIsRefusedWithTheElementThatHasIt() {
        assertThatThrownBy(() -> Edits.addNode(mesh, MeshNode.builder("shop", NodeKind.CONSUMER).build(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The id 'shop' is already used by the domain 'shop'");
        assertThatThrownBy(() -> Edits.addDomain(mesh, new Domain("orders"), null))
                .hasMessage("The id 'orders' is already used by the data product 'orders'");
    }

    @Test
    void addedLinkGoesLast() {
        Command add = Edits.addLink(mesh, Link.of("customers", "orders"));

        applyAndCheck(mesh, add);

        assertThat(add.label()).isEqualTo("Add link");
        assertThat(mesh.links()).last().isEqualTo(Link.of("customers", "orders"));
        assertThat(add.createdElements()).containsExactly(ElementRef.link("customers->orders"));
    }

    @Test
    void aSecondLinkBetweenTheSamePairNeedsAnIdOfItsOwn() {
        assertThatThrownBy(() -> Edits.addLink(mesh, Link.builder("erp", "orders").accessMode(AccessMode.API).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already a link from 'erp' to 'orders'");
        assertThatThrownBy(() -> Edits.addLink(mesh, Link.builder("erp", "bi").id("orders-bi-api").build()))
                .hasMessage("The link id 'orders-bi-api' is already used");
    }

    @Test
    void replacingWithAnEqualValueIsANoOp() {
        assertThat(Edits.replaceDomain(mesh, "shop", mesh.domain("shop")).isNoOp()).isTrue();
        assertThat(Edits.replaceNode(mesh, "orders", mesh.node("orders").toBuilder().build()).isNoOp()).isTrue();
        assertThat(Edits.replaceLink(mesh, "erp->orders", Link.of("erp", "orders")).isNoOp()).isTrue();
        // a name equal to the id is the default: no change
        assertThat(Edits.replaceDomain(mesh, "finance", new Domain("finance").withName("finance")).isNoOp()).isTrue();
    }

    @Test
    void replacingADomainKeepsItsPlace() {
        Command change = Edits.replaceDomain(mesh, "sales", mesh.domain("sales").withOwner("sales-team"));

        applyAndCheck(mesh, change);

        assertThat(change.label()).isEqualTo("Change domain");
        assertThat(mesh.domains().get(1).owner()).isEqualTo("sales-team");
    }

    @Test
    void replacingTakesTheCallersLabel() {
        MeshNode retired = mesh.node("orders").toBuilder().status(NodeStatus.RETIRED).build();

        assertThat(Edits.replaceNode(mesh, "orders", retired).label()).isEqualTo("Change data product");
        assertThat(Edits.replaceNode(mesh, "orders", retired, "Change status").label()).isEqualTo("Change status");
        assertThat(Edits.replaceDomain(mesh, "shop", new Domain("shop"), "Change owner").label())
                .isEqualTo("Change owner");
        assertThat(Edits.replaceLink(mesh, "erp->orders", Link.of("erp", "orders"), "Change purpose").label())
                .isEqualTo("Change purpose");
    }

    @Test
    void replacingADomainWithAnotherIdRenamesEveryReference() {
        Domain renamed = mesh.domain("shop").withId("webshop").withOwner("web-team");
        Command change = Edits.replaceDomain(mesh, "shop", renamed);

        applyAndCheck(mesh, change);

        assertThat(mesh.domains().get(0)).isEqualTo(renamed);
        assertThat(mesh.node("orders").domain()).isEqualTo("webshop");
        assertThat(mesh.diagram().bounds("webshop")).isEqualTo(new Bounds(0, 0, 200, 200));
        assertThat(mesh.diagram().bounds("shop")).isNull();
    }

    @Test
    void replacingANodeWithAnotherIdRenamesEveryReference() {
        MeshNode renamed = mesh.node("erp").toBuilder().id("sap").name("SAP").build();

        applyAndCheck(mesh, Edits.replaceNode(mesh, "erp", renamed));

        assertThat(mesh.nodes().get(3)).isEqualTo(renamed);
        assertThat(mesh.links().get(0)).isEqualTo(Link.of("sap", "orders"));
        assertThat(mesh.diagram().position("sap")).isEqualTo(new Point(320, 140));
    }

    @Test
    void replacingALinkMayChangeItsEnds() {
        Command change = Edits.replaceLink(mesh, "orders->bi", Link.of("customers", "orders"));

        applyAndCheck(mesh, change);

        assertThat(mesh.links().get(3)).isEqualTo(Link.of("customers", "orders"));
        assertThat(mesh.link("orders->bi")).isNull();
    }

    @Test
    void replacingALinkWithTheIdOfAnotherIsRefused() {
        assertThatThrownBy(() -> Edits.replaceLink(mesh, "orders->bi", Link.of("erp", "orders")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is already a link from 'erp' to 'orders'");
    }

    @Test
    void replacingAnElementThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> Edits.replaceDomain(mesh, "nope", new Domain("nope")))
                .hasMessage("There is no domain 'nope'");
        assertThatThrownBy(() -> Edits.replaceNode(mesh, "nope", MeshNode.builder("nope", NodeKind.HUB).build()))
                .hasMessage("There is no node 'nope'");
        assertThatThrownBy(() -> Edits.replaceLink(mesh, "a->b", Link.of("a", "b")))
                .hasMessage("There is no link 'a->b'");
    }

    @Test
    void wholeMeshFieldsChangeAndRevert() {
        Command topology = Edits.setTopology(mesh, org.meshwright.model.Topology.FEDERATED);
        applyAndCheck(mesh, topology);
        assertThat(topology.label()).isEqualTo("Change topology");
        assertThat(Edits.setTopology(mesh, org.meshwright.model.Topology.FEDERATED).isNoOp()).isTrue();

        Command metadata = Edits.setMetadata(mesh, mesh.metadata().withTitle("Sample mesh"));
        applyAndCheck(mesh, metadata);
        assertThat(metadata.label()).isEqualTo("Change mesh details");
        assertThat(Edits.setMetadata(mesh, mesh.metadata()).isNoOp()).isTrue();

        var policies = new org.meshwright.model.Policies(
                java.util.Map.of("unused-product", org.meshwright.model.PolicySeverity.OFF), null);
        applyAndCheck(mesh, Edits.setPolicies(mesh, policies));
        assertThat(mesh.policies()).isEqualTo(policies);
        assertThat(Edits.setPolicies(mesh, policies).isNoOp()).isTrue();
    }

    @Test
    void everyCommandLeavesTheStartUntouchedUntilApplied() {
        Mesh start = mesh.copy();

        List.of(Edits.addDomain(mesh, new Domain("x"), null),
                Edits.renameId(mesh, "orders", "orders-v2"),
                Edits.delete(mesh, List.of(ElementRef.node("orders"))),
                Edits.nudge(mesh, List.of(ElementRef.node("orders")), 1, 0));

        assertThat(mesh.contentEquals(start)).isTrue();
    }
}
