package org.meshwright.ui.shell;

import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** The window's size, position and panel layout, remembered between runs. */
final class WindowPrefs {

    private final Preferences prefs;

    WindowPrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        stage.setWidth(prefs.getDouble("window.width", 1440));
        stage.setHeight(prefs.getDouble("window.height", 900));
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    private static boolean onSomeScreen(double x, double y) {
        return javafx.stage.Screen.getScreensForRectangle(x, y, 200, 100).size() > 0;
    }

    void store(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
        }
    }

    boolean panelVisible(String panel) {
        return prefs.getBoolean("panel." + panel + ".visible", true);
    }

    void setPanelVisible(String panel, boolean visible) {
        prefs.putBoolean("panel." + panel + ".visible", visible);
    }

    boolean flag(String name, boolean fallback) {
        return prefs.getBoolean("flag." + name, fallback);
    }

    void setFlag(String name, boolean value) {
        prefs.putBoolean("flag." + name, value);
    }

    double divider(String name, double fallback) {
        return prefs.getDouble("divider." + name, fallback);
    }

    void setDivider(String name, double position) {
        prefs.putDouble("divider." + name, position);
    }
}
