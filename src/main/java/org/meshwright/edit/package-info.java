/**
 * Undoable editing of a mesh: every user edit is a {@link org.meshwright.edit.Command} made
 * by {@link org.meshwright.edit.Edits}, run through the {@link org.meshwright.edit.CommandStack}
 * of the open mesh. Depends on {@code model} only, so it runs without a display.
 */
package org.meshwright.edit;
