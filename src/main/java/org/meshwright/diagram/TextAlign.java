package org.meshwright.diagram;

/** Where a line of text sits relative to its anchor point's x. */
public enum TextAlign {
    LEFT,
    CENTER,
    RIGHT
}
