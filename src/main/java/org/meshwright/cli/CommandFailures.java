package org.meshwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 *   <li>anything else, an I/O failure while writing output included: one line
 *       {@code meshwright: ...}, exit code 1.</li>
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
            err.println("meshwright: " + describe(ex));
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

    /** Prints that {@code target} cannot be written, and why; returns exit code 1. */
    static int cannotWrite(PrintWriter err, Object target, IOException e) {
        err.println("cannot write " + target + ": " + describe(e));
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
