package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.ReadError;
import picocli.CommandLine;

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

    @Test
    void unexpectedExceptionIsOneLineAndExits1() {
        int code = new CommandFailures().handleExecutionException(
                new IllegalStateException("boom\nsecond line"), commandLine, null);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("meshwright: internal error (IllegalStateException): boom");
    }

    @Test
    void usageErrorsMapTo2() {
        assertThat(new CommandFailures().getExitCode(new CommandLine.ParameterException(commandLine, "x")))
                .isEqualTo(2);
    }
}
