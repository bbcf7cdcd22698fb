package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringTableTest {

    @Test
    void givesOneCopyOfEachShortString() {
        StringTable table = new StringTable(4);
        byte[] text = "id: a.b\nto: a.b\nid: c\n".getBytes(StandardCharsets.UTF_8);
        String first = table.get(text, 4, 7);
        String second = table.get(text, 12, 15);
        assertThat(first).isEqualTo("a.b").isSameAs(second);
        assertThat(table.get(text, 0, 2)).isSameAs(table.get(text, 16, 18)).isEqualTo("id");
        assertThat(table.share(new String("a.b"))).isSameAs(first);
    }

    @Test
    void decodesTextBeyondAscii() {
        StringTable table = new StringTable(4);
        byte[] text = "café: 中文\n".getBytes(StandardCharsets.UTF_8);
        assertThat(table.get(text, 0, 5)).isEqualTo("café").isSameAs(table.share(new String("café")));
        assertThat(table.get(text, 7, 13)).isEqualTo("中文");
    }

    @Test
    void keepsLongStringsApart() {
        StringTable table = new StringTable(4);
        String longText = "x".repeat(StringTable.MAX_LENGTH + 1);
        assertThat(table.share(longText)).isSameAs(longText);
        byte[] twice = (longText + longText).getBytes(StandardCharsets.UTF_8);
        assertThat(table.get(twice, 0, longText.length())).isEqualTo(longText).isNotSameAs(table.share(longText));
    }

    @Test
    void findsEveryStringAfterGrowing() {
        StringTable table = new StringTable(1);
        List<String> firsts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            firsts.add(table.share(new String("s" + i)));
        }
        for (int i = 0; i < 5_000; i++) {
            assertThat(table.share(new String("s" + i))).isSameAs(firsts.get(i));
        }
    }
}
