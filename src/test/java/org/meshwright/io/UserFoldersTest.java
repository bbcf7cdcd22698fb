package org.meshwright.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertThat(UserFolders.configFolder("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/u"))
                .isEqualTo(Path.of("/cfg/meshwright"));
        assertThat(UserFolders.configFolder("Linux", Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/meshwright"));
        assertThat(UserFolders.configFolder("Linux", Map.of("XDG_CONFIG_HOME", "relative/dir"), "/home/u"))
                .as("a relative XDG_CONFIG_HOME is ignored, as the XDG spec says")
                .isEqualTo(Path.of("/home/u/.config/meshwright"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(UserFolders.configFolder("Windows 11", Map.of("APPDATA", "/appdata"), "/home/u"))
                .isEqualTo(Path.of("/appdata", "Meshwright"));
        assertThat(UserFolders.configFolder("Windows 11", Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u", "AppData", "Roaming", "Meshwright"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(UserFolders.configFolder("Mac OS X", Map.of("XDG_CONFIG_HOME", "/cfg"), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Meshwright"));
    }

    @Test
    void aSystemPropertyOverridesTheFolder() {
        String before = System.getProperty(UserFolders.OVERRIDE);
        try {
            System.setProperty(UserFolders.OVERRIDE, "/portable/settings");
            assertThat(UserFolders.configFolder()).isEqualTo(Path.of("/portable/settings"));
            assertThat(RecoveryStore.defaultFolder()).isEqualTo(Path.of("/portable/settings/recovery"));
            assertThat(LogFiles.defaultFolder()).isEqualTo(Path.of("/portable/settings/logs"));
        } finally {
            if (before == null) {
                System.clearProperty(UserFolders.OVERRIDE);
            } else {
                System.setProperty(UserFolders.OVERRIDE, before);
            }
        }
    }
}
