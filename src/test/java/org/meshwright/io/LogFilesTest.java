package org.meshwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreLogging() throws Exception {
        LogFiles.reset();
    }

    @Test
    void stackTracesGoToARotatingFileInTheLogFolderAndNotToTheConsole() throws Exception {
        Path folder = LogFiles.install(dir.resolve("logs"));

        LogFiles.logUnexpected("export of orders.mesh.yaml failed", new IllegalStateException("boom"));

        assertThat(folder).isEqualTo(dir.resolve("logs").toAbsolutePath());
        assertThat(LogFiles.folder()).contains(folder);
        Handler[] handlers = Logger.getLogger("").getHandlers();
        assertThat(handlers).singleElement().isInstanceOf(java.util.logging.FileHandler.class);
        String log = Files.readString(folder.resolve("meshwright.log.0"), StandardCharsets.UTF_8);
        assertThat(log).contains("SEVERE org.meshwright: export of orders.mesh.yaml failed")
                .contains("java.lang.IllegalStateException: boom")
                .contains("at org.meshwright.io.LogFilesTest.");
    }

    @Test
    void theFilesAreBoundedInSizeAndNumber() throws Exception {
        Path folder = LogFiles.install(dir.resolve("bounded"));
        Logger log = Logger.getLogger("org.meshwright.test");
        String line = "x".repeat(10_000);
        for (int i = 0; i < 800; i++) {
            log.info(line);
        }

        try (Stream<Path> files = Files.list(folder)) {
            var logs = files.filter(p -> p.getFileName().toString().startsWith("meshwright.log.")
                    && !p.toString().endsWith(".lck")).toList();
            assertThat(logs).hasSizeLessThanOrEqualTo(LogFiles.COUNT);
            for (Path p : logs) {
                assertThat(Files.size(p)).isLessThanOrEqualTo(LogFiles.LIMIT + 20_000L);
            }
        }
    }
}
