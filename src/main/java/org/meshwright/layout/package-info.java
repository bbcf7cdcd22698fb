/**
 * Automatic layout: pure functions from a mesh to diagram positions. {@link org.meshwright.layout.AutoLayout}
 * arranges a mesh with the Eclipse Layout Kernel's layered algorithm so that it reads left to
 * right in the order data flows; {@link org.meshwright.layout.LayoutMetrics} counts what a
 * drawing costs the eye (crossings, bends, overlaps). Depends on {@code model} only and never
 * changes the mesh it is given, so it runs off the UI thread and without a display.
 */
package org.meshwright.layout;
