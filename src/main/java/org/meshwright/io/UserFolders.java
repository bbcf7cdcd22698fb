package org.meshwright.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Meshwright keeps its own files for the user (recovery files, logs): the platform's
 * folder for application settings. The folder is only named here; whoever writes into it
 * creates it.
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_CONFIG_HOME/meshwright}, else {@code ~/.config/meshwright};</li>
 *   <li>Windows: {@code %APPDATA%\Meshwright}, else {@code ~\AppData\Roaming\Meshwright};</li>
 *   <li>macOS: {@code ~/Library/Application Support/Meshwright}.</li>
 * </ul>
 * The system property {@code meshwright.config} names another folder (tests, portable installs).
 */
public final class UserFolders {

    /** The system property that overrides the folder. */
    public static final String OVERRIDE = "meshwright.config";

    private UserFolders() {
    }

    /** Meshwright's settings folder for the user running this process. */
    public static Path configFolder() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return configFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    /** The settings folder on the system {@code osName}, with these environment variables and home folder. */
    static Path configFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Meshwright");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Meshwright");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec: a relative value is invalid and to be ignored
        Path base = isAbsolute(xdg) ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("meshwright");
    }

    private static boolean isAbsolute(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        try {
            return Path.of(path).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
