package org.meshwright.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeshTest {

    private final Mesh mesh = new Mesh("m", Topology.GOVERNED);
    private final List<List<MeshChange>> events = new ArrayList<>();

    {
        mesh.addListener(events::add);
    }

    @Test
    void idsAreUniqueAcrossDomainsAndNodes() {
        mesh.addDomain(new Domain("shop"));
        assertThatThrownBy(() -> mesh.addNode(MeshNode.builder("shop", NodeKind.CONSUMER).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'shop' is taken");
        assertThatThrownBy(() -> mesh.addDomain(new Domain("shop"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linkEffectiveIdsAreUnique() {
        mesh.addLink(Link.of("a", "b"));
        assertThatThrownBy(() -> mesh.addLink(Link.builder("a", "b").accessMode(AccessMode.API).build()))
                .hasMessageContaining("'a->b'");
        mesh.addLink(Link.builder("a", "b").id("ab-2").build());
        assertThat(mesh.link("ab-2")).isNotNull();
    }

    @Test
    void invalidIdsAreRefusedByTheModel() {
        assertThatThrownBy(() -> new Domain("Shop")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Domain("-x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Domain("a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Domain("a".repeat(63)).id()).hasSize(63);
    }

    @Test
    void dataProductFieldsAreRefusedOnOtherKinds() {
        assertThatThrownBy(() -> MeshNode.builder("c", NodeKind.CONSUMER).archetype(Archetype.AGGREGATE).build())
                .hasMessageContaining("data products only");
        assertThatThrownBy(() -> MeshNode.builder("p", NodeKind.DATA_PRODUCT)
                .addPort(new Port("a")).addPort(new Port("a")).build()).hasMessageContaining("two ports");
    }

    @Test
    void defaultsAreNormalised() {
        MeshNode n = MeshNode.builder("n", NodeKind.DATA_PRODUCT).name("n").slo(new Slo(null, null, Map.of())).build();
        assertThat(n.name()).isNull();
        assertThat(n.displayName()).isEqualTo("n");
        assertThat(n.slo()).isNull();
        assertThat(n.status()).isEqualTo(NodeStatus.ACTIVE);
        assertThat(n.classification()).isEqualTo(Classification.INTERNAL);
    }

    @Test
    void eachChangeOutsideABatchIsAnnouncedAtOnce() {
        mesh.addDomain(new Domain("shop"));
        mesh.replaceDomain("shop", new Domain("shop").withOwner("team"));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsExactly(new MeshChange.DomainAdded(0, new Domain("shop")));
        assertThat(events.get(1).get(0)).isInstanceOf(MeshChange.DomainReplaced.class);
    }

    @Test
    void aBatchIsAnnouncedOnceWhenTheOutermostBatchCloses() {
        try (Mesh.Batch outer = mesh.beginBatch()) {
            mesh.addDomain(new Domain("shop"));
            mesh.batch(() -> {
                mesh.addNode(MeshNode.builder("p", NodeKind.DATA_PRODUCT).domain("shop").build());
                mesh.diagram().setPosition("p", new Point(10, 20));
            });
            assertThat(events).isEmpty();
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).hasSize(3);
        assertThat(events.get(0).get(2)).isEqualTo(new MeshChange.PositionChanged("p", null, new Point(10, 20)));
    }

    @Test
    void aChangeThatChangesNothingIsNotAnnounced() {
        mesh.setTopology(Topology.GOVERNED);
        mesh.diagram().setPosition("p", null);
        assertThat(events).isEmpty();
    }

    @Test
    void removalReportsTheIndexSoItCanBeUndone() {
        mesh.addDomain(new Domain("a"));
        mesh.addDomain(new Domain("b"));
        mesh.addDomain(new Domain("c"));
        events.clear();
        Domain removed = mesh.removeDomain("b");
        assertThat(events.get(0)).containsExactly(new MeshChange.DomainRemoved(1, removed));
        mesh.addDomain(1, removed);
        assertThat(mesh.domains()).extracting(Domain::id).containsExactly("a", "b", "c");
    }

    @Test
    void renamingThroughReplaceKeepsThePlaceAndChecksTheNewId() {
        mesh.addDomain(new Domain("a"));
        mesh.addDomain(new Domain("b"));
        mesh.replaceDomain("a", new Domain("z"));
        assertThat(mesh.domains()).extracting(Domain::id).containsExactly("z", "b");
        assertThat(mesh.domain("a")).isNull();
        assertThatThrownBy(() -> mesh.replaceDomain("z", new Domain("b"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopyIsDetachedAndEqualInContent() {
        mesh.addDomain(new Domain("a"));
        mesh.diagram().setPosition("x", new Point(1, 2));
        Mesh copy = mesh.copy();
        assertThat(copy.contentEquals(mesh)).isTrue();
        copy.addDomain(new Domain("b"));
        assertThat(mesh.domains()).hasSize(1);
        assertThat(copy.contentEquals(mesh)).isFalse();
    }

    @Test
    void aCopyKeepsItsContentWhileTheOriginalChangesBeforeTheCopyIsFirstUsed() {
        mesh.addDomain(new Domain("d"));
        mesh.addNode(MeshNode.builder("n", NodeKind.DATA_PRODUCT).domain("d").build());
        mesh.addNode(MeshNode.builder("m", NodeKind.CONSUMER).build());
        mesh.addLink(Link.builder("n", "m").build());
        mesh.diagram().setPosition("n", new Point(1, 2));
        mesh.diagram().setPosition("m", new Point(3, 4));
        mesh.diagram().setBounds("d", new Bounds(0, 0, 10, 10));
        Mesh copy = mesh.copy();

        // the original changes before the copy is first looked into (its maps are built late)
        mesh.removeLink("n->m");
        mesh.removeNode("m");
        mesh.replaceDomain("d", new Domain("e"));
        mesh.diagram().setPosition("n", new Point(9, 9));
        mesh.diagram().setPosition("m", null);
        mesh.diagram().setBounds("d", null);

        assertThat(copy.node("m")).isNotNull();
        assertThat(copy.domain("d")).isNotNull();
        assertThat(copy.domain("e")).isNull();
        assertThat(copy.link("n->m")).isNotNull();
        assertThat(copy.isIdTaken("m")).isTrue();
        assertThat(copy.diagram().positions()).containsExactly(Map.entry("n", new Point(1, 2)), Map.entry("m", new Point(3, 4)));
        assertThat(copy.diagram().bounds("d")).isEqualTo(new Bounds(0, 0, 10, 10));
        // and a copy is editable like any mesh
        copy.addNode(MeshNode.builder("k", NodeKind.CONSUMER).build());
        assertThat(copy.indexOfNode("k")).isEqualTo(2);
        assertThatThrownBy(() -> copy.addNode(MeshNode.builder("k", NodeKind.CONSUMER).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(copy.copy().contentEquals(copy)).isTrue();
    }

    @Test
    void threadsThatFirstLookIntoACopyTogetherSeeTheSameContent() throws Exception {
        for (int i = 0; i < 2_000; i++) {
            mesh.addNode(MeshNode.builder("n" + i, NodeKind.CONSUMER).build());
            mesh.diagram().setPosition("n" + i, new Point(i, i));
        }
        for (int round = 0; round < 20; round++) {
            Mesh copy = mesh.copy();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Integer>> found = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    found.add(pool.submit(() -> {
                        int hits = 0;
                        for (int i = 0; i < 2_000; i++) {
                            if (copy.node("n" + i) != null && copy.diagram().position("n" + i) != null) {
                                hits++;
                            }
                        }
                        return hits;
                    }));
                }
                for (var f : found) {
                    assertThat(f.get()).isEqualTo(2_000);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void extensionsMustStartWithX() {
        assertThatThrownBy(() -> new Domain("a", null, null, null, null, Map.of("color", "red")))
                .hasMessageContaining("does not start with x-");
    }

    @Test
    void isoDurations() {
        assertThat(Slo.isDuration("PT15M")).isTrue();
        assertThat(Slo.isDuration("P1D")).isTrue();
        assertThat(Slo.isDuration("P1Y2M3DT4H5M6.5S")).isTrue();
        assertThat(Slo.isDuration("P")).isFalse();
        assertThat(Slo.isDuration("PT")).isFalse();
        assertThat(Slo.isDuration("15M")).isFalse();
        assertThat(Slo.isDuration("P1DT")).isFalse();
    }
}
