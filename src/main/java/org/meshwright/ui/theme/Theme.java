package org.meshwright.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.prefs.Preferences;
import javafx.application.Application;
import org.meshwright.diagram.DiagramStyle;

/**
 * The app's light and dark themes: the AtlantaFX chrome and the diagram style that goes
 * with it. The choice is kept in the preferences under {@value #KEY}.
 */
public enum Theme {
    LIGHT("Light", "light"),
    DARK("Dark", "dark");

    /** The preference key of the chosen theme. */
    public static final String KEY = "theme";

    private final String label;
    private final String keyword;

    Theme(String label, String keyword) {
        this.label = label;
        this.keyword = keyword;
    }

    public String label() {
        return label;
    }

    /** The diagram style of the canvas in this theme. */
    public DiagramStyle diagramStyle() {
        return this == DARK ? DiagramStyle.dark() : DiagramStyle.light();
    }

    /** Makes this theme's stylesheet the application's; call on the FX thread. */
    public void apply() {
        String css = this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(css);
    }

    /** The theme remembered in {@code prefs}, light where none (or an unknown one) is. */
    public static Theme remembered(Preferences prefs) {
        String stored = prefs.get(KEY, LIGHT.keyword);
        return Arrays.stream(values()).filter(t -> t.keyword.equals(stored)).findFirst().orElse(LIGHT);
    }

    public void remember(Preferences prefs) {
        prefs.put(KEY, keyword);
    }
}
