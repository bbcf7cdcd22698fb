package org.meshwright.app;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.meshwright.io.LogFiles;

/**
 * Starts the desktop app. Kept apart from {@link Main} so that the JavaFX classes load only
 * when the desktop app is wanted.
 */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        startLog();
        try {
            Application.launch(MeshwrightApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            // Typically no display: say so in one line, and point at the headless commands.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            System.err.println("meshwright: cannot start the desktop app: " + reason);
            System.err.println("meshwright: the commands run without a display; see: meshwright --help");
            System.exit(1);
        }
    }

    /**
     * Stack traces go to the log file under the user's config folder, never to a terminal;
     * an exception nobody caught is logged there too. Without a writable folder the app runs
     * without a log.
     */
    private static void startLog() {
        try {
            LogFiles.install();
        } catch (IOException | RuntimeException e) {
            return;
        }
        Logger log = Logger.getLogger("org.meshwright");
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                log.log(Level.SEVERE, "uncaught exception in thread " + thread.getName(), e));
    }
}
