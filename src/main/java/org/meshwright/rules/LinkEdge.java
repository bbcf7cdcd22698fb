package org.meshwright.rules;

import org.meshwright.model.Link;

/**
 * An edge of the flow and product graphs: one well-formed link. Distinct objects, so two
 * links between the same pair are two edges.
 */
public final class LinkEdge {

    private final FlowLink facts;

    LinkEdge(FlowLink facts) {
        this.facts = facts;
    }

    public Link link() {
        return facts.link();
    }

    public FlowLink facts() {
        return facts;
    }

    @Override
    public String toString() {
        return facts.id();
    }
}
