package org.meshwright.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.meshwright.ui.editor.BackgroundThreads;
import org.meshwright.ui.editor.EditorViewModel;
import org.meshwright.ui.editor.RecentFiles;
import org.meshwright.ui.shell.EditorWindow;
import org.meshwright.ui.shell.Warmup;

/**
 * The desktop app: wires the editor window to its view model and a background thread for
 * validation, and opens the FILE it was started with, if any. Preferences live under the
 * node named by the system property {@code meshwright.prefs} (tests use their own).
 */
public final class MeshwrightApp extends Application {

    private EditorWindow window;
    private ExecutorService background;
    private Warmup warmup;

    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node(System.getProperty("meshwright.prefs", "org/meshwright"));
        background = Executors.newSingleThreadExecutor(BackgroundThreads.named("meshwright-validation"));
        EditorViewModel editor = new EditorViewModel(background, Platform::runLater, new RecentFiles(prefs.node("recent")));
        editor.setFrameScheduler(task -> afterFrames(3, task));
        window = new EditorWindow(stage, editor, prefs);
        setWindowIcons(stage);
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> unexpected(stage, failure));
        stage.show();
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        }
        // while the user picks a file, or a large one is read: what shows a mesh gets ready,
        // until one is open (or the window is gone)
        javafx.scene.Scene scene = stage.getScene();
        warmup = Warmup.start(window, () -> stage.isShowing() && stage.getScene() == scene && editor.mesh() == null,
                task -> afterFrames(2, task));
    }

    /**
     * A failure nobody caught on the FX thread: the details go to the log file, the user gets
     * one sentence and the way on; the app keeps running and autosave keeps their work.
     */
    private static void unexpected(Stage owner, Throwable failure) {
        java.util.Optional<java.nio.file.Path> log = org.meshwright.io.LogFiles.logUnexpected("desktop app", failure);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Meshwright ran into an unexpected problem (" + failure.getClass().getSimpleName() + ").");
        alert.setContentText("Your work is still open, and unsaved changes are kept in a recovery copy. Save now"
                + " (Ctrl+S) and carry on." + log.map(p -> " The details are in " + p
                + "; please attach that file to a bug report.").orElse(""));
        alert.show();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    /** The app icon in the sizes desktops pick from (rendered by icons/build-icons.sh). */
    private static void setWindowIcons(Stage stage) {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MeshwrightApp.class.getResource("icons/meshwright-" + size + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm()));
            }
        }
        stage.getIcons().setAll(icons);
    }

    /** The editor window, once {@link #start} has run. */
    public EditorWindow window() {
        return window;
    }

    /** The warm-up started with the window. */
    public Warmup warmup() {
        return warmup;
    }

    /**
     * Runs {@code task} on the FX thread once {@code count} more frames have been drawn: after
     * three, what the last turns put on screen has had its styles, layout and first paint.
     */
    private static void afterFrames(int count, Runnable task) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= count) {
                    stop();
                    task.run();
                }
            }
        }.start();
    }
}
