package org.meshwright.rules;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.meshwright.model.Topology;

/**
 * A governance or integrity check with a stable id. A rule reads the model through the
 * {@link RuleContext} (never positions or UI state) and reports each problem once.
 */
public interface Rule {

    /** The stable id of the rule catalogue, e.g. {@code product-cycle}. */
    String id();

    /** The severity of its findings unless a mesh's policies say otherwise. */
    Severity defaultSeverity();

    /** The topologies the rule applies to; all unless the catalogue says otherwise. */
    default Set<Topology> topologies() {
        return EnumSet.allOf(Topology.class);
    }

    /** What the rule reports, in one sentence. */
    String summary();

    /** Why it matters and how to fix a finding, for help texts. */
    String help();

    /** Reports every problem in the context's mesh to {@code report}. */
    void check(RuleContext context, Consumer<Finding> report);

    /** A finding of this rule at its default severity. */
    default Finding finding(String message, java.util.List<org.meshwright.model.ElementRef> elements) {
        return new Finding(id(), defaultSeverity(), message, elements);
    }
}
