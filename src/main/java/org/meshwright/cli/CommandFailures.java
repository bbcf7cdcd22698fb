package org.meshwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meshwright.io.LogFiles;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.ReadError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into a short message and an exit code, so that
 * no stack trace ever reaches the user (set the system property {@code meshwright.trace} to
 * see one):
 * <ul>
 *   <li>{@link MeshReadException}: each {@code FILE:LINE:COLUMN: message} line, exit code 3
 *       (an input could not be read);</li>
 *   <li>an I/O failure (writing the output, say): one line {@code meshwright: ...} naming
 *       the files of the command and what to check, exit code 1;</li>
 *   <li>anything else is a bug: one line naming the files and asking for a report, exit
 *       code 1; the stack trace goes to the log file ({@link LogFiles}), whose folder the line
 *       names.</li>
 * </ul>
 * Usage errors (unknown command, option or value) print the message and the usage and exit
 * with code 2.
 */
final class CommandFailures implements IExecutionExceptionHandler, IExitCodeExceptionMapper,
        IParameterExceptionHandler {

    /**
     * A usage error: the message, picocli's "did you mean" suggestions where it has some, and
     * the usage of the command that was given; exit code 2.
     */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println();
        commandLine.usage(err);
        if (Boolean.getBoolean("meshwright.trace")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof MeshReadException readFailure) {
            for (ReadError error : readFailure.errors()) {
                err.println(error.format());
            }
        } else {
            err.println("meshwright: " + explain(ex, filesOf(parseResult)));
        }
        if (Boolean.getBoolean("meshwright.trace")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return getExitCode(ex);
    }

    /** 2 for a usage error, 3 for a read failure, 1 for anything else. */
    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        return exception instanceof MeshReadException ? ExitCodes.UNREADABLE_INPUT : ExitCodes.FAILED;
    }

    /**
     * One line for a failure that is not a read error: what happened, to which files, and
     * what to do. A bug is logged with its stack trace first.
     */
    static String explain(Exception ex, List<String> files) {
        String where = files.isEmpty() ? "" : " (" + String.join(", ", files) + ")";
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return describe(ex) + where + "; check that the files and folders exist and that you may read and write"
                    + " them, and that the disk has room";
        }
        return describe(ex) + where + "; " + reportBug(ex, where);
    }

    /** What to do about a bug: report it, with the log it went to (where one could be written). */
    static String reportBug(Throwable bug, String where) {
        Optional<Path> log = LogFiles.logUnexpected("a command failed" + where, bug);
        return "this is a bug in Meshwright: please report it"
                + log.map(folder -> " with the log from " + folder)
                        .orElse(" (run java with -Dmeshwright.trace=true to see the details)");
    }

    /** The file arguments of the command that ran, as given. */
    static List<String> filesOf(ParseResult parseResult) {
        List<String> files = new ArrayList<>();
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            for (var positional : r.matchedPositionals()) {
                Object value = positional.getValue();
                if (value instanceof Path path) {
                    files.add(path.toString());
                } else if (value instanceof Collection<?> many) {
                    many.stream().filter(Path.class::isInstance).map(String::valueOf).forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Prints that {@code target} cannot be written, and why; returns exit code 1. */
    static int cannotWrite(PrintWriter err, Object target, IOException e) {
        err.println("cannot write " + target + ": " + describe(e)
                + "; check that the folder exists, that you may write there and that the disk has room");
        err.flush();
        return ExitCodes.FAILED;
    }

    /** One line: what went wrong, without the stack. */
    static String describe(Throwable ex) {
        Throwable shown = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        String message = shown.getMessage();
        String kind = shown instanceof IOException ? "I/O error" : "internal error (" + shown.getClass().getSimpleName() + ")";
        if (message == null || message.isBlank()) {
            return kind;
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        return kind + ": " + firstLine;
    }
}
