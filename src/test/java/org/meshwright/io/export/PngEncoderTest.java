package org.meshwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG writer keeps every pixel, and its bytes do not depend on threads. */
class PngEncoderTest {

    private static BufferedImage image(int w, int h, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // flat areas (as in a diagram) with some noise and edges
                int v = (x / 7 + y / 5) % 3 == 0 ? random.nextInt(1 << 24) : 0xf0f4f8 + (x * 31 + y) % 5;
                image.setRGB(x, y, v);
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, ExecutorService pool) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out, pool);
        return out.toByteArray();
    }

    @Test
    void decodedPixelsAreTheImagesWhateverTheSizeAndThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            // 1x1; one run; a width that makes many runs of few rows
            for (int[] size : new int[][] {{1, 1}, {37, 23}, {3000, 400}, {5, 900}}) {
                BufferedImage image = image(size[0], size[1], size[0] * 31L + size[1]);
                byte[] alone = encode(image, null);
                byte[] threaded = encode(image, pool);
                assertThat(threaded).as("bytes do not depend on threads").isEqualTo(alone);
                BufferedImage back = ImageIO.read(new ByteArrayInputStream(alone));
                assertThat(back.getWidth()).isEqualTo(size[0]);
                assertThat(back.getHeight()).isEqualTo(size[1]);
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        assertThat(back.getRGB(x, y) & 0xffffff).as("(%d, %d)", x, y)
                                .isEqualTo(image.getRGB(x, y) & 0xffffff);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void adlerChecksumsCombineAsOneOverTheJoinedBytes() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] a = new byte[random.nextInt(70_000)];
            byte[] b = new byte[random.nextInt(70_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            Adler32 whole = new Adler32();
            whole.update(a);
            whole.update(b);
            Adler32 first = new Adler32();
            first.update(a);
            Adler32 second = new Adler32();
            second.update(b);
            assertThat(PngEncoder.combineAdler32(first.getValue(), second.getValue(), b.length))
                    .isEqualTo(whole.getValue());
        }
    }
}
