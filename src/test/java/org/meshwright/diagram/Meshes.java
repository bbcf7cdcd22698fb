package org.meshwright.diagram;

import java.util.List;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Topology;

/** Small meshes for the diagram tests, built in code. */
final class Meshes {

    private final Mesh mesh = new Mesh("test", Topology.GOVERNED);

    static Meshes mesh() {
        return new Meshes();
    }

    Meshes domain(String id) {
        mesh.addDomain(new Domain(id));
        return this;
    }

    Meshes domain(String id, double x, double y, double w, double h) {
        domain(id);
        mesh.diagram().setBounds(id, new Bounds(x, y, w, h));
        return this;
    }

    Meshes node(String id, NodeKind kind, String domain) {
        mesh.addNode(MeshNode.builder(id, kind).domain(domain).build());
        return this;
    }

    Meshes node(String id, NodeKind kind, String domain, double x, double y) {
        node(id, kind, domain);
        mesh.diagram().setPosition(id, new Point(x, y));
        return this;
    }

    Meshes product(String id, String domain, double x, double y) {
        return node(id, NodeKind.DATA_PRODUCT, domain, x, y);
    }

    Meshes link(String from, String to, String... via) {
        mesh.addLink(Link.builder(from, to).via(List.of(via)).build());
        return this;
    }

    Mesh build() {
        return mesh;
    }

    DiagramScene scene() {
        return DiagramScene.of(mesh, DiagramStyle.light());
    }
}
