package org.meshwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("m.mesh.yaml");
        Files.writeString(target, "old content\n");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aRenameThatFailsLeavesWhatWasThereAndNoTemporaryFile() throws Exception {
        // A non-empty folder cannot be replaced by a file, not even by root: the rename fails.
        Path target = dir.resolve("m.mesh.yaml");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "kept");
        assertThatThrownBy(() -> new MeshWriter().save(new Mesh("m", Topology.GOVERNED), target))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/such/m.yaml"), new byte[] {1}))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void replacesTheTargetWithTheNewContent() throws Exception {
        Path target = dir.resolve("m.mesh.yaml");
        Files.writeString(target, "old");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void theNextSaveDeletesTemporaryFilesThatAKilledSaveLeftBehind() throws Exception {
        Path target = dir.resolve("m.mesh.yaml");
        Files.writeString(target, "old");
        Path leftover = Files.writeString(dir.resolve(".m.mesh.yaml.8141592653589793.tmp"), "half");
        Path otherTargets = Files.writeString(dir.resolve(".other.mesh.yaml.123.tmp"), "not ours");
        Path lookalike = Files.writeString(dir.resolve(".m.mesh.yaml.backup.tmp"), "not a temp file");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(leftover).doesNotExist();
        assertThat(otherTargets).exists();
        assertThat(lookalike).exists();
    }

    @Test
    void tellsItsTemporaryFilesFromOtherFiles() {
        Path target = dir.resolve("m.mesh.yaml");
        assertThat(AtomicFiles.isTemporaryFileOf(target, dir.resolve(".m.mesh.yaml.42.tmp"))).isTrue();
        assertThat(AtomicFiles.isTemporaryFileOf(target, dir.resolve(".m.mesh.yaml..tmp"))).isFalse();
        assertThat(AtomicFiles.isTemporaryFileOf(target, dir.resolve(".m.mesh.yaml.4x.tmp"))).isFalse();
        assertThat(AtomicFiles.isTemporaryFileOf(target, dir.resolve("sub/.m.mesh.yaml.42.tmp"))).isFalse();
    }
}
