package org.meshwright.rules;

import org.jgrapht.graph.DefaultEdge;
import org.meshwright.model.Link;

/**
 * An edge of the flow and product graphs: one well-formed link. Distinct objects, so two
 * links between the same pair are two edges. It extends {@link DefaultEdge} because JGraphT
 * then keeps the edge's ends in the edge itself: the traversals ask for them once per edge,
 * and a map lookup each time cost a tenth of a validation.
 */
public final class LinkEdge extends DefaultEdge {

    private static final long serialVersionUID = 1L;

    private final transient FlowLink facts;

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
