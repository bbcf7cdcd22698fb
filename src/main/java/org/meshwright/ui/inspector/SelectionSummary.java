package org.meshwright.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;

/**
 * The read-only summary of several selected elements: the fields they all have, each with
 * the value they share or "mixed values" where they differ.
 */
final class SelectionSummary {

    static final String MIXED = "Mixed values";
    static final String NOT_SET = "Not set";

    private SelectionSummary() {
    }

    /** "3 elements selected". */
    static String title(List<ElementRef> selection) {
        return selection.size() + " elements selected";
    }

    /** "2 nodes, 1 link". */
    static String breakdown(List<ElementRef> selection) {
        Map<ElementKind, Long> counts = selection.stream()
                .collect(Collectors.groupingBy(ElementRef::kind, LinkedHashMap::new, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (ElementKind kind : List.of(ElementKind.DOMAIN, ElementKind.NODE, ElementKind.LINK)) {
            long n = counts.getOrDefault(kind, 0L);
            if (n > 0) {
                String word = kind.name().toLowerCase(Locale.ROOT);
                parts.add(n + " " + word + (n == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }

    /** The common fields of {@code perElement} (one field list per selected element), read-only. */
    static List<FieldModel> commonFields(List<List<FieldModel>> perElement) {
        List<FieldModel> result = new ArrayList<>();
        if (perElement.isEmpty()) {
            return result;
        }
        for (FieldModel first : perElement.get(0)) {
            if (first.kind() == FieldKind.ID || first.kind() == FieldKind.PORTS) {
                continue; // ids always differ; port lists are too big for a summary
            }
            List<FieldModel> same = new ArrayList<>();
            for (List<FieldModel> fields : perElement) {
                fields.stream().filter(f -> f.name().equals(first.name()) && f.kind() == first.kind())
                        .findFirst().ifPresent(same::add);
            }
            if (same.size() != perElement.size()) {
                continue;
            }
            boolean shared = same.stream().allMatch(f -> Objects.equals(f.value(), first.value())
                    && f.items().equals(first.items()));
            FieldModel.Builder b = FieldModel.builder(first.name(), first.label(), first.section(), first.kind())
                    .optional(first.isOptional())
                    .help(first.help())
                    .choices(first.choices())
                    .choiceLabels(first::choiceLabel);
            if (shared) {
                // an empty value means what each element's prompt says, which may differ (inherited owners)
                boolean samePrompt = same.stream().allMatch(f -> f.prompt().equals(first.prompt()));
                b.items(first.items()).value(first.value()).prompt(samePrompt ? first.prompt() : NOT_SET);
            } else {
                b.value("").prompt(MIXED);
            }
            result.add(b.build());
        }
        return result;
    }
}
