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
        RuleContext context = new RuleContext(mesh);
        Set<Finding> findings = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (!rule.topologies().contains(mesh.topology())) {
                continue;
            }
            PolicySeverity policy = mesh.policies().severities().get(rule.id());
            if (policy == PolicySeverity.OFF) {
                continue;
            }
            Severity override = policy == null ? null : Severity.of(policy);
            rule.check(context, finding -> findings.add(override == null ? finding : finding.withSeverity(override)));
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return sorted;
    }
}
