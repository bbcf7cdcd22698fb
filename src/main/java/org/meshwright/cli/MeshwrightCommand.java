package org.meshwright.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command, {@code meshwright}: standard help and version options and the subcommands. */
@Command(name = "meshwright",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Design, check and export data mesh topologies.",
        synopsisHeading = "%nUsage: ",
        description = {
                "Without a command, the desktop app starts (optionally opening FILE):",
                "  meshwright [FILE]",
                "The commands below run headless, without a display."},
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  done; for validate, no finding at or above --fail-on",
                "  1  validate found findings at or above --fail-on",
                "  2  usage error: unknown command, option or format",
                "  3  an input could not be read (FILE:LINE:COLUMN: message on stderr)"},
        subcommands = {ValidateCommand.class, ExportCommand.class, NewCommand.class, LayoutCommand.class,
                HelpCommand.class})
final class MeshwrightCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Reached only when the command line is run without a command (Main starts the desktop app then). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
