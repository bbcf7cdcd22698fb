package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeshwrightCliTest {

    @Test
    void versionPrintsNameAndVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("meshwright \\S+\\R");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: meshwright", "validate", "export", "Exit codes");
    }

    @Test
    void helpOfASubcommandShowsItsOptions() {
        CliRun run = CliRun.of("help", "validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format", "--fail-on", "FILE");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate", "x.mesh.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate").contains("Usage: meshwright");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("--frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate").contains("Usage:");
    }

    @Test
    void mistypedCommandGetsASuggestion() {
        CliRun run = CliRun.of("valdate", "x.mesh.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("validate");
    }

    @Test
    void commandNamesAreKnownWithoutRunningAnything() {
        assertThat(MeshwrightCli.commandNames()).contains("validate", "export", "new", "layout", "help");
    }
}
