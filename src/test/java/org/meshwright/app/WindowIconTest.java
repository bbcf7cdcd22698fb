package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

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
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.removePreferences();
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
