package org.meshwright.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;

/**
 * The command line of Meshwright: builds the picocli {@link CommandLine} for the
 * {@code meshwright} command and runs it. Everything here runs headless: no JavaFX class is
 * loaded on any command-line path.
 *
 * <p>Exit codes (see {@link ExitCodes}): 0 done, 1 findings at or above {@code --fail-on}
 * or an unexpected failure, 2 usage error, 3 an input could not be read.
 */
public final class MeshwrightCli {

    private MeshwrightCli() {
    }

    /** Runs {@code args} on the process's standard streams (UTF-8) and returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return newCommandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("meshwright: not enough memory for this input (the Java heap is "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); run java with a larger heap, e.g."
                    + " java -Xmx2g -jar meshwright.jar ...");
            return ExitCodes.UNREADABLE_INPUT;
        } catch (RuntimeException | Error e) {
            // what picocli does not hand to CommandFailures (an error such as a stack overflow)
            err.println("meshwright: " + CommandFailures.describe(e) + "; " + CommandFailures.reportBug(e, ""));
            if (Boolean.getBoolean("meshwright.trace")) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A fully configured command line writing to {@code out} and {@code err}. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MeshwrightCommand());
        CommandFailures failures = new CommandFailures();
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(failures);
        cl.setExecutionExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(failures);
        return cl;
    }

    /** The names of the subcommands (and their aliases), e.g. to tell a command from a file name. */
    public static Set<String> commandNames() {
        return new TreeSet<>(new CommandLine(new MeshwrightCommand()).getSubcommands().keySet());
    }
}
