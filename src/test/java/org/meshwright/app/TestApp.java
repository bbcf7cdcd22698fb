package org.meshwright.app;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The desktop app started for a test on Monocle's 1280x800 headless screen, with
 * preferences of its own so that tests neither see nor leave a user's settings.
 */
final class TestApp {

    private final String prefsNode = "org/meshwright/test-" + UUID.randomUUID();

    /** Starts the app in {@code stage}, sized to the headless screen. Call from {@code @Start}. */
    MeshwrightApp start(Stage stage) {
        System.setProperty("meshwright.prefs", prefsNode);
        Preferences prefs = Preferences.userRoot().node(prefsNode);
        prefs.putDouble("window.width", 1280);
        prefs.putDouble("window.height", 800);
        MeshwrightApp app = new MeshwrightApp();
        app.start(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        return app;
    }

    /** The test's own preferences node. */
    Preferences prefs() {
        return Preferences.userRoot().node(prefsNode);
    }

    /** Hides every window but {@code main} (dialogs, presentation, rules) a test left open. */
    static void hideOtherWindows(org.testfx.api.FxRobot robot, Stage main) {
        robot.interact(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != main).forEach(javafx.stage.Window::hide));
    }

    /** Removes the test's preferences. Call from {@code @AfterEach}. */
    void removePreferences() throws BackingStoreException {
        Preferences.userRoot().node(prefsNode).removeNode();
    }
}
