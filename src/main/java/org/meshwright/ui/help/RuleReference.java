package org.meshwright.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule reference, docs/rules.md as bundled in the jar, cut into an overview (all
 * before the first rule) and one section per rule id, in the document's order.
 */
public final class RuleReference {

    /** Where the build puts docs/rules.md on the class path. */
    static final String RESOURCE = "/org/meshwright/docs/rules.md";

    /** The key of the part before the first rule. */
    public static final String OVERVIEW = "Overview";

    private static final Pattern RULE_HEADING = Pattern.compile("(?m)^## `([a-z0-9-]+)`\\s*$");

    private final Map<String, String> sections;

    RuleReference(String markdown) {
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher m = RULE_HEADING.matcher(markdown);
        int overviewEnd = -1;
        String id = null;
        int start = 0;
        while (m.find()) {
            if (id == null) {
                overviewEnd = m.start();
            } else {
                parts.put(id, markdown.substring(start, m.start()).strip());
            }
            id = m.group(1);
            start = m.start();
        }
        if (id != null) {
            parts.put(id, markdown.substring(start).strip());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(OVERVIEW, (overviewEnd < 0 ? markdown : markdown.substring(0, overviewEnd)).strip());
        ordered.putAll(parts);
        this.sections = ordered;
    }

    /** Reads the bundled reference. */
    public static RuleReference bundled() {
        try (InputStream in = RuleReference.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the rule reference " + RESOURCE + " is missing from the build");
            }
            return new RuleReference(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Section keys in document order: {@link #OVERVIEW}, then the rule ids. */
    public Iterable<String> keys() {
        return sections.keySet();
    }

    /** The markdown of a section, or null where there is none. */
    public String section(String key) {
        return sections.get(key);
    }
}
