package org.meshwright.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.meshwright.ui.shell.MainViewModel;
import org.meshwright.ui.shell.MainWindow;

/** The desktop app: shows the main window and opens the FILE it was started with, if any. */
public final class MeshwrightApp extends Application {

    private MainWindow mainWindow;

    @Override
    public void start(Stage stage) {
        mainWindow = new MainWindow(stage, new MainViewModel());
        stage.show();
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        if (!args.isEmpty()) {
            mainWindow.open(Path.of(args.get(0)));
        }
    }

    /** The main window, once {@link #start} has run. */
    public MainWindow mainWindow() {
        return mainWindow;
    }
}
