package org.meshwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshwright.model.NodeKind;
import org.meshwright.rules.Severity;

class DiagramStyleTest {

    static Stream<DiagramStyle> styles() {
        return Stream.of(DiagramStyle.light(), DiagramStyle.dark(), DiagramStyle.highContrast());
    }

    @ParameterizedTest
    @MethodSource("styles")
    void kindsHaveDistinctColoursThatStandOutFromTheCards(DiagramStyle style) {
        assertThat(Arrays.stream(NodeKind.values()).map(style::kindColour)).doesNotHaveDuplicates();
        for (NodeKind kind : NodeKind.values()) {
            assertThat(style.chipIcon(kind).contrast(style.chipFill(kind))).as(kind.keyword()).isGreaterThan(3);
        }
    }

    @ParameterizedTest
    @MethodSource("styles")
    void textIsEasyToReadOnCardsAndInDomains(DiagramStyle style) {
        assertThat(style.text().contrast(style.nodeFill())).isGreaterThan(7);
        assertThat(style.mutedText().contrast(style.nodeFill())).isGreaterThan(4.5);
        for (int i = 0; i < style.domainHueCount(); i++) {
            assertThat(style.domainTitle(i).contrast(style.domainFill(i))).as("domain %d", i).isGreaterThan(4.5);
        }
        for (Severity s : Severity.values()) {
            assertThat(style.markerText().contrast(style.severity(s))).as(s.keyword()).isGreaterThan(3);
        }
    }

    @ParameterizedTest
    @MethodSource("styles")
    void aStyleCanChangeItsBackgroundAndFontsAlone(DiagramStyle style) {
        DiagramStyle white = style.withBackground(Colour.WHITE).withFontFamilies(java.util.List.of("Arial"));

        assertThat(white.background()).isEqualTo(Colour.WHITE);
        assertThat(white.nodeNameFont().families()).containsExactly("Arial");
        assertThat(white.kindColour(NodeKind.HUB)).isEqualTo(style.kindColour(NodeKind.HUB));
        assertThat(style.fontFamilies()).isEqualTo(DiagramStyle.FONT_FAMILIES);
    }
}
