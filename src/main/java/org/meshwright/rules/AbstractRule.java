package org.meshwright.rules;

import java.util.EnumSet;
import java.util.Set;
import org.meshwright.model.Topology;

/** Holds the catalogue facts of a rule, so each rule class is only its check. */
abstract class AbstractRule implements Rule {

    private final String id;
    private final Severity severity;
    private final Set<Topology> topologies;
    private final String summary;
    private final String help;

    AbstractRule(String id, Severity severity, String summary, String help, Topology... topologies) {
        this.id = id;
        this.severity = severity;
        this.topologies = topologies.length == 0 ? EnumSet.allOf(Topology.class) : EnumSet.of(topologies[0], topologies);
        this.summary = summary;
        this.help = help;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final Set<Topology> topologies() {
        return topologies;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String help() {
        return help;
    }

    static String quote(String id) {
        return "'" + id + "'";
    }
}
