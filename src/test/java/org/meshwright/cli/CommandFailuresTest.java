package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.LogFiles;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.ReadError;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class CommandFailuresTest {

    private final StringWriter err = new StringWriter();
    private final CommandLine commandLine = MeshwrightCli.newCommandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(err, true));

    @Test
    void readFailureThatEscapesACommandPrintsItsErrorsAndExits3() {
        MeshReadException failure = new MeshReadException(List.of(
                new ReadError("a.mesh.yaml", 4, 3, "unknown field 'x'"), new ReadError("a.mesh.yaml", 9, 1, "bad")));

        int code = new CommandFailures().handleExecutionException(failure, commandLine, null);

        assertThat(code).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly("a.mesh.yaml:4:3: unknown field 'x'", "a.mesh.yaml:9:1: bad");
    }

    @TempDir
    Path logs;

    @BeforeEach
    void logToATemporaryFolder() throws Exception {
        LogFiles.install(logs);
    }

    @AfterEach
    void restoreLogging() throws Exception {
        LogFiles.reset();
    }

    @Test
    void aBugIsOneLineNamingTheFilesAndWhatToDoAndItsStackGoesToTheLog() throws Exception {
        ParseResult parsed = commandLine.parseArgs("validate", "orders.mesh.yaml", "billing.mesh.yaml");

        int code = new CommandFailures().handleExecutionException(
                new IllegalStateException("boom\nsecond line"), commandLine, parsed);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("meshwright: internal error (IllegalStateException): boom"
                + " (orders.mesh.yaml, billing.mesh.yaml); this is a bug in Meshwright: please report it with the log"
                + " from " + logs.toAbsolutePath());
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(Files.readString(logs.resolve("meshwright.log.0")))
                .contains("a command failed (orders.mesh.yaml, billing.mesh.yaml)", "IllegalStateException: boom",
                        "\tat org.meshwright.cli.CommandFailuresTest.");
    }

    @Test
    void anIoFailureSaysWhatToCheckAndLogsNothing() throws Exception {
        ParseResult parsed = commandLine.parseArgs("export", "--format", "svg", "-o", "out.svg", "m.mesh.yaml");

        int code = new CommandFailures().handleExecutionException(
                new java.nio.file.AccessDeniedException("out.svg"), commandLine, parsed);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("meshwright: I/O error: out.svg (m.mesh.yaml); check that the"
                + " files and folders exist and that you may read and write them, and that the disk has room");
        assertThat(logs.resolve("meshwright.log.0")).isEmptyFile();
    }

    @Test
    void usageErrorsMapTo2() {
        assertThat(new CommandFailures().getExitCode(new CommandLine.ParameterException(commandLine, "x")))
                .isEqualTo(2);
    }
}
