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
}
