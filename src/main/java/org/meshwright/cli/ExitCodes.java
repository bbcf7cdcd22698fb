package org.meshwright.cli;

/** The exit codes of the command line, as cli.md defines them. */
public final class ExitCodes {

    /** Done; for {@code validate}, no finding at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** {@code validate} found findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Something else failed: output that cannot be written, or an internal error (same code as {@link #FINDINGS}). */
    public static final int FAILED = 1;
    /** Usage error: unknown command, option or format. */
    public static final int USAGE = 2;
    /** An input could not be read: missing file, not YAML, breaks the format. */
    public static final int UNREADABLE_INPUT = 3;

    private ExitCodes() {
    }
}
