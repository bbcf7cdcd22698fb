package org.meshwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColourTest {

    @Test
    void hexIsLowerCaseRrggbbForEveryChannelValue() {
        for (int v = 0; v < 256; v++) {
            Colour c = new Colour(v, 255 - v, (v * 7) % 256, 0.5);
            assertThat(c.hex()).isEqualTo(String.format(Locale.ROOT, "#%02x%02x%02x", v, 255 - v, (v * 7) % 256));
        }
        assertThat(Colour.hex("#8A98AD").hex()).isEqualTo("#8a98ad");
    }
}
