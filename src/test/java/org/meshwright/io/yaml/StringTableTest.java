package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringTableTest {

    @Test
    void givesOneCopyOfEachShortString() {
        StringTable table = new StringTable(4);
        String text = "id: a.b\nto: a.b\nid: c\n";
        String first = table.get(text, 4, 7);
        String second = table.get(text, 12, 15);
        assertThat(first).isEqualTo("a.b").isSameAs(second);
        assertThat(table.get(text, 0, 2)).isSameAs(table.get(text, 16, 18)).isEqualTo("id");
        assertThat(table.share(new String("a.b"))).isSameAs(first);
    }

    @Test
    void keepsLongStringsApart() {
        StringTable table = new StringTable(4);
        String longText = "x".repeat(StringTable.MAX_LENGTH + 1);
        assertThat(table.share(longText)).isSameAs(longText);
        assertThat(table.get(longText + longText, 0, longText.length())).isNotSameAs(table.share(longText));
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
