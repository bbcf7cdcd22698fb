package org.meshwright.app;

import javafx.application.Application;

/**
 * Starts the desktop app. Kept apart from {@link Main} so that the JavaFX classes load only
 * when the desktop app is wanted.
 */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
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
}
