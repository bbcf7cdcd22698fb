package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast parser reads the common subset of YAML into exactly the tree that SnakeYAML's
 * events give, and gives up on everything else.
 */
class BlockYamlParserTest {

    static YNode fast(String text) {
        return fast(text, null);
    }

    /** As the reader does: a text with a lone surrogate has no UTF-8 bytes to give the fast parser. */
    static YNode fast(String text, SectionSink sink) {
        if (text.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return null;
        }
        return BlockYamlParser.parse(text.getBytes(StandardCharsets.UTF_8), new StringTable(16), sink);
    }

    static YNode snakeYaml(String text) throws MeshReadException {
        return new YamlSource("test.yaml").composeWithSnakeYaml(text);
    }

    static void assertReadsLikeSnakeYaml(String text) throws MeshReadException {
        YNode tree = fast(text);
        assertThat(tree).as("the fast parser gave up on:%n%s", text).isNotNull();
        assertThat(TreeText.of(tree)).as(text).isEqualTo(TreeText.of(snakeYaml(text)));
    }

    @Test
    void readsNestedMapsAndCompactListsWithTheirPositions() throws Exception {
        assertReadsLikeSnakeYaml("""
                apiVersion: meshwright/v1
                kind: Mesh
                metadata:
                  name: shop
                spec:
                  topology: governed
                  domains:
                    - id: sales
                      owner: sales-team
                    - id: orders
                  nodes:
                    - id: sales.src
                      kind: source-system
                      outputPorts:
                        - id: events
                          contract: c1
                        - id: files
                  links:
                    - from: a
                      to: b
                      via: [hub-1, anon]
                layout:
                  nodes:
                    a: {x: -220, y: 0.5}
                    b: {x: 1e3, y: 7}
                """);
    }

    @Test
    void skipsCommentsAndBlankLinesWherever() throws Exception {
        assertReadsLikeSnakeYaml("""
                # leading comment

                a: 1 # trailing
                b:   # comment after a key
                  # comment inside
                  c: x#not a comment
                # at column zero, between entries
                    # deeper than the map
                  d:
                    - one   # after an item

                    - two
                e: last
                # closing comment
                """);
    }

    @Test
    void readsQuotedScalarsAndTheirEscapes() throws Exception {
        assertReadsLikeSnakeYaml("""
                a: "say \\"hi\\" \\\\ back\\nnext\\ttab \\u00e9 \\u0041"
                b: 'it''s'
                c: ""
                d: ''
                "quoted key": 1
                'single key': 2
                e: "no: problem # here"
                f: ['a, b', "c]"]
                g: {"k": 'v'}
                """);
    }

    @Test
    void readsPlainScalarsWithIndicatorsInside() throws Exception {
        assertReadsLikeSnakeYaml("""
                url: http://example.org/a?b=c#frag
                negative: -1.5
                dash: -x
                question: ?x
                colon: a:b
                spaces: a  b   c
                trailing: value   \s
                unicode: café 中文 – dash
                brackets: a [b] {c}, d
                quote: it's "fine"
                merge: <<
                <<: {x: 1}
                """);
    }

    @Test
    void readsFlowCollectionsOfScalars() throws Exception {
        assertReadsLikeSnakeYaml("""
                empty-list: []
                empty-map: {}
                list: [a, b c, -1, "q"]
                spaced: [ a ,b ]
                map: {x: 1, y: -2, name: n}
                """);
    }

    @Test
    void readsLiteralBlocksWithEachChomping() throws Exception {
        assertReadsLikeSnakeYaml("""
                clip: |
                  first line
                    indented more

                  after an empty line
                strip: |-
                  no final break
                keep: |+
                  keeps the breaks


                list:
                  - |
                    in a list
                  - description: |-
                      in a compact map
                    next: 1
                end: |
                  last
                """);
    }

    @Test
    void readsNestedListsAndWideIndentation() throws Exception {
        assertReadsLikeSnakeYaml("""
                a:
                      - - x
                        - y
                      -   - z
                      -     key: v
                            other: w
                b:
                    deep:
                            deeper: 1
                """);
    }

    @Test
    void countsColumnsInCharactersNotBytes() throws Exception {
        assertReadsLikeSnakeYaml("""
                é: {ü: 1, b: "ß", c: 'ö'}
                中文: [x, é, y]
                l:
                  - ä: x
                  - 中: 文 # note
                    b: ü
                """);
    }

    @Test
    void readsUtf8AfterAByteOrderMarkAsSnakeYamlReadsTheDecodedText() throws Exception {
        String text = "a: 1\nb: [é, x]\n";
        byte[] withMark = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        YNode tree = BlockYamlParser.parse(withMark, new StringTable(16), null);
        assertThat(tree).isNotNull();
        assertThat(TreeText.of(tree)).isEqualTo(TreeText.of(snakeYaml(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C328", "C080", "E080AF", "EDA080", "F09FA684", "80", "E282"})
    void givesUpOnBytesThatAreNotUtf8OfItsCharacters(String hex) {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        text.writeBytes("a: x".getBytes(StandardCharsets.US_ASCII));
        text.writeBytes(java.util.HexFormat.of().parseHex(hex));
        text.writeBytes("\nb: 1\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(BlockYamlParser.parse(text.toByteArray(), new StringTable(16), null)).isNull();
    }

    @Test
    void readsAFileWithoutAFinalLineBreak() throws Exception {
        assertReadsLikeSnakeYaml("a: 1\nb:\n  - x");
    }

    @Test
    void readsSixtyFourLevelsAndLeavesDeeperFilesToSnakeYaml() throws Exception {
        assertReadsLikeSnakeYaml(nested(64));
        assertThat(fast(nested(65))).isNull();
        assertThatThrownBy(() -> snakeYaml(nested(65))).isInstanceOf(MeshReadException.class);
    }

    /** {@code maps} maps, one in the other. */
    private static String nested(int maps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < maps - 1; i++) {
            text.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return text.append("  ".repeat(maps - 1)).append("leaf: 1\n").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &anchor 1\nb: *anchor\n",
        "a: !!str 1\n",
        "a: !custom x\n",
        "? complex\n: value\n",
        "a: >\n  folded\n",
        "a: multi\n  line plain\n",
        "a: \"multi\n  line\"\n",
        "a: 'multi\n  line'\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "---\na: 1\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "a:\nb: 1\n",
        "a:\n- x\n- y\n",
        "a: [[x]]\n",
        "a: [x, [y]]\n",
        "a: {b: {c: 1}}\n",
        "a: [x: 1]\n",
        "a: b: c\n",
        "a: |2\n   x\n",
        "a: |\n\n  leading empty line\n",
        "a: emoji 🦄\n",
        "a: \"\\x41\"\n",
        "a: \"\\ud83e\"\n",
        "- a\n- b\n",
        "just a scalar\n",
        "",
        "# only a comment\n",
        "a: 1\n  b: 2\n",
        "a:\n  - x\n   - y\n",
        "a: {x: 1\n",
        "a: [x,]\n",
        "a: b # c\n  d: e\n",
        "a: 'unterminated\n",
        "a: \"\\q\"\n",
        "a: @at\n",
        "a: `tick\n",
        "a: - b\n",
        "a: |\n  x\nb: |\n  trailing space \n",
        "a: \u0085\n",
        "a: b\u2028c\n"
    })
    void givesUpOnWhatItDoesNotKnow(String text) {
        assertThat(fast(text)).as(text).isNull();
    }

    @Test
    void leavesOverlongKeysToSnakeYaml() {
        assertThat(fast("key " + "x".repeat(600) + ": v\n")).isNull();
    }

    @Test
    void handsTheLargeSectionsToTheSinkAndKeepsTheRestInTheTree() throws Exception {
        String text = """
                spec:
                  topology: governed
                  domains:
                    - id: d1
                  nodes:
                    - id: n1
                      kind: consumer
                    - id: n2
                  links: []
                  other:
                    - kept
                layout:
                  nodes:
                    n1: {x: 1, y: 2}
                  domains:
                    d1: {x: 0, y: 0, width: 1, height: 1}
                elsewhere:
                  nodes:
                    - kept too
                """;
        List<String> handed = new ArrayList<>();
        YNode rest = fast(text, new SectionSink() {
            @Override
            public void item(Section section, YNode item) {
                handed.add(section + " " + TreeText.of(item).lines().findFirst().orElseThrow());
            }

            @Override
            public void entry(Section section, YNode.Entry entry) {
                handed.add(section + " " + ((YNode.Scalar) entry.key()).value());
            }
        });
        assertThat(handed).containsExactly("DOMAINS 4:7 map", "NODES 6:7 map", "NODES 8:7 map",
                "LAYOUT_NODES n1", "LAYOUT_DOMAINS d1");
        String tree = TreeText.of(rest);
        assertThat(tree).contains("[kept]", "[kept too]", "[topology]").doesNotContain("[d1]", "[n1]", "[n2]");
        assertThat(TreeText.of(fast(text))).contains("[d1]", "[n1]", "[n2]");
    }
}
