package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.meshwright.app.Main.Mode;

class MainTest {

    private static final Set<String> COMMANDS = Set.of("validate", "export", "help");
    private static final Predicate<String> NO_FILES = path -> false;

    private static Mode mode(String... args) {
        return Main.mode(args, COMMANDS, NO_FILES);
    }

    @Test
    void noArgumentsStartTheDesktopApp() {
        assertThat(mode()).isEqualTo(Mode.DESKTOP);
    }

    @Test
    void aSingleFileStartsTheDesktopAppWithIt() {
        assertThat(mode("samples/eshop-governed.mesh.yaml")).isEqualTo(Mode.DESKTOP);
        assertThat(mode("mesh.yaml")).isEqualTo(Mode.DESKTOP);
        assertThat(mode("C:\\meshes\\mine")).isEqualTo(Mode.DESKTOP);
    }

    @Test
    void anExistingFileWithoutExtensionStartsTheDesktopApp() {
        assertThat(Main.mode(new String[] {"mymesh"}, COMMANDS, "mymesh"::equals)).isEqualTo(Mode.DESKTOP);
    }

    @Test
    void commandsRunOnTheCommandLine() {
        assertThat(mode("validate", "a.mesh.yaml")).isEqualTo(Mode.COMMAND_LINE);
        assertThat(mode("export", "--format", "yaml", "a.mesh.yaml")).isEqualTo(Mode.COMMAND_LINE);
        assertThat(mode("help")).isEqualTo(Mode.COMMAND_LINE);
        assertThat(mode("validate")).isEqualTo(Mode.COMMAND_LINE);
    }

    @Test
    void optionsRunOnTheCommandLine() {
        assertThat(mode("--version")).isEqualTo(Mode.COMMAND_LINE);
        assertThat(mode("--help")).isEqualTo(Mode.COMMAND_LINE);
        assertThat(mode("-h")).isEqualTo(Mode.COMMAND_LINE);
    }

    @Test
    void aFileWithMoreArgumentsIsForTheCommandLineToReject() {
        assertThat(mode("a.mesh.yaml", "b.mesh.yaml")).isEqualTo(Mode.COMMAND_LINE);
    }

    @Test
    void aLoneWordThatIsNoFileIsTakenForAMistypedCommand() {
        assertThat(mode("valdate")).isEqualTo(Mode.COMMAND_LINE);
        assertThat(mode("")).isEqualTo(Mode.COMMAND_LINE);
    }
}
