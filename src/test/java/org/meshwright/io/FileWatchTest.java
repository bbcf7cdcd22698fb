package org.meshwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatchTest {

    @TempDir
    Path dir;

    private Path file;
    private final List<FileWatch.Change> heard = new ArrayList<>();
    private FileWatch watch;

    @BeforeEach
    void openFile() throws Exception {
        file = Files.writeString(dir.resolve("m.mesh.yaml"), "version 1\n");
        watch = new FileWatch(file, heard::add);
        watch.acknowledge();
    }

    @AfterEach
    void close() {
        watch.close();
    }

    private void write(String content) throws Exception {
        Files.writeString(file, content);
    }

    @Test
    void anUntouchedFileIsNoChange() {
        assertThat(watch.checkNow()).isEmpty();
        assertThat(watch.isCurrent()).isTrue();
        assertThat(heard).isEmpty();
    }

    @Test
    void anotherProgramsChangeIsReportedOnce() throws Exception {
        write("version 2 from git pull\n");

        assertThat(watch.checkNow()).contains(new FileWatch.Change(FileWatch.Kind.MODIFIED, file.toAbsolutePath()));
        assertThat(watch.checkNow()).isEmpty();
        assertThat(heard).hasSize(1);
        assertThat(watch.isCurrent()).as("saving now would overwrite a change the user has not decided on").isFalse();
    }

    @Test
    void aChangeOfTheSameSizeAndTimeIsStillNoticed() throws Exception {
        // A second write within the file system's clock tick keeps size and time: the content tells.
        FileTime time = Files.getLastModifiedTime(file);
        write("version X\n");
        Files.setLastModifiedTime(file, time);

        assertThat(watch.checkNow()).map(FileWatch.Change::kind).contains(FileWatch.Kind.MODIFIED);
    }

    @Test
    void ourOwnSaveIsNoChange() throws Exception {
        byte[] saved = "version 2 saved by us\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, saved);
        watch.acknowledge(saved);

        assertThat(watch.checkNow()).isEmpty();
        assertThat(watch.isCurrent()).isTrue();
    }

    @Test
    void aChangeBetweenOurSaveAndTheNextLookIsReported() throws Exception {
        byte[] saved = "version 2 saved by us\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, saved);
        watch.acknowledge(saved);
        write("version 3 from another editor right after\n");

        assertThat(watch.checkNow()).map(FileWatch.Change::kind).contains(FileWatch.Kind.MODIFIED);
    }

    @Test
    void aTouchWithoutNewContentIsNoChange() throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(3600)));

        assertThat(watch.checkNow()).isEmpty();
    }

    @Test
    void deletionIsReportedOnceAndARecreatedFileWithOtherContentIsAChange() throws Exception {
        Files.delete(file);

        assertThat(watch.checkNow()).contains(new FileWatch.Change(FileWatch.Kind.DELETED, file.toAbsolutePath()));
        assertThat(watch.checkNow()).isEmpty();
        assertThat(watch.isCurrent()).isFalse();

        write("something else\n");
        assertThat(watch.checkNow()).map(FileWatch.Change::kind).contains(FileWatch.Kind.MODIFIED);
    }

    @Test
    void aFileRecreatedWithOurContentIsNoChange() throws Exception {
        Files.delete(file);
        watch.checkNow();
        write("version 1\n");

        assertThat(watch.checkNow()).isEmpty();
        assertThat(watch.isCurrent()).isTrue();
    }

    @Test
    void keepingMyVersionSilencesThatChangeUntilTheNextOne() throws Exception {
        write("theirs\n");
        watch.checkNow();

        watch.dismiss();

        assertThat(watch.isCurrent()).as("the user has seen it and keeps theirs: saving may overwrite it").isTrue();
        assertThat(watch.checkNow()).isEmpty();
        write("theirs, again changed\n");
        assertThat(watch.checkNow()).map(FileWatch.Change::kind).contains(FileWatch.Kind.MODIFIED);
        assertThat(watch.isCurrent()).isFalse();
    }

    @Test
    void keepingMyVersionOfADeletedFileLetsMeSaveItAgain() throws Exception {
        Files.delete(file);
        watch.checkNow();

        watch.dismiss();

        assertThat(watch.isCurrent()).isTrue();
    }

    @Test
    void reloadingAcknowledgesTheNewContent() throws Exception {
        write("theirs\n");
        watch.checkNow();

        watch.acknowledge();

        assertThat(watch.checkNow()).isEmpty();
        assertThat(watch.isCurrent()).isTrue();
    }

    @Test
    void nothingIsReportedBeforeTheFirstAcknowledge() throws Exception {
        FileWatch fresh = new FileWatch(file, heard::add);
        write("changed\n");

        assertThat(fresh.checkNow()).isEmpty();
        assertThat(fresh.isCurrent()).isTrue();
    }

    @Test
    void startedItLooksOnItsOwnAndStopsWhenAsked() throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        FileWatch polling = new FileWatch(file, change -> {
            threads.add(Thread.currentThread());
            changed.countDown();
        });
        polling.acknowledge();
        polling.start(Duration.ofMillis(20));
        try {
            write("changed while watched\n");
            assertThat(changed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(threads.get(0).getName()).isEqualTo("meshwright-file-watch");
            assertThat(threads.get(0).isDaemon()).isTrue();
        } finally {
            polling.stop();
        }
    }

    // ---- what the editor read ------------------------------------------------------------

    @Test
    void whatWasReadIsAcknowledgedWithoutReadingTheFileAgain() throws Exception {
        byte[] read = Files.readAllBytes(file);
        var before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        FileWatch fresh = new FileWatch(file, heard::add);

        assertThat(fresh.acknowledge(FileWatch.Read.of(file, before, read))).isTrue();
        assertThat(fresh.checkNow()).isEmpty();
        assertThat(fresh.isCurrent()).isTrue();
        fresh.close();
    }

    @Test
    void aChangeBetweenReadingAndWatchingIsNoticed() throws Exception {
        byte[] read = Files.readAllBytes(file);
        var before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        write("version 2, written while the editor was still reading version 1\n");
        FileWatch fresh = new FileWatch(file, heard::add);
        fresh.acknowledge(FileWatch.Read.of(file, before, read));

        assertThat(fresh.checkNow()).contains(new FileWatch.Change(FileWatch.Kind.MODIFIED, file.toAbsolutePath()));
        assertThat(fresh.isCurrent()).as("a save must not overwrite version 2 unseen").isFalse();
        fresh.close();
    }

    @Test
    void whatWasReadOfAnotherFileIsNotAcknowledged() throws Exception {
        Path other = Files.writeString(dir.resolve("other.mesh.yaml"), "other\n");
        byte[] read = Files.readAllBytes(other);
        var before = Files.readAttributes(other, java.nio.file.attribute.BasicFileAttributes.class);
        FileWatch fresh = new FileWatch(file, heard::add);

        assertThat(fresh.acknowledge(FileWatch.Read.of(other, before, read))).isFalse();
        write("changed\n");
        assertThat(fresh.checkNow()).as("never acknowledged: nothing to compare with").isEmpty();
        fresh.close();
    }
}
