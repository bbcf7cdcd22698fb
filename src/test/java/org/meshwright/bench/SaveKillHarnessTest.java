package org.meshwright.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short run of the crash-safety proof: ten child JVMs killed with SIGKILL during saves
 * of a 2,000-node mesh. {@link SaveKillHarness#main} runs the long one (100 kills and more).
 */
class SaveKillHarnessTest {

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileNeverAMix() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        SaveKillHarness.Report report = SaveKillHarness.run(new SaveKillHarness.Options(10, 2_000, 7, dir),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        report.print(new PrintStream(log, true, StandardCharsets.UTF_8));
        report.print(System.out);
        String shown = log.toString(StandardCharsets.UTF_8);
        assertThat(report.violations()).as(shown).isEmpty();
        assertThat(report.kills()).isEqualTo(10);
        assertThat(report.phases().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(report.leftoversCleaned()).as("every leftover temporary file is deleted by a later save")
                .isEqualTo(report.leftovers());
        assertThat(shown).contains("kill  10:");
    }
}
