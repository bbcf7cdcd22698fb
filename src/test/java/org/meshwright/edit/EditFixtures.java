package org.meshwright.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Port;
import org.meshwright.model.Topology;

/** A small mesh with every kind of reference, and the exactness check every command must pass. */
final class EditFixtures {

    private EditFixtures() {
    }

    /**
     * Domains shop, sales (on platform lakehouse), finance; nodes lakehouse, orders (shop, port
     * table), customers and erp (sales), hub, anon, bi (finance), gov; links erp->orders,
     * orders->customers via hub, customers->bi via hub and anon, orders->bi and an explicit
     * orders-bi-api from port table. Positions for most nodes, bounds for shop and sales, and a
     * stale position (ghost) and stale bounds (old).
     */
    static Mesh sample() {
        Mesh mesh = new Mesh("sample", Topology.GOVERNED);
        mesh.addDomain(new Domain("shop").withOwner("shop-team"));
        mesh.addDomain(new Domain("sales").withPlatform("lakehouse"));
        mesh.addDomain(new Domain("finance"));
        mesh.addNode(MeshNode.builder("lakehouse", NodeKind.PLATFORM).build());
        mesh.addNode(MeshNode.builder("orders", NodeKind.DATA_PRODUCT).domain("shop").addPort(new Port("table")).build());
        mesh.addNode(MeshNode.builder("customers", NodeKind.DATA_PRODUCT).domain("sales").pii(true).build());
        mesh.addNode(MeshNode.builder("erp", NodeKind.SOURCE_SYSTEM).domain("sales").build());
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).build());
        mesh.addNode(MeshNode.builder("anon", NodeKind.ANONYMIZER).build());
        mesh.addNode(MeshNode.builder("bi", NodeKind.CONSUMER).domain("finance").build());
        mesh.addNode(MeshNode.builder("gov", NodeKind.GOVERNANCE).build());
        mesh.addLink(Link.of("erp", "orders"));
        mesh.addLink(Link.builder("orders", "customers").via(List.of("hub")).build());
        mesh.addLink(Link.builder("customers", "bi").via(List.of("hub", "anon")).accessMode(AccessMode.STREAM).build());
        mesh.addLink(Link.of("orders", "bi"));
        mesh.addLink(Link.builder("orders", "bi").id("orders-bi-api").fromPort("table").accessMode(AccessMode.API).build());
        var diagram = mesh.diagram();
        diagram.setPosition("lakehouse", new Point(0, 500));
        diagram.setPosition("orders", new Point(20, 20));
        diagram.setPosition("customers", new Point(320, 20));
        diagram.setPosition("erp", new Point(320, 140));
        diagram.setPosition("hub", new Point(200, 300));
        diagram.setPosition("bi", new Point(620, 20));
        diagram.setPosition("ghost", new Point(9, 9));
        diagram.setBounds("shop", new Bounds(0, 0, 200, 200));
        diagram.setBounds("sales", new Bounds(300, 0, 200, 250));
        diagram.setBounds("old", new Bounds(1, 1, 1, 1));
        return mesh;
    }

    /**
     * Applies {@code command} and checks that revert restores the start exactly, that apply
     * after revert gives the same end again, and that the command changes the mesh exactly
     * when it says it is no no-op. Leaves the command applied.
     */
    static Mesh applyAndCheck(Mesh mesh, Command command) {
        Mesh before = mesh.copy();
        command.apply(mesh);
        Mesh after = mesh.copy();
        assertThat(after.contentEquals(before)).as("changed nothing: %s", command.label())
                .isEqualTo(command.isNoOp());
        command.revert(mesh);
        assertThat(mesh.contentEquals(before)).as("revert restores the start").isTrue();
        command.apply(mesh);
        assertThat(mesh.contentEquals(after)).as("apply after revert gives the same end").isTrue();
        return before;
    }
}
