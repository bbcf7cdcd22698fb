package org.meshwright.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log file: where stack traces go instead of to the user. {@link #install(Path)} points
 * {@code java.util.logging} at {@code <config folder>/logs/meshwright.log.0} (the newest;
 * {@code .1} to {@code .4} are older; a second process logging at the same time writes
 * {@code meshwright.log.0.1}), at most 1 MiB each, and removes the console handler so that
 * nothing logged reaches a terminal. The About box names {@link #folder()}; a command that
 * fails unexpectedly logs through {@link #logUnexpected} and names the folder.
 */
public final class LogFiles {

    /** Bytes per file before it rotates. */
    static final int LIMIT = 1024 * 1024;
    /** Files kept: the present one and four older. */
    static final int COUNT = 5;
    static final String PATTERN_NAME = "meshwright.log";

    private static Path installedFolder;
    private static Handler handler;

    private LogFiles() {
    }

    /** The log folder in Meshwright's settings folder: {@code <config folder>/logs}. */
    public static Path defaultFolder() {
        return UserFolders.configFolder().resolve("logs");
    }

    /** The folder logged to, once {@link #install} has succeeded. */
    public static synchronized Optional<Path> folder() {
        return Optional.ofNullable(installedFolder);
    }

    /** Logs to the default folder; see {@link #install(Path)}. */
    public static synchronized Path install() throws IOException {
        return install(defaultFolder());
    }

    /**
     * Sends the root logger's records (INFO and above) to rotating files in {@code folder},
     * creating it, and removes the console handler. Installing again elsewhere moves the log.
     */
    public static synchronized Path install(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (dir.equals(installedFolder)) {
            return dir;
        }
        Files.createDirectories(dir);
        FileHandler file = new FileHandler(dir.resolve(PATTERN_NAME).toString(), LIMIT, COUNT, true);
        file.setEncoding("UTF-8");
        file.setFormatter(new LineFormatter());
        file.setLevel(Level.INFO);
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            if (h == handler) {
                h.close();
            }
        }
        root.addHandler(file);
        root.setLevel(Level.INFO);
        handler = file;
        installedFolder = dir;
        return dir;
    }

    /**
     * Logs an unexpected failure with its stack trace, installing the log in the default
     * folder first if need be; the log folder it went to, or empty where no log could be
     * written (a read-only home folder).
     */
    public static synchronized Optional<Path> logUnexpected(String what, Throwable failure) {
        if (installedFolder == null) {
            try {
                install();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        Logger.getLogger("org.meshwright").log(Level.SEVERE, what, failure);
        handler.flush();
        return folder();
    }

    /**
     * Back to the JVM's logging configuration: the log file closed, the console handler back
     * (for tests, and for a program that embeds Meshwright and logs its own way).
     */
    public static synchronized void reset() throws IOException {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
        handler = null;
        installedFolder = null;
        java.util.logging.LogManager.getLogManager().readConfiguration();
    }

    /** One line per record (time, level, logger, message), then the stack trace if any. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(160)
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
