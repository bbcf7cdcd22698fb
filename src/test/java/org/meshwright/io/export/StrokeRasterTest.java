package org.meshwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;
import org.meshwright.diagram.PathData;

/**
 * The fast stroke looks like Java2D's: on strokes of the kinds the diagram draws (curves at
 * many angles, solid, dashed, dotted, 0.4 to 4 px wide) the ink agrees closely overall and
 * no pixel is far off, on random curves and cornered polylines too; a stroke filled band by
 * band, down to bands of one row, gives the same pixels as in one go.
 */
class StrokeRasterTest {

    private static final int W = 400;
    private static final int H = 300;
    private static final int GREY = 0x8a98ad;

    private static PathData curve(double x0, double y0, double x1, double y1) {
        double my = (y0 + y1) / 2;
        return PathData.builder().moveTo(x0, y0).cubicTo(x0, my, x1, my, x1, y1).build();
    }

    private static PathData[] paths() {
        return new PathData[] {
            curve(20, 20, 380, 280), curve(200, 10, 210, 290), curve(10, 150, 390, 160), curve(380, 20, 30, 250),
            PathData.builder().moveTo(50, 50).lineTo(350, 52).lineTo(340, 250).build(),
        };
    }

    private static BufferedImage white() {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.dispose();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static BufferedImage java2d(PathData path, float width, float[] dashes) {
        BufferedImage image = white();
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(GREY));
        g.setStroke(dashes == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
        g.draw(Java2dPainter.path(path));
        g.dispose();
        return image;
    }

    private static BufferedImage raster(PathData path, double width, double[] dashes) {
        BufferedImage image = white();
        new StrokeRaster(pixels(image), W, 0, H, 0)
                .fill(StrokeRaster.prepare(path, 1, 0, 0, width, dashes, 0, GREY, 1));
        return image;
    }

    /** Ink: the sum over pixels of how far each is from white, all channels. */
    private static long ink(BufferedImage image) {
        long sum = 0;
        for (int p : pixels(image)) {
            sum += 765 - ((p >>> 16 & 0xff) + (p >>> 8 & 0xff) + (p & 0xff));
        }
        return sum;
    }

    private static int maxDifference(BufferedImage a, BufferedImage b) {
        int max = 0;
        int[] pa = pixels(a);
        int[] pb = pixels(b);
        for (int i = 0; i < pa.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                max = Math.max(max, Math.abs((pa[i] >>> shift & 0xff) - (pb[i] >>> shift & 0xff)));
            }
        }
        return max;
    }

    @Test
    void solidDashedAndDottedStrokesLookLikeJava2ds() {
        for (float width : new float[] {0.4f, 1f, 1.5f, 3f, 4f}) {
            float[][] patterns = {null, {7 * width, 4 * width}, {0.01f, 3 * width}, {7 * width, 3 * width, 0.01f, 3 * width}};
            for (float[] dashes : patterns) {
                for (PathData path : paths()) {
                    double[] d = null;
                    if (dashes != null) {
                        d = new double[dashes.length];
                        for (int i = 0; i < dashes.length; i++) {
                            d[i] = dashes[i];
                        }
                    }
                    BufferedImage expected = java2d(path, width, dashes);
                    BufferedImage actual = raster(path, width, d);
                    String what = "width " + width + ", dashes " + java.util.Arrays.toString(dashes) + ", " + path;
                    boolean thinDots = dashes != null && width <= 1.5 && (dashes[0] < 1 || dashes.length > 2 && dashes[2] < 1);
                    if (!thinDots) { // Java2D under-draws dots of a pixel or less: see the next test
                        double inkRatio = (double) ink(actual) / ink(expected);
                        assertThat(inkRatio).as(what).isBetween(0.94, 1.06);
                    }
                    assertThat(maxDifference(actual, expected)).as(what).isLessThanOrEqualTo(110);
                }
            }
        }
    }

    /** Ink in units of one pixel fully covered by the stroke colour. */
    private static double area(BufferedImage image) {
        return ink(image) / (double) (765 - (0x8a + 0x98 + 0xad));
    }

    @Test
    void strokesCarryTheirTrueAreaEvenWhereJava2dDoesNot() {
        PathData line = PathData.builder().moveTo(20, 20.3).lineTo(380, 200.7).build();
        double length = Math.hypot(360, 180.4);
        for (double width : new double[] {0.4, 1, 3}) {
            double solid = width * length + Math.PI * width * width / 4;
            assertThat(area(raster(line, width, null))).as("solid " + width).isCloseTo(solid, withinPercent(2));
            double period = 0.01 + 3 * width;
            double dots = (Math.PI * width * width / 4 + width * 0.01) * (length / period + 1);
            assertThat(area(raster(line, width, new double[] {0.01, 3 * width}))).as("dots " + width)
                    .isCloseTo(dots, withinPercent(5));
        }
        // Java2D draws dots of 0.4 px with about two thirds of their area
        double java2d = area(java2d(line, 0.4f, new float[] {0.01f, 1.2f}));
        assertThat(java2d).isLessThan(0.8 * area(raster(line, 0.4, new double[] {0.01, 1.2})));
    }

    private static org.assertj.core.data.Percentage withinPercent(double p) {
        return org.assertj.core.data.Percentage.withPercentage(p);
    }

    @Test
    void aStrokeFilledBandByBandHasTheSamePixelsAsInOneGo() {
        for (double width : new double[] {0.4, 1.03, 3}) {
            for (PathData path : paths()) {
                StrokeRaster.Prepared stroke = StrokeRaster.prepare(path, 1, 0.25, -0.5, width,
                        new double[] {7 * width, 4 * width}, 2, GREY, 0.8);
                BufferedImage whole = white();
                new StrokeRaster(pixels(whole), W, 0, H, 0).fill(stroke);
                int[] banded = pixels(white());
                int rows = 17;
                for (int top = 0; top < H; top += rows) {
                    int bottom = Math.min(H, top + rows);
                    int[] band = new int[W * (bottom - top)];
                    System.arraycopy(banded, top * W, band, 0, band.length);
                    new StrokeRaster(band, W, top, bottom, top).fill(stroke);
                    System.arraycopy(band, 0, banded, top * W, band.length);
                }
                assertThat(banded).as("width " + width + ", " + path).isEqualTo(pixels(whole));
                assertThat(ink(whole)).isPositive();
            }
        }
    }

    /** Seeded random paths: curves, and polylines whose corners turn up to 120 degrees. */
    private static PathData[] randomPaths(long seed, int count) {
        java.util.Random rnd = new java.util.Random(seed);
        PathData[] paths = new PathData[count];
        for (int i = 0; i < count; i++) {
            double x = 20 + rnd.nextDouble() * (W - 40);
            double y = 20 + rnd.nextDouble() * (H - 40);
            PathData.Builder b = PathData.builder().moveTo(x, y);
            if (i % 2 == 0) {
                b.cubicTo(rnd.nextDouble() * W, rnd.nextDouble() * H, rnd.nextDouble() * W, rnd.nextDouble() * H,
                        20 + rnd.nextDouble() * (W - 40), 20 + rnd.nextDouble() * (H - 40));
            } else {
                double angle = rnd.nextDouble() * 2 * Math.PI;
                for (int k = 0; k < 3; k++) {
                    double len = 40 + rnd.nextDouble() * 80;
                    x = Math.max(5, Math.min(W - 5, x + Math.cos(angle) * len));
                    y = Math.max(5, Math.min(H - 5, y + Math.sin(angle) * len));
                    b.lineTo(x, y);
                    angle += (rnd.nextDouble() - 0.5) * Math.toRadians(240);
                }
            }
            paths[i] = b.build();
        }
        return paths;
    }

    @Test
    void randomCurvesAndCorneredPolylinesLookLikeJava2ds() {
        for (float width : new float[] {0.6f, 1.03f, 2f, 3.5f}) {
            float[][] patterns = {null, {7 * width, 4 * width}, {7 * width, 3 * width, 0.01f, 3 * width}};
            for (float[] dashes : patterns) {
                double[] d = null;
                if (dashes != null) {
                    d = new double[dashes.length];
                    for (int i = 0; i < dashes.length; i++) {
                        d[i] = dashes[i];
                    }
                }
                for (PathData path : randomPaths(Float.floatToIntBits(width), 6)) {
                    BufferedImage expected = java2d(path, width, dashes);
                    BufferedImage actual = raster(path, width, d);
                    String what = "width " + width + ", dashes " + java.util.Arrays.toString(dashes) + ", " + path;
                    if (dashes == null || width > 1.5) {
                        assertThat((double) ink(actual) / ink(expected)).as(what).isBetween(0.94, 1.06);
                    }
                    assertThat(maxDifference(actual, expected)).as(what).isLessThanOrEqualTo(110);
                }
            }
        }
    }

    @Test
    void dashesCutAtAnyBandEdgeGiveTheSamePixelsAsInOneGo() {
        // each band works out the dashes near its rows afresh, from the length along the line
        for (double width : new double[] {0.5, 1.03, 3}) {
            for (PathData path : randomPaths(7, 6)) {
                StrokeRaster.Prepared stroke = StrokeRaster.prepare(path, 1, 0.3, 0.2, width,
                        new double[] {7 * width, 3 * width, 0.01, 3 * width}, 5, GREY, 1);
                BufferedImage whole = white();
                new StrokeRaster(pixels(whole), W, 0, H, 0).fill(stroke);
                for (int rows : new int[] {1, 5}) {
                    int[] banded = pixels(white());
                    for (int top = 0; top < H; top += rows) {
                        new StrokeRaster(banded, W, top, Math.min(H, top + rows), 0).fill(stroke);
                    }
                    assertThat(banded).as("width " + width + ", rows " + rows + ", " + path)
                            .isEqualTo(pixels(whole));
                }
            }
        }
    }

    @Test
    void eachSubpathRestartsThePatternAndOneOfNoLengthIsADot() {
        PathData path = PathData.builder().moveTo(20, 30).lineTo(380, 40).moveTo(20, 130).lineTo(380, 160).build();
        for (float width : new float[] {1f, 3f}) {
            float[] dashes = {7 * width, 4 * width};
            BufferedImage expected = java2d(path, width, dashes);
            BufferedImage actual = raster(path, width, new double[] {7 * width, 4 * width});
            assertThat((double) ink(actual) / ink(expected)).as("width " + width).isBetween(0.94, 1.06);
            assertThat(maxDifference(actual, expected)).as("width " + width).isLessThanOrEqualTo(110);
            // a subpath of no length: a disc of the stroke's width (Java2D draws nothing there when dashed)
            BufferedImage dot = raster(PathData.builder().moveTo(200, 250).lineTo(200, 250).build(), width, null);
            assertThat(area(dot)).as("dot " + width).isCloseTo(Math.PI * width * width / 4, withinPercent(15));
        }
    }
}
