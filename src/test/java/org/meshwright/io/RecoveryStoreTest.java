package org.meshwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Domain;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Topology;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.parse("2026-11-21T10:15:30Z");

    private RecoveryStore store(Instant at) {
        return new RecoveryStore(dir.resolve("recovery"), Clock.fixed(at, ZoneOffset.UTC));
    }

    private static Mesh mesh(String name, int nodes) {
        Mesh mesh = new Mesh(name, Topology.FEDERATED);
        mesh.addDomain(new Domain("sales"));
        for (int i = 0; i < nodes; i++) {
            mesh.addNode(MeshNode.builder("n" + i, NodeKind.CONSUMER).domain("sales").build());
        }
        return mesh;
    }

    @Test
    void savesTheMeshBesideNothingOfTheUsersAndReadsItBackExactly() throws Exception {
        Path userFile = Files.writeString(dir.resolve("orders.mesh.yaml"), "the user's own content\n");
        Mesh unsaved = MeshGenerator.generate(60, 3);

        RecoveryStore.Entry entry = store(now).save(RecoveryStore.Key.of(userFile), unsaved);

        assertThat(Files.readString(userFile)).isEqualTo("the user's own content\n");
        assertThat(entry.meshFile().getParent()).isEqualTo(dir.resolve("recovery"));
        assertThat(entry.meshFile().getFileName().toString()).startsWith("orders-").endsWith(".mesh.yaml");
        assertThat(Files.readString(entry.meshFile())).isEqualTo(new MeshWriter().write(unsaved));
        assertThat(store(now).read(entry).mesh().contentEquals(unsaved)).isTrue();
    }

    @Test
    void theListShowsWhatWouldBeRestoredNewestFirst() throws Exception {
        Path a = dir.resolve("a.mesh.yaml");
        store(now).save(RecoveryStore.Key.of(a), mesh("first", 2));
        store(now.plusSeconds(60)).save(RecoveryStore.Key.untitled("untitled"), mesh("second", 5));

        List<RecoveryStore.Entry> entries = store(now).list();

        assertThat(entries).hasSize(2);
        RecoveryStore.Entry newest = entries.get(0);
        assertThat(newest.key()).isEqualTo(RecoveryStore.Key.untitled("untitled"));
        assertThat(newest.original()).isEmpty();
        assertThat(newest.savedAt()).isEqualTo(now.plusSeconds(60));
        assertThat(newest.name()).isEqualTo("second");
        assertThat(List.of(newest.domains(), newest.nodes(), newest.links())).containsExactly(1, 5, 0);
        assertThat(newest.detailsKnown()).isTrue();
        assertThat(entries.get(1).original()).contains(a.toAbsolutePath());
        assertThat(entries.get(1).nodes()).isEqualTo(2);
    }

    @Test
    void oneEntryPerDocumentTheLatestSaveWins() throws Exception {
        RecoveryStore.Key key = RecoveryStore.Key.of(dir.resolve("m.mesh.yaml"));
        store(now).save(key, mesh("m", 1));
        store(now.plusSeconds(30)).save(key, mesh("m", 7));

        assertThat(store(now).list()).singleElement().satisfies(e -> {
            assertThat(e.nodes()).isEqualTo(7);
            assertThat(e.savedAt()).isEqualTo(now.plusSeconds(30));
        });
        assertThat(store(now).find(key)).hasValueSatisfying(e -> assertThat(e.nodes()).isEqualTo(7));
        assertThat(store(now).find(RecoveryStore.Key.of(dir.resolve("other.mesh.yaml")))).isEmpty();
    }

    @Test
    void documentsWithTheSameFileNameInDifferentFoldersKeepTheirOwnEntries() throws Exception {
        store(now).save(RecoveryStore.Key.of(dir.resolve("x/m.mesh.yaml")), mesh("x", 1));
        store(now).save(RecoveryStore.Key.of(dir.resolve("y/m.mesh.yaml")), mesh("y", 2));

        assertThat(store(now).list()).extracting(RecoveryStore.Entry::name).containsExactlyInAnyOrder("x", "y");
    }

    @Test
    void discardRemovesTheEntryAndItsSidecar() throws Exception {
        RecoveryStore.Entry entry = store(now).save(RecoveryStore.Key.untitled("untitled"), mesh("m", 1));

        store(now).discard(entry);
        store(now).discard(entry);

        assertThat(store(now).list()).isEmpty();
        try (var files = Files.list(dir.resolve("recovery"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMeshWhoseSidecarDoesNotDescribeItIsListedWithDetailsUnknown() throws Exception {
        // a crash between writing the mesh and its sidecar
        RecoveryStore.Entry entry = store(now).save(RecoveryStore.Key.untitled("untitled"), mesh("m", 1));
        Files.writeString(entry.meshFile(), new MeshWriter().write(mesh("m", 3)));

        RecoveryStore.Entry listed = store(now).list().get(0);

        assertThat(listed.detailsKnown()).isFalse();
        assertThat(listed.nodes()).isEqualTo(-1);
        assertThat(listed.key()).isEqualTo(RecoveryStore.Key.untitled("untitled"));
        assertThat(store(now).read(listed).mesh().nodes()).hasSize(3);

        Files.delete(entry.meshFile().resolveSibling(entry.meshFile().getFileName().toString()
                .replace(".mesh.yaml", ".recovery")));
        assertThat(store(now).list().get(0).key()).isNull();
    }

    @Test
    void aDamagedEntryIsAReadErrorNotACrash() throws Exception {
        RecoveryStore.Entry entry = store(now).save(RecoveryStore.Key.untitled("untitled"), mesh("m", 1));
        Files.writeString(entry.meshFile(), "apiVersion: [");

        assertThatThrownBy(() -> store(now).read(entry)).isInstanceOf(MeshReadException.class)
                .hasMessageContaining(entry.meshFile().toString());
    }

    @Test
    void aRecoveryFileOpenedAsADocumentGetsAnEntryBesideIt() throws Exception {
        RecoveryStore store = store(now);
        RecoveryStore.Entry crashed = store.save(RecoveryStore.Key.untitled("untitled"), mesh("before", 1));
        String before = Files.readString(crashed.meshFile());

        RecoveryStore.Entry edited = store.save(RecoveryStore.Key.of(crashed.meshFile()), mesh("after", 2));

        assertThat(edited.meshFile()).isNotEqualTo(crashed.meshFile());
        assertThat(Files.readString(crashed.meshFile())).isEqualTo(before);
        assertThat(store.list()).hasSize(2);
    }

    @Test
    void anEmptyOrMissingFolderHasNoEntries() throws Exception {
        assertThat(store(now).list()).isEmpty();
    }
}
