package org.meshwright.rules;

import java.util.List;
import org.meshwright.model.Link;
import org.meshwright.model.MeshNode;

/**
 * A well-formed link with the facts the rules ask of it, worked out once per validation
 * run: its ends, whether it is cross-domain and protected, and the hubs
 * it passes.
 *
 * @param link          the link
 * @param from          the provider (a data product or source system)
 * @param to            the consumer (a data product or consumer)
 * @param crossDomain   not both ends in the same domain
 * @param protectedLink {@code anonymized: true}, or an anonymizer in {@code via}
 * @param hubs          the existing hub nodes in {@code via}, in order, without repeats
 */
public record FlowLink(Link link, MeshNode from, MeshNode to, boolean crossDomain, boolean protectedLink,
                       List<String> hubs) implements LinkEnds {

    /** The link's effective id (made when asked: most links are never reported). */
    public String id() {
        return link.effectiveId();
    }
}
