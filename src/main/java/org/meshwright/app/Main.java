package org.meshwright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.function.Predicate;
import org.meshwright.cli.MeshwrightCli;

/**
 * The jar's entry point: starts the desktop app or runs a command. It is deliberately not a
 * JavaFX {@code Application} (a fat jar could not start one) and touches no JavaFX class on
 * the command-line path, so that commands run without a display.
 */
public final class Main {

    /** What a run of the program does. */
    enum Mode {
        /** Start the desktop app, optionally opening the one FILE argument. */
        DESKTOP,
        /** Run the command line and exit with its code. */
        COMMAND_LINE
    }

    private Main() {
    }

    public static void main(String[] args) {
        if (mode(args, MeshwrightCli.commandNames(), Main::isExistingFile) == Mode.DESKTOP) {
            // A separate class, so that JavaFX is loaded on this branch only.
            DesktopLauncher.launch(args);
        } else {
            System.exit(MeshwrightCli.run(args));
        }
    }

    /**
     * Decides between desktop and command line. No argument, or one argument that is not a
     * command or an option, means the desktop app (the argument being a FILE). One exception
     * keeps typos out of the desktop app: a lone word without a dot or a path separator that
     * names no existing file ({@code valdate}) goes to the command line, which reports it as
     * an unknown command and suggests the closest one.
     *
     * @param args        the program's arguments
     * @param commands    the command names of the command line
     * @param fileExists  whether a path names an existing file
     */
    static Mode mode(String[] args, Set<String> commands, Predicate<String> fileExists) {
        if (args.length == 0) {
            return Mode.DESKTOP;
        }
        if (args.length > 1) {
            return Mode.COMMAND_LINE;
        }
        String arg = args[0];
        if (arg.isEmpty() || arg.startsWith("-") || commands.contains(arg)) {
            return Mode.COMMAND_LINE;
        }
        boolean looksLikePath = arg.contains(".") || arg.contains("/") || arg.contains("\\");
        return looksLikePath || fileExists.test(arg) ? Mode.DESKTOP : Mode.COMMAND_LINE;
    }

    private static boolean isExistingFile(String arg) {
        try {
            Path path = Paths.get(arg);
            return Files.exists(path);
        } catch (RuntimeException e) {
            // Not even a valid path: certainly no file.
            return false;
        }
    }
}
