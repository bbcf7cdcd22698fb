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
    private final int index;

    /** The edge of {@code facts}, the {@code index}-th well-formed link. */
    LinkEdge(FlowLink facts, int index) {
        this.facts = facts;
        this.index = index;
    }

    public Link link() {
        return facts.link();
    }

    public FlowLink facts() {
        return facts;
    }

    /**
     * The link's index: edges are equal only to themselves, but a graph's edge map hashes
     * each of 300,000 edges, and making an identity hash code for each costs more.
     */
    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public String toString() {
        return facts.id();
    }
}
