package org.meshwright.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMapTest {

    @Test
    void keepsThePositionOfEachElementByKindAndId() {
        SourceMap map = new SourceMap();
        map.put(ElementRef.node("a"), new SourceMap.Position(3, 7));
        map.put(ElementRef.domain("a"), new SourceMap.Position(9, 1));
        map.put(ElementRef.MESH, new SourceMap.Position(2, 13));

        assertThat(map.positionOf(ElementRef.node("a"))).contains(new SourceMap.Position(3, 7));
        assertThat(map.positionOf(ElementRef.domain("a"))).contains(new SourceMap.Position(9, 1));
        assertThat(map.lineOf(ElementRef.MESH)).isEqualTo(2);
        assertThat(map.size()).isEqualTo(3);
    }

    @Test
    void anUnknownElementHasNoPositionAndLineZero() {
        SourceMap map = new SourceMap();
        map.put(ElementRef.node("a"), new SourceMap.Position(3, 7));

        assertThat(map.positionOf(ElementRef.node("b"))).isEmpty();
        assertThat(map.positionOf(ElementRef.link("a"))).isEmpty();
        assertThat(map.lineOf(ElementRef.port("a", "p"))).isZero();
    }

    @Test
    void theFirstDefinitionWins() {
        SourceMap map = new SourceMap();
        map.put(ElementRef.link("a->b"), new SourceMap.Position(5, 5));
        map.put(ElementRef.link("a->b"), new SourceMap.Position(8, 5));

        assertThat(map.positionOf(ElementRef.link("a->b"))).contains(new SourceMap.Position(5, 5));
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void holdsManyElementsAndLargePositions() {
        SourceMap map = new SourceMap();
        for (int i = 0; i < 50_000; i++) {
            map.put(ElementRef.node("n" + i), new SourceMap.Position(2_000_000 + i, i % 300 + 1));
        }
        assertThat(map.size()).isEqualTo(50_000);
        for (int i = 0; i < 50_000; i += 997) {
            assertThat(map.positionOf(ElementRef.node("n" + i)))
                    .contains(new SourceMap.Position(2_000_000 + i, i % 300 + 1));
        }
        assertThat(map.positionOf(ElementRef.node("n50000"))).isEmpty();
    }
}
