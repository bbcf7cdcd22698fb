package org.meshwright.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meshwright.layout.LayoutChecks.applied;
import static org.meshwright.layout.LayoutChecks.box;
import static org.meshwright.layout.LayoutChecks.overlap;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.model.Bounds;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;

class PartialLayoutTest {

    private final AutoLayout layout = new AutoLayout();

    private static Mesh eshop() {
        return LayoutChecks.read(Path.of("samples/eshop-governed.mesh.yaml"));
    }

    @Test
    void selectionOnlyMovesTheSelectedNodesAndTheNodesOfSelectedDomains() {
        Mesh mesh = eshop();
        Set<String> selection = Set.of("churn", "mesh-hub", "shop.checkout-funnel");
        LayoutResult result = layout.layout(mesh, LayoutOptions.selection(selection), LayoutMonitor.NONE);

        Set<String> moved = new HashSet<>(List.of("mesh-hub", "shop.checkout-funnel", "churn.churn-features",
                "churn.churn-scores"));
        assertThat(result.positions()).containsOnlyKeys(moved);
        Mesh after = applied(mesh, result);
        assertOthersKept(mesh, after, moved);
        assertThat(after.diagram().bounds("customer")).isEqualTo(mesh.diagram().bounds("customer"));
        assertMovedOverlapNothing(after, moved);
    }

    @Test
    void aSelectedDomainKeepsItsNodesInsideItsNewBoundsClearOfOtherDomains() {
        Mesh mesh = eshop();
        LayoutResult result = layout.layout(mesh, LayoutOptions.selection(Set.of("recommendation")),
                LayoutMonitor.NONE);
        Mesh after = applied(mesh, result);
        Bounds frame = after.diagram().bounds("recommendation");
        assertThat(result.bounds()).containsOnlyKeys("recommendation");
        for (MeshNode n : after.nodes()) {
            if ("recommendation".equals(n.domain())) {
                assertThat(LayoutChecks.inside(box(after, n.id()), frame)).as(n.id()).isTrue();
            } else {
                assertThat(overlap(box(after, n.id()), frame)).as(n.id()).isFalse();
            }
        }
        after.diagram().bounds().forEach((id, b) -> {
            if (!id.equals("recommendation") && after.domain(id) != null) {
                assertThat(overlap(b, frame)).as(id).isFalse();
            }
        });
    }

    @Test
    void anEmptySelectionMovesNothing() {
        assertThat(layout.layout(eshop(), LayoutOptions.selection(Set.of("no-such-thing")), LayoutMonitor.NONE)
                .isEmpty()).isTrue();
    }

    @Test
    void newNodesOnlyPlacesTheNodesWithoutPositionAndKeepsEveryOtherPosition() {
        Mesh mesh = eshop();
        // a node in a domain with bounds, a hub linked to placed nodes, a whole domain's nodes
        List<String> unplaced = List.of("customer.customer-360", "mesh-hub", "churn.churn-features",
                "churn.churn-scores");
        unplaced.forEach(id -> mesh.diagram().setPosition(id, null));
        mesh.diagram().setBounds("churn", null);

        LayoutResult result = layout.layout(mesh, LayoutOptions.newNodes(), LayoutMonitor.NONE);

        assertThat(result.positions()).containsOnlyKeys(unplaced);
        Mesh after = applied(mesh, result);
        assertOthersKept(mesh, after, new HashSet<>(unplaced));
        assertMovedOverlapNothing(after, new HashSet<>(unplaced));
        Bounds customer = after.diagram().bounds("customer");
        assertThat(LayoutChecks.inside(box(after, "customer.customer-360"), customer)).isTrue();
        assertThat(customer.x()).isEqualTo(mesh.diagram().bounds("customer").x());
        assertThat(customer.y()).isEqualTo(mesh.diagram().bounds("customer").y());
        Bounds churn = after.diagram().bounds("churn");
        assertThat(churn).isNotNull();
        assertThat(LayoutChecks.inside(box(after, "churn.churn-scores"), churn)).isTrue();
        assertThat(after.diagram().position("churn.churn-scores").x())
                .isGreaterThan(after.diagram().position("churn.churn-features").x());
    }

    @Test
    void aDomainWithoutRoomGrowsToHoldItsNewNodes() {
        Mesh mesh = eshop();
        Bounds before = mesh.diagram().bounds("churn");
        for (int k = 0; k < 4; k++) {
            mesh.addNode(MeshNode.builder("churn.extra-" + k, NodeKind.DATA_PRODUCT).domain("churn").build());
            mesh.addLink(Link.of("churn.churn-features", "churn.extra-" + k));
        }
        LayoutResult result = layout.layout(mesh, LayoutOptions.newNodes(), LayoutMonitor.NONE);
        Mesh after = applied(mesh, result);
        Bounds grown = after.diagram().bounds("churn");
        assertThat(grown.x()).isEqualTo(before.x());
        assertThat(grown.y()).isEqualTo(before.y());
        assertThat(grown.width() * grown.height()).isGreaterThan(before.width() * before.height());
        for (int k = 0; k < 4; k++) {
            assertThat(LayoutChecks.inside(box(after, "churn.extra-" + k), grown)).isTrue();
        }
        assertMovedOverlapNothing(after, result.positions().keySet());
    }

    @Test
    void newNodesOnlyOnAMeshWithoutLayoutLaysOutEverythingAsTheWholeMeshWould() {
        Mesh mesh = MeshGenerator.builder().nodes(100).seed(4).layout(false).build().generate();
        LayoutResult whole = layout.layout(mesh);
        LayoutResult fresh = layout.layout(mesh, LayoutOptions.newNodes(), LayoutMonitor.NONE);
        assertThat(fresh).isEqualTo(whole);
    }

    @Test
    void newNodesOnlyWithEveryNodePlacedMovesNothing() {
        assertThat(layout.layout(eshop(), LayoutOptions.newNodes(), LayoutMonitor.NONE).isEmpty()).isTrue();
    }

    @Test
    void partialLayoutsAreDeterministic() {
        Mesh mesh = eshop();
        LayoutOptions options = LayoutOptions.selection(Set.of("product", "interactions.sessions"));
        assertThat(layout.layout(mesh.copy(), options, LayoutMonitor.NONE))
                .isEqualTo(layout.layout(mesh.copy(), options, LayoutMonitor.NONE));
    }

    @Test
    void aCancelledPartialLayoutReturnsNothing() {
        Mesh mesh = eshop();
        LayoutMonitor cancelled = new LayoutMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> layout.layout(mesh, LayoutOptions.selection(Set.of("shop")), cancelled))
                .isInstanceOf(LayoutCancelledException.class);
    }

    private static void assertOthersKept(Mesh before, Mesh after, Set<String> moved) {
        before.diagram().positions().forEach((id, p) -> {
            if (!moved.contains(id)) {
                assertThat(after.diagram().position(id)).as(id).isEqualTo(p);
            }
        });
    }

    /** The placed cards overlap no other card, and no frame of a domain they are not in. */
    private static void assertMovedOverlapNothing(Mesh after, Set<String> moved) {
        Map<String, Bounds> frames = LayoutChecks.declaredBounds(after);
        for (String id : moved) {
            Bounds card = box(after, id);
            for (MeshNode other : after.nodes()) {
                Point p = after.diagram().position(other.id());
                if (!other.id().equals(id) && p != null) {
                    assertThat(overlap(card, box(after, other.id()))).as("%s overlaps %s", id, other.id()).isFalse();
                }
            }
            String domain = after.node(id).domain();
            frames.forEach((d, b) -> {
                if (!d.equals(domain)) {
                    assertThat(overlap(card, b)).as("%s in domain %s", id, d).isFalse();
                }
            });
        }
    }
}
