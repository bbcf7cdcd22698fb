package org.meshwright.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.meshwright.model.Mesh;
import org.meshwright.model.PolicySeverity;

/**
 * Checks a mesh against the rule catalogue: model in, findings out. It builds the graph
 * views once, runs each rule that applies to the mesh's topology and is not turned off,
 * applies the mesh's severity policies, and returns the findings sorted and each once.
 *
 * <p>The rules run on the common fork-join pool as well as on the calling thread: on two
 * cores that nearly halves a large mesh's validation, and the findings are sorted anyway,
 * so they do not depend on which rule finishes first.
 *
 * <p>Stateless and safe to call from any thread, provided no other thread changes the mesh
 * meanwhile: hand a background thread a {@link Mesh#copy()}.
 */
public final class Validator {

    private final List<Rule> rules;

    /** A validator with every rule of the catalogue. */
    public Validator() {
        this(RuleCatalog.rules());
    }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> validate(Mesh mesh) {
        List<Rule> active = rules.stream()
                .filter(rule -> rule.topologies().contains(mesh.topology()))
                .filter(rule -> mesh.policies().severities().get(rule.id()) != PolicySeverity.OFF)
                .toList();
        RuleContext context = new RuleContext(mesh);
        Set<Finding> findings = new LinkedHashSet<>();
        active.parallelStream().map(rule -> check(rule, context)).toList().forEach(findings::addAll);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return sorted;
    }

    /** The findings of one rule, at the severity the mesh's policies give them. */
    private static List<Finding> check(Rule rule, RuleContext context) {
        PolicySeverity policy = context.mesh().policies().severities().get(rule.id());
        Severity override = policy == null ? null : Severity.of(policy);
        List<Finding> findings = new ArrayList<>();
        rule.check(context, finding -> findings.add(override == null ? finding : finding.withSeverity(override)));
        return findings;
    }
}
