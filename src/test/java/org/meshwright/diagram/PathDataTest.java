package org.meshwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathDataTest {

    @Test
    void relativeCommandsAndImplicitLinesBecomeAbsolute() {
        PathData path = PathData.parse("m10 10 h5 v5 l-5 0 z M0,0 L1 1 2 2 q1 1 2 0 c1 1 2 2 3 3 Z");

        assertThat(path.toSvg()).isEqualTo("M10 10 L15 10 L15 15 L10 15 Z M0 0 L1 1 L2 2 Q3 3 4 2 C5 3 6 4 7 5 Z");
    }

    @Test
    void writtenDataReadsBackTheSame() {
        PathData path = PathData.builder().moveTo(1.234, -5).cubicTo(1, 2, 3, 4, 5.5, 6).quadTo(0, 0, -0.001, 2)
                .close().build();

        assertThat(PathData.parse(path.toSvg()).toSvg()).isEqualTo(path.toSvg()).isEqualTo(
                "M1.23 -5 C1 2 3 4 5.5 6 Q0 0 0 2 Z");
    }

    @Test
    void numbersMayRunTogether() {
        assertThat(PathData.parse("M1-2L.5.5l1e1-1E0").toSvg()).isEqualTo("M1 -2 L0.5 0.5 L10.5 -0.5");
    }

    @Test
    void unsupportedCommandsAndBrokenDataAreRefused() {
        assertThatThrownBy(() -> PathData.parse("M0 0 A1 1 0 0 1 2 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathData.parse("10 10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathData.parse("M0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathData.parse("M0 0 Z 5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsAndTransformFollowThePoints() {
        PathData path = PathData.parse("M2 4 L10 4 L10 20 Z");

        assertThat(path.bounds()).isEqualTo(new Rect(2, 4, 8, 16));
        assertThat(path.transform(2, 1, 1).bounds()).isEqualTo(new Rect(5, 9, 16, 32));
    }

    @Test
    void numbersAreWrittenExactlyAsStringFormatWroteThem() {
        java.util.Random random = new java.util.Random(7);
        double[] edges = {0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.015, 1.005, 2.675, -2.675, 0.1, 0.29, 99.995,
                123456789.125, -1e12 - 0.005, 9.999e12, 1e13, 1e14 + 0.25, 5e15, Double.NaN};
        for (double v : edges) {
            assertThat(PathData.number(v)).as("%s", v).isEqualTo(PathData.wideNumber(v));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 200;
                case 1 -> (random.nextDouble() - 0.5) * 2e5;
                case 2 -> Math.round((random.nextDouble() - 0.5) * 2e6) / 1000.0; // on the rounding edge
                default -> (random.nextDouble() - 0.5) * 2e13;
            };
            assertThat(PathData.number(v)).as("%s", v).isEqualTo(PathData.wideNumber(v));
        }
    }

    @Test
    void appendSvgWritesWhatTransformAndToSvgWrite() {
        PathData path = PathData.parse("M10.123 10 h5.555 v5 l-5 0 z M0,0 L1 1 2 2 q1 1 2 0 c1 1 2 2 3 3 Z");
        StringBuilder sb = new StringBuilder("x");
        path.appendSvg(sb, 0.685, -12.345, 7.005);
        assertThat(sb.toString()).isEqualTo("x" + path.transform(0.685, -12.345, 7.005).toSvg());
    }
}
