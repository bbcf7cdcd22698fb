package org.meshwright.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.rules.Rule;
import org.meshwright.rules.RuleCatalog;

/** The rule reference the app bundles: one page per catalogue rule, in the catalogue's order. */
class RuleReferenceTest {

    @Test
    void bundledReferenceHasTheOverviewThenOnePagePerRule() {
        RuleReference reference = RuleReference.bundled();
        List<String> keys = new ArrayList<>();
        reference.keys().forEach(keys::add);

        List<String> expected = new ArrayList<>();
        expected.add(RuleReference.OVERVIEW);
        RuleCatalog.rules().stream().map(Rule::id).forEach(expected::add);
        assertThat(keys).containsExactlyElementsOf(expected);
        assertThat(reference.section(RuleReference.OVERVIEW)).startsWith("# Rule reference")
                .doesNotContain("## `reference-unknown`");
    }

    @Test
    void eachPageRunsFromItsHeadingToTheNextRule() {
        RuleReference reference = RuleReference.bundled();
        String page = reference.section("product-cycle");
        assertThat(page).startsWith("## `product-cycle`").contains("**What it checks.**", "**Why.**",
                "**How to fix.**").doesNotContain("## `domain-cycle`");
        assertThat(reference.section("no-such-rule")).isNull();
    }

    @Test
    void sectionsOfAnyMarkdownAreCutAtRuleHeadingsOnly() {
        RuleReference reference = new RuleReference("# Title\n\nintro\n\n## Terms\n\nx\n\n## `a-rule`\n\none\n\n"
                + "### Sub\n\n## `b-rule`\n\ntwo\n");
        List<String> keys = new ArrayList<>();
        reference.keys().forEach(keys::add);
        assertThat(keys).containsExactly(RuleReference.OVERVIEW, "a-rule", "b-rule");
        assertThat(reference.section(RuleReference.OVERVIEW)).endsWith("x");
        assertThat(reference.section("a-rule")).contains("### Sub").doesNotContain("two");
    }
}
