package org.meshwright.rules;

import org.meshwright.model.Link;
import org.meshwright.model.MeshNode;

/**
 * A link with the nodes its {@code from} and {@code to} name, looked up once per validation
 * run for all the rules that ask.
 *
 * @param link the link
 * @param from the node {@code from} names, or {@code null} where there is none
 * @param to   the node {@code to} names, or {@code null} where there is none
 */
public record LinkEnds(Link link, MeshNode from, MeshNode to) {
}
