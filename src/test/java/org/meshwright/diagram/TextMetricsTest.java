package org.meshwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    /** Every character 1 unit wide at size 1. */
    private final TextMetrics metrics = (text, style) -> text.length() * style.size();
    private final TextStyle one = new TextStyle(List.of("Inter"), 1, 400);

    @Test
    void textThatFitsStaysWholeAndLongTextEndsInAnEllipsis() {
        assertThat(metrics.fit("Orders", one, 6)).isEqualTo("Orders");
        assertThat(metrics.fit("Customer 360", one, 6)).isEqualTo("Custo\u2026");
        assertThat(metrics.fit("Customer 360", one, 10)).isEqualTo("Customer\u2026");
        assertThat(metrics.fit("Orders", one, 0.5)).isEmpty();
    }

    @Test
    void wrappingBreaksAtSpacesAndCutsTheLastLine() {
        assertThat(metrics.wrap("Recommendation Features", one, 15, 2))
                .containsExactly("Recommendation", "Features");
        assertThat(metrics.wrap("Product Information Management System", one, 12, 2))
                .containsExactly("Product", "Information\u2026");
        assertThat(metrics.wrap("Supercalifragilistic and more", one, 8, 2))
                .containsExactly("Superca\u2026", "and more");
        assertThat(metrics.wrap("CRM", one, 8, 2)).containsExactly("CRM");
        assertThat(metrics.wrap("  ", one, 8, 2)).isEmpty();
    }
}
