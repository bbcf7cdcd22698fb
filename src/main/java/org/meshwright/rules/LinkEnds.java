package org.meshwright.rules;

import org.meshwright.model.Link;
import org.meshwright.model.MeshNode;

/**
 * A link with the nodes its {@code from} and {@code to} name, looked up once per validation
 * run for all the rules that ask: a {@link FlowLink} where the link is well-formed.
 */
public interface LinkEnds {

    Link link();

    /** The node {@code from} names, or {@code null} where there is none. */
    MeshNode from();

    /** The node {@code to} names, or {@code null} where there is none. */
    MeshNode to();
}
