package org.meshwright.layout;

/** What an automatic layout may move. */
public enum LayoutScope {
    /** Every node and domain gets a new place. */
    WHOLE_MESH,
    /**
     * The selected nodes, and every node of a selected domain, are arranged among themselves
     * and placed where they overlap nothing else; everything else keeps its place.
     */
    SELECTION,
    /** Nodes without a position get one; every position already set is kept. */
    NEW_NODES
}
