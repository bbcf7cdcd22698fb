package org.meshwright.rules;

import org.meshwright.model.Link;

/**
 * An edge of the flow and product graphs: one well-formed link. Distinct objects, so two
 * links between the same pair are two edges.
 */
public final class LinkEdge {

    private final Link link;

    LinkEdge(Link link) {
        this.link = link;
    }

    public Link link() {
        return link;
    }

    @Override
    public String toString() {
        return link.effectiveId();
    }
}
