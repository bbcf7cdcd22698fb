package org.meshwright.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden comparison says where outputs differ and how to regenerate. */
class GoldenTest {

    @Test
    void textDifferenceNamesTheFirstDifferingLine() {
        assertThat(Golden.textDifference("a\nb\nc\n", "a\nb\nc\n")).isNull();
        assertThat(Golden.textDifference("a\nX\nc\n", "a\nb\nc\n"))
                .isEqualTo("first difference at line 2\n  expected: \"b\"\n  actual:   \"X\"");
        assertThat(Golden.textDifference("a\n", "a\nb\n")).isEqualTo("the output ends after line 1; expected line 2: \"b\"");
        assertThat(Golden.textDifference("a\nb\n", "a\n")).isEqualTo("the output goes on after line 1 with: \"b\"");
        assertThat(Golden.textDifference("a", "a\n")).isEqualTo("the output ends after line 1; expected line 2: \"\"");
    }

    @Test
    void pixelDifferenceNamesTheFirstPixelAndCountsTheOthers() {
        BufferedImage a = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        assertThat(Golden.pixelDifference(a, b)).isNull();
        a.setRGB(2, 0, 0xff0000);
        a.setRGB(1, 1, 0x00ff00);
        assertThat(Golden.pixelDifference(a, b))
                .isEqualTo("first differing pixel at (2, 0): expected #ff000000, actual #ffff0000; 2 of 6 pixels differ");
        assertThat(Golden.pixelDifference(a, new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)))
                .isEqualTo("size 3x2 but expected 2x2");
    }

    @Test
    void pngsWithTheSamePixelsMatchWhateverTheirBytes(@TempDir Path dir) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x123456);
        Path rgb = dir.resolve("a.png");
        ImageIO.write(image, "png", rgb.toFile());
        BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                argb.setRGB(x, y, image.getRGB(x, y));
            }
        }
        Path other = dir.resolve("b.png");
        ImageIO.write(argb, "png", other.toFile());
        assertThat(Files.readAllBytes(rgb)).isNotEqualTo(Files.readAllBytes(other));
        Golden.compare(rgb, other);

        argb.setRGB(3, 3, 0xff000000 | 0xabcdef);
        ImageIO.write(argb, "png", other.toFile());
        assertThatThrownBy(() -> Golden.compare(rgb, other))
                .hasMessageContaining("first differing pixel at (3, 3)")
                .hasMessageContaining("-Dmeshwright.golden.update=true");
    }
}
