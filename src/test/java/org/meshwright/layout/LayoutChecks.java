package org.meshwright.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;

/** The laws every automatic layout keeps, stated as assertions on a mesh's diagram. */
final class LayoutChecks {

    static final LayoutGeometry G = LayoutGeometry.defaults();

    private LayoutChecks() {
    }

    static List<Path> samples() {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".mesh.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Mesh read(Path file) {
        try {
            return new MeshReader().read(file).mesh();
        } catch (MeshReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code mesh} with {@code result} applied. */
    static Mesh applied(Mesh mesh, LayoutResult result) {
        Mesh copy = mesh.copy();
        result.applyTo(copy);
        return copy;
    }

    static Bounds box(Mesh mesh, String nodeId) {
        Point p = mesh.diagram().position(nodeId);
        return new Bounds(p.x(), p.y(), G.nodeWidth(), G.nodeHeight());
    }

    static boolean overlap(Bounds a, Bounds b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    static boolean inside(Bounds inner, Bounds outer) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width()
                && inner.y() + inner.height() <= outer.y() + outer.height();
    }

    /** Bounds of the declared domains (a file may hold stale entries for others: not the layout's business). */
    static Map<String, Bounds> declaredBounds(Mesh mesh) {
        Map<String, Bounds> bounds = new java.util.LinkedHashMap<>();
        for (Domain d : mesh.domains()) {
            if (mesh.diagram().bounds(d.id()) != null) {
                bounds.put(d.id(), mesh.diagram().bounds(d.id()));
            }
        }
        return bounds;
    }

    /** Every node placed, every declared domain framed, everything on the grid. */
    static void assertComplete(Mesh laidOut) {
        for (MeshNode n : laidOut.nodes()) {
            Point p = laidOut.diagram().position(n.id());
            assertThat(p).as("position of %s", n.id()).isNotNull();
            assertThat(onGrid(p.x()) && onGrid(p.y())).as("%s on the grid: %s", n.id(), p).isTrue();
        }
        for (Domain d : laidOut.domains()) {
            Bounds b = laidOut.diagram().bounds(d.id());
            assertThat(b).as("bounds of %s", d.id()).isNotNull();
            assertThat(onGrid(b.x()) && onGrid(b.y()) && onGrid(b.width()) && onGrid(b.height()))
                    .as("bounds of %s on the grid: %s", d.id(), b).isTrue();
        }
    }

    static boolean onGrid(double v) {
        return Math.abs(v / G.grid() - Math.rint(v / G.grid())) < 1e-9;
    }

    /** No two cards overlap. */
    static void assertNoOverlaps(Mesh laidOut) {
        List<MeshNode> nodes = laidOut.nodes();
        List<Bounds> boxes = new ArrayList<>();
        nodes.forEach(n -> boxes.add(box(laidOut, n.id())));
        // sweep by x so that 5,000 nodes stay quick
        Integer[] order = new Integer[boxes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(boxes.get(a).x(), boxes.get(b).x()));
        for (int i = 0; i < order.length; i++) {
            Bounds a = boxes.get(order[i]);
            for (int j = i + 1; j < order.length && boxes.get(order[j]).x() < a.x() + a.width(); j++) {
                assertThat(overlap(a, boxes.get(order[j])))
                        .as("%s overlaps %s", nodes.get(order[i]).id(), nodes.get(order[j]).id()).isFalse();
            }
        }
    }

    /** Every node of a declared domain lies inside the domain's bounds, and no other domain's bounds meet it. */
    static void assertNodesInTheirDomains(Mesh laidOut) {
        Map<String, Bounds> bounds = declaredBounds(laidOut);
        for (MeshNode n : laidOut.nodes()) {
            Bounds card = box(laidOut, n.id());
            if (n.domain() != null && bounds.containsKey(n.domain())) {
                assertThat(inside(card, bounds.get(n.domain()))).as("%s inside domain %s", n.id(), n.domain()).isTrue();
            }
            bounds.forEach((id, b) -> {
                if (!id.equals(n.domain())) {
                    assertThat(overlap(card, b)).as("%s outside domain %s", n.id(), id).isFalse();
                }
            });
        }
    }

    /** Domain bounds are pairwise disjoint. */
    static void assertDomainsDisjoint(Mesh laidOut) {
        List<Map.Entry<String, Bounds>> all = new ArrayList<>(declaredBounds(laidOut).entrySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(overlap(all.get(i).getValue(), all.get(j).getValue()))
                        .as("domains %s and %s overlap", all.get(i).getKey(), all.get(j).getKey()).isFalse();
            }
        }
    }

    /** Data flows left to right wherever a link goes from a product to one of a later archetype. */
    static void assertFlowLeftToRight(Mesh laidOut) {
        for (Link link : laidOut.links()) {
            MeshNode from = laidOut.node(link.from());
            MeshNode to = laidOut.node(link.to());
            if (from != null && to != null && from.kind() == NodeKind.DATA_PRODUCT && to.kind() == NodeKind.DATA_PRODUCT
                    && from.archetype() != null && to.archetype() != null
                    && from.archetype().rank() < to.archetype().rank()) {
                assertThat(laidOut.diagram().position(to.id()).x())
                        .as("%s (%s) right of %s (%s)", to.id(), to.archetype(), from.id(), from.archetype())
                        .isGreaterThan(laidOut.diagram().position(from.id()).x());
            }
        }
    }

    static void assertAllLaws(Mesh laidOut) {
        assertComplete(laidOut);
        assertNoOverlaps(laidOut);
        assertNodesInTheirDomains(laidOut);
        assertDomainsDisjoint(laidOut);
        assertFlowLeftToRight(laidOut);
    }
}
