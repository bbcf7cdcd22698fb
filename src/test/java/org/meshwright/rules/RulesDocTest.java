package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.ReadError;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Topology;

/**
 * {@code docs/rules.md} agrees with the rule catalogue: one section per rule, headed
 * {@code ## `id`}, that states the rule's default severity and topologies on a line
 * {@code Default severity: **error** · Topologies: all}; and every example that is a complete
 * mesh file reads, triggers its section's rule, and produces exactly the findings shown in the
 * {@code text} block after it, as {@code validate} prints them for {@code example.mesh.yaml}.
 */
class RulesDocTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path RULES_DOC = BASEDIR.resolve("docs/rules.md");
    private static final Path SHARED = Path.of(System.getProperty("meshwright.shared", "../shared"));
    private static final Path SHARED_CATALOGUE = SHARED.resolve("spec/rules.md");

    /** The file name the examples' findings are shown with. */
    private static final String EXAMPLE_FILE = "example.mesh.yaml";

    private static final Pattern RULE_HEADING = Pattern.compile("^## `([^`]+)`$");
    private static final Pattern FACTS_LINE =
            Pattern.compile("^Default severity: (.+) · Topologies: (.+)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([a-z]+)\\*\\*");
    private static final Pattern GLANCE_ROW =
            Pattern.compile("^\\| \\[`([^`]+)`\\]\\(#([^)]+)\\) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");
    private static final Pattern SHARED_ROW = Pattern.compile("^\\| `([^`]+)` \\|");

    private static List<String> docLines;
    /** Rule sections by id, in document order: the lines after the heading up to the next heading. */
    private static Map<String, List<String>> sections;
    private static List<String> headingIds;

    @BeforeAll
    static void readDoc() throws IOException {
        docLines = Files.readAllLines(RULES_DOC);
        sections = new LinkedHashMap<>();
        headingIds = new ArrayList<>();
        List<String> current = null;
        for (String line : docLines) {
            if (line.startsWith("# ") || line.startsWith("## ")) {
                current = null;
                Matcher m = RULE_HEADING.matcher(line);
                if (m.matches()) {
                    headingIds.add(m.group(1));
                    current = new ArrayList<>();
                    sections.put(m.group(1), current);
                }
            } else if (current != null) {
                current.add(line);
            }
        }
    }

    private static List<String> catalogIds() {
        return RuleCatalog.rules().stream().map(Rule::id).toList();
    }

    private static Rule rule(String id) {
        return RuleCatalog.rule(id).orElseThrow(() -> new AssertionError("no rule " + id + " in the catalogue"));
    }

    @Test
    void sectionHeadingsNameEachRuleOfTheCatalogOnceInCatalogOrder() {
        assertThat(headingIds).as("rule ids in '## `id`' headings of docs/rules.md").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(headingIds)).isEqualTo(new TreeSet<>(catalogIds()));
        assertThat(headingIds).containsExactlyElementsOf(catalogIds());
    }

    @Test
    void sectionHeadingsNameTheRulesOfTheSharedCatalogue() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED_CATALOGUE), "the shared rule catalogue is not beside the project");
        Set<String> sharedIds = new TreeSet<>();
        for (String line : Files.readAllLines(SHARED_CATALOGUE)) {
            Matcher m = SHARED_ROW.matcher(line);
            if (m.find()) {
                sharedIds.add(m.group(1));
            }
        }
        assertThat(sharedIds).as("rule ids in the table rows of " + SHARED_CATALOGUE).isNotEmpty();
        assertThat(new TreeSet<>(headingIds)).isEqualTo(sharedIds);
    }

    @TestFactory
    Stream<DynamicTest> eachSectionStatesTheSeverityAndTopologiesOfItsRule() {
        return sections.entrySet().stream().map(section -> dynamicTest(section.getKey(), () -> {
            Rule rule = rule(section.getKey());
            List<String> facts = section.getValue().stream().filter(l -> l.startsWith("Default severity:")).toList();
            assertThat(facts).as("'Default severity: ... · Topologies: ...' lines in section %s", rule.id())
                    .hasSize(1);
            Matcher m = FACTS_LINE.matcher(facts.get(0));
            assertThat(m.matches()).as("line '%s' has the form 'Default severity: **SEVERITY** · Topologies: LIST'",
                    facts.get(0)).isTrue();
            Matcher bold = BOLD.matcher(m.group(1));
            assertThat(bold.find()).as("a **severity** in '%s'", facts.get(0)).isTrue();
            assertThat(bold.group(1)).as("default severity of %s", rule.id()).isEqualTo(rule.defaultSeverity().keyword());
            assertThat(parseTopologies(m.group(2))).as("topologies of %s", rule.id()).isEqualTo(rule.topologies());
        }));
    }

    @Test
    void rulesAtAGlanceTableAgreesWithTheCatalog() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : docLines) {
            Matcher m = GLANCE_ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), new String[] {m.group(2), m.group(3).strip(), m.group(4).strip()});
            }
        }
        assertThat(rows.keySet()).as("rules of the table in docs/rules.md").containsExactlyElementsOf(catalogIds());
        rows.forEach((id, row) -> {
            Rule rule = rule(id);
            assertThat(row[0]).as("anchor of %s", id).isEqualTo(id);
            assertThat(row[1]).as("default severity of %s", id).startsWith(rule.defaultSeverity().keyword());
            assertThat(parseTopologies(row[2])).as("topologies of %s", id).isEqualTo(rule.topologies());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCompleteExampleTriggersItsRuleWithTheFindingsShown() {
        return sections.entrySet().stream().map(section -> dynamicTest(section.getKey(), () -> {
            String ruleId = section.getKey();
            List<Block> blocks = fencedBlocks(section.getValue());
            int examples = 0;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (!block.info().equals("yaml") || !block.text().startsWith("apiVersion")) {
                    continue;
                }
                examples++;
                MeshDocument document = read(ruleId, block.text());
                List<Finding> findings = new Validator().validate(document.mesh());
                assertThat(findings).as("findings of the example of %s", ruleId)
                        .extracting(Finding::rule).contains(ruleId);
                Block shown = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                assertThat(shown).as("a ```text block with the findings after the example of %s", ruleId)
                        .isNotNull();
                assertThat(shown.info()).as("block after the example of %s", ruleId).isEqualTo("text");
                assertThat(shown.text().lines().toList()).as("findings shown after the example of %s", ruleId)
                        .containsExactlyElementsOf(render(document, findings));
            }
            assertThat(examples).as("complete examples (```yaml blocks starting with apiVersion) in section %s",
                    ruleId).isPositive();
        }));
    }

    @Test
    void everyFindingQuotedOnThePageIsOneAnExampleProduces() {
        Set<String> produced = new TreeSet<>();
        sections.forEach((ruleId, lines) -> {
            for (Block block : fencedBlocks(lines)) {
                if (block.info().equals("yaml") && block.text().startsWith("apiVersion")) {
                    MeshDocument document = read(ruleId, block.text());
                    produced.addAll(render(document, new Validator().validate(document.mesh())));
                }
            }
        });
        List<String> quoted = docLines.stream().filter(l -> l.startsWith(EXAMPLE_FILE + ":")).toList();
        assertThat(quoted).as("finding lines quoted in docs/rules.md").isNotEmpty();
        assertThat(produced).as("findings of the examples").containsAll(quoted);
    }

    private static MeshDocument read(String ruleId, String yaml) {
        try {
            return new MeshReader().read(yaml, EXAMPLE_FILE);
        } catch (MeshReadException e) {
            return fail("the example of " + ruleId + " does not read:\n"
                    + e.errors().stream().map(ReadError::format).collect(Collectors.joining("\n")));
        }
    }

    /** The findings as {@code validate} prints them: {@code FILE:LINE: severity rule: message}. */
    private static List<String> render(MeshDocument document, List<Finding> findings) {
        return findings.stream().map(f -> {
            ElementRef at = f.elements().isEmpty() ? ElementRef.MESH : f.elements().get(0);
            return EXAMPLE_FILE + ":" + document.sourceMap().lineOf(at) + ": " + f.severity().keyword() + " "
                    + f.rule() + ": " + f.message();
        }).toList();
    }

    /** {@code all}, or a comma-separated list of topology keywords. */
    private static Set<Topology> parseTopologies(String text) {
        if (text.strip().equals("all")) {
            return EnumSet.allOf(Topology.class);
        }
        Set<Topology> result = EnumSet.noneOf(Topology.class);
        for (String keyword : text.split(",")) {
            String k = keyword.strip();
            result.add(Arrays.stream(Topology.values()).filter(t -> t.keyword().equals(k)).findFirst()
                    .orElseThrow(() -> new AssertionError("'" + k + "' is no topology (in '" + text + "')")));
        }
        return result;
    }

    /** A fenced code block: its info string ({@code yaml}, {@code text}, ...) and its text. */
    private record Block(String info, String text) {
    }

    private static List<Block> fencedBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        String info = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (info == null && line.startsWith("```")) {
                info = line.substring(3).strip();
                text.setLength(0);
            } else if (info != null && line.equals("```")) {
                blocks.add(new Block(info, text.toString()));
                info = null;
            } else if (info != null) {
                text.append(line).append('\n');
            }
        }
        assertThat(info).as("a code block that is not closed").isNull();
        return blocks;
    }
}
