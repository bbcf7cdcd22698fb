package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The editor window carries the app icon in every size a desktop may ask for. */
@ExtendWith(ApplicationExtension.class)
class WindowIconTest {

    private Stage stage;
    private String prefsNode;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefsNode = "org/meshwright/test-" + UUID.randomUUID();
        System.setProperty("meshwright.prefs", prefsNode);
        // Monocle's headless screen is 1280x800: the window stays on it.
        Preferences.userRoot().node(prefsNode).putDouble("window.width", 1280);
        Preferences.userRoot().node(prefsNode).putDouble("window.height", 800);
        new MeshwrightApp().start(stage);
        stage.setX(0);
        stage.setY(0);
    }

    @AfterEach
    void cleanUp() throws Exception {
        Preferences.userRoot().node(prefsNode).removeNode();
    }

    @Test
    void windowHasTheAppIconFrom16To256Pixels() {
        assertThat(stage.getIcons()).allSatisfy(icon -> {
            assertThat(icon.isError()).as("icon loads").isFalse();
            assertThat(icon.getWidth()).isEqualTo(icon.getHeight());
        });
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }
}
