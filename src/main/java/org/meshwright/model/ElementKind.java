package org.meshwright.model;

/** What an {@link ElementRef} points at. */
public enum ElementKind {
    /** The mesh as a whole (its {@code spec.topology} line). */
    MESH,
    DOMAIN,
    NODE,
    /** A link, by its effective id. */
    LINK,
    /** An output port, by {@code PRODUCT/PORT}. */
    PORT,
    /** A key under {@code layout.nodes}. */
    LAYOUT_NODE,
    /** A key under {@code layout.domains}. */
    LAYOUT_DOMAIN
}
