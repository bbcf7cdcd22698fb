package org.meshwright.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.meshwright.model.NodeKind;

class KindIconsTest {

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void eachIconUsesOnlyTheAllowedCommandsAndStaysInItsViewBox(NodeKind kind) {
        String d = KindIcons.path(kind);

        assertThat(d.replaceAll("[-0-9., ]", "")).matches("[MLHVCQZmlhvcqz]+");
        Rect box = KindIcons.pathData(kind).bounds();
        assertThat(new Rect(0, 0, KindIcons.VIEW_BOX, KindIcons.VIEW_BOX).contains(box)).isTrue();
        assertThat(box.width()).as("fills most of the box").isGreaterThan(15);
    }

    @Test
    void everyKindHasItsOwnIcon() {
        assertThat(Arrays.stream(NodeKind.values()).map(KindIcons::path)).doesNotHaveDuplicates();
        assertThat(KindIcons.lock().size()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void theStandaloneFileHoldsTheSameIcon(NodeKind kind) throws IOException {
        Path file = Path.of("icons", "kinds", kind.keyword() + ".svg");

        assertThat(Files.readString(file))
                .isEqualTo(KindIcons.svgDocument(kind, DiagramStyle.light().kindColour(kind)));
    }
}
