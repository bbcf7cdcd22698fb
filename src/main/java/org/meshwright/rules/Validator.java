package org.meshwright.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.meshwright.model.Mesh;
import org.meshwright.model.PolicySeverity;

/**
 * Checks a mesh against the rule catalogue: model in, findings out. It builds the graph
 * views once, runs each rule that applies to the mesh's topology and is not turned off,
 * applies the mesh's severity policies, and returns the findings sorted and each once.
 *
 * <p>The rules run on the common fork-join pool as well as on the calling thread: on two
 * cores that nearly halves a large mesh's validation, and the findings are sorted anyway,
 * so they do not depend on which rule finishes first. {@link #leavingOneProcessor()} is
 * the editor's: it never keeps every processor busy, so that the window's own thread
 * always finds one (on two cores it runs the rules one after the other).
 *
 * <p>Stateless and safe to call from any thread, provided no other thread changes the mesh
 * meanwhile: hand a background thread a {@link Mesh#copy()}.
 */
public final class Validator {

    private final List<Rule> rules;
    /** Where the rules run: {@code null} for the common pool and the caller, else on these threads only. */
    private final ForkJoinPool pool;
    private final boolean parallel;

    /** A validator with every rule of the catalogue. */
    public Validator() {
        this(RuleCatalog.rules());
    }

    public Validator(List<Rule> rules) {
        this(rules, null, true);
    }

    private Validator(List<Rule> rules, ForkJoinPool pool, boolean parallel) {
        this.rules = List.copyOf(rules);
        this.pool = pool;
        this.parallel = parallel;
    }

    /**
     * A validator with every rule that runs them on at most one thread fewer than there are
     * processors: for work in the background of a user interface.
     */
    public static Validator leavingOneProcessor() {
        int threads = Runtime.getRuntime().availableProcessors() - 1;
        return threads <= 1 ? new Validator(RuleCatalog.rules(), null, false)
                : new Validator(RuleCatalog.rules(), Pool.shared(threads), true);
    }

    /** The pool of {@link #leavingOneProcessor()}, made when first needed (its threads are daemons). */
    private static final class Pool {
        private static ForkJoinPool pool;

        static synchronized ForkJoinPool shared(int threads) {
            if (pool == null) {
                pool = new ForkJoinPool(threads);
            }
            return pool;
        }
    }

    public List<Finding> validate(Mesh mesh) {
        List<Rule> active = rules.stream()
                .filter(rule -> rule.topologies().contains(mesh.topology()))
                .filter(rule -> mesh.policies().severities().get(rule.id()) != PolicySeverity.OFF)
                .toList();
        RuleContext context = new RuleContext(mesh);
        Set<Finding> findings = new LinkedHashSet<>();
        List<List<Finding>> found;
        if (!parallel) {
            found = active.stream().map(rule -> check(rule, context)).toList();
        } else if (pool == null) {
            found = active.parallelStream().map(rule -> check(rule, context)).toList();
        } else {
            // a parallel stream started on a pool's thread runs on that pool
            found = pool.submit(() -> active.parallelStream().map(rule -> check(rule, context)).toList()).join();
        }
        found.forEach(findings::addAll);
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
