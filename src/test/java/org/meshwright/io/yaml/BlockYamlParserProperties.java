package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random YAML documents, many of them slightly broken: whatever the fast parser reads,
 * SnakeYAML reads into the same tree; and handing the large sections to a sink takes from
 * the tree exactly their items.
 */
class BlockYamlParserProperties {

    @Property(tries = 3000)
    void whatTheFastParserReadsSnakeYamlReadsTheSame(@ForAll("documents") String text) {
        YNode tree = BlockYamlParserTest.fast(text);
        Statistics.label("read by the fast parser").collect(tree != null)
                .coverage(c -> c.check(true).percentage(p -> p > 30));
        if (tree == null) {
            return;
        }
        YNode expected = null;
        try {
            expected = BlockYamlParserTest.snakeYaml(text);
        } catch (MeshReadException e) {
            fail("SnakeYAML refuses what the fast parser read: " + e.getMessage() + "\n" + text);
        }
        assertThat(TreeText.of(tree)).as(text).isEqualTo(TreeText.of(expected));
    }

    @Property(tries = 1000)
    void theSinkTakesExactlyTheItemsOfTheLargeBlockSections(@ForAll("documents") String text) {
        YNode whole = BlockYamlParserTest.fast(text);
        if (whole == null) {
            return;
        }
        List<String> handed = new ArrayList<>();
        YNode rest = BlockYamlParserTest.fast(text, new SectionSink() {
            @Override
            public void item(Section section, YNode item) {
                handed.add(section + "\n" + TreeText.of(item));
            }

            @Override
            public void entry(Section section, YNode.Entry entry) {
                handed.add(section + "\n" + TreeText.of(entry.key()) + TreeText.of(entry.value()));
            }
        });
        List<String> expected = new ArrayList<>();
        takeSections(whole, text, expected);
        assertThat(handed).as(text).isEqualTo(expected);
        assertThat(TreeText.of(rest)).as(text).isEqualTo(TreeText.of(whole));
    }

    /** Moves the items of spec's and layout's block sections out of {@code root}, as text, in file order. */
    private static void takeSections(YNode root, String text, List<String> taken) {
        if (!(root instanceof YNode.Mapping top)) {
            return;
        }
        for (YNode.Entry section : top.entries()) {
            String name = ((YNode.Scalar) section.key()).value();
            if (!(section.value() instanceof YNode.Mapping inner) || !name.equals("spec") && !name.equals("layout")) {
                continue;
            }
            for (YNode.Entry e : inner.entries()) {
                String key = ((YNode.Scalar) e.key()).value();
                YNode value = e.value();
                if (isFlow(value, text)) {
                    continue;
                }
                if (name.equals("spec") && value instanceof YNode.Sequence seq
                        && List.of("domains", "nodes", "links").contains(key)) {
                    seq.items().forEach(item -> taken.add(key.toUpperCase() + "\n" + TreeText.of(item)));
                    seq.items().clear();
                } else if (name.equals("layout") && value instanceof YNode.Mapping map
                        && List.of("nodes", "domains").contains(key)) {
                    map.entries().forEach(entry -> taken.add("LAYOUT_" + key.toUpperCase() + "\n"
                            + TreeText.of(entry.key()) + TreeText.of(entry.value())));
                    map.entries().clear();
                }
            }
        }
    }

    private static boolean isFlow(YNode node, String text) {
        String line = text.lines().skip(node.line() - 1).findFirst().orElse("");
        char first = line.charAt(node.column() - 1);
        return first == '[' || first == '{';
    }

    // ---- documents ---------------------------------------------------------------------

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.randomValue(random -> new Document(random).text());
    }

    /**
     * A random document in block style. Most of it is in the fast parser's subset; now and
     * then (at {@link #RARE} percent a choice) it holds something outside, and a quarter of
     * the documents have a slip of the pen.
     */
    private static final class Document {
        private static final int RARE = 2;
        private static final String[] KEYS = {"spec", "layout", "nodes", "links", "domains", "id", "name", "x", "y",
            "kind", "<<", "a b", "x-ext", "k", "with:colon", "-dash", "?q", "\"quoted key\"", "'single'", "é"};
        private static final String[] PLAIN = {"value", "two words", "-1.5", "1e3", "~", "null", "true", "no",
            "http://x/y?z#f", "a:b", "a #c", "a# b", "-x", "?y", ":z", "<<", "=", "café", "中文", "a  b", "[x]",
            "a, b", "it's", "say \"hi\"", "trailing  ", "x-ray.1_2"};
        private static final String[] ODD_PLAIN = {"&anchor", "*alias", "!tag", "%pct", "@at", "`tick", "|pipe",
            ">gt", "a: b", "- item", "#hash", "tab\tin", "emoji 🦄", "nel\u0085", "x\ry", "? q", ": c", ",comma",
            "]", "}", "{y}"};
        private static final String[] QUOTED = {"\"plain\"", "\"with \\\"escape\\\"\"", "\"\\n\\t\\\\\"",
            "\"\\u00e9\\u0041\"", "\"\"", "\"# not a comment\"", "\"a: b\"", "'plain'", "'it''s'", "''",
            "'a: b # c'"};
        private static final String[] ODD_QUOTED = {"\"\\x41\"", "\"\\/\"", "\"\\ \"", "\"\\q\"", "\"\\ud83e\"",
            "\"open", "'open"};
        private static final String[] FLOW = {"[]", "{}", "[a, b]", "[ a ,b ]", "[\"q\", 'r', -1]", "{x: 1, y: -2}",
            "{x: 1}", "{ x: 1 , y : 2 }"};
        private static final String[] ODD_FLOW = {"[a, [b]]", "{a: {b: 1}}", "[a: 1]", "[a,]", "{x:1}", "[a, b",
            "[a] x"};

        private final Random random;
        private final StringBuilder out = new StringBuilder();

        Document(Random random) {
            this.random = random;
        }

        String text() {
            noise(0);
            mapping(0, 0, false);
            String text = out.toString();
            return chance(25) ? slip(text) : text;
        }

        private void mapping(int indent, int depth, boolean firstInline) {
            int entries = 1 + random.nextInt(3);
            for (int i = 0; i < entries; i++) {
                if (i > 0 || !firstInline) {
                    out.append(" ".repeat(indent));
                }
                out.append(pick(KEYS)).append(':');
                value(indent, depth);
                noise(indent);
            }
        }

        private void sequence(int indent, int depth) {
            int items = 1 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                out.append(" ".repeat(indent)).append('-');
                int gap = 1 + (chance(20) ? random.nextInt(3) : 0);
                out.append(" ".repeat(gap));
                int column = indent + 1 + gap;
                int kind = random.nextInt(10);
                if (kind < 4 && depth < 3) {
                    mapping(column, depth + 1, true);
                } else if (kind < 5 && depth < 3) {
                    sequence(column, depth + 1);
                    continue;
                } else {
                    inline(indent);
                }
                noise(indent);
            }
        }

        /** After {@code key:}: a value on the line, or a block on the next lines. */
        private void value(int indent, int depth) {
            int kind = random.nextInt(10);
            if (chance(RARE)) {
                out.append('\n'); // an empty value
            } else if (kind < 4 || depth >= 3) {
                out.append(' ');
                inline(indent);
            } else if (kind < 7) {
                comment();
                out.append('\n');
                noise(indent);
                mapping(indent + step(), depth + 1, false);
            } else {
                comment();
                out.append('\n');
                sequence(chance(RARE) ? indent : indent + step(), depth + 1);
            }
        }

        private void inline(int indent) {
            int kind = random.nextInt(20);
            if (kind == 19) {
                literal(indent);
                return;
            }
            out.append(kind < 12 ? oneOf(PLAIN, ODD_PLAIN) : kind < 16 ? oneOf(QUOTED, ODD_QUOTED) : oneOf(FLOW, ODD_FLOW));
            comment();
            out.append('\n');
        }

        private void literal(int indent) {
            out.append('|').append(chance(RARE) ? "2" : pick(new String[] {"", "-", "+"})).append('\n');
            int contentIndent = indent + (chance(RARE) ? 0 : 1 + random.nextInt(3));
            int lines = 1 + random.nextInt(3);
            for (int i = 0; i < lines; i++) {
                if (i > 0 && chance(20)) {
                    out.append(chance(50) ? "" : " ".repeat(random.nextInt(contentIndent + 1))).append('\n');
                }
                int extra = chance(20) ? random.nextInt(3) : 0;
                out.append(" ".repeat(contentIndent + extra)).append(oneOf(PLAIN, ODD_PLAIN)).append('\n');
            }
            if (chance(30)) {
                out.append('\n');
            }
        }

        /** Blank lines and comment lines, now and then. */
        private void noise(int indent) {
            while (chance(15)) {
                out.append(chance(50) ? "" : " ".repeat(random.nextInt(indent + 3)) + "# note").append('\n');
            }
        }

        private void comment() {
            if (chance(15)) {
                out.append(chance(RARE * 5) ? "# tight" : " # note");
            }
        }

        /** A slip of the pen: a character dropped or doubled, a line moved, a tab or carriage return. */
        private String slip(String text) {
            if (text.isEmpty()) {
                return text;
            }
            int at = random.nextInt(text.length());
            return switch (random.nextInt(5)) {
                case 0 -> text.substring(0, at) + text.substring(at + 1);
                case 1 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
                case 2 -> text.substring(0, at) + " " + text.substring(at);
                case 3 -> text.substring(0, at) + (chance(50) ? "\t" : "\r") + text.substring(at);
                default -> text.replaceFirst("\n {2}", "\n   ");
            };
        }

        private int step() {
            return chance(80) ? 2 : 1 + random.nextInt(4);
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private String oneOf(String[] usual, String[] odd) {
            return pick(chance(RARE * 2) ? odd : usual);
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }
    }
}
