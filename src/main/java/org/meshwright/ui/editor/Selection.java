package org.meshwright.ui.editor;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.meshwright.model.ElementRef;

/**
 * The elements the user has selected (domains, nodes, links), in the order selected. The
 * value is an unmodifiable set, replaced on every change, so views can bind to it.
 */
public final class Selection {

    private final ReadOnlyObjectWrapper<Set<ElementRef>> elements = new ReadOnlyObjectWrapper<>(this, "elements", Set.of());

    public ReadOnlyObjectProperty<Set<ElementRef>> elementsProperty() {
        return elements.getReadOnlyProperty();
    }

    public Set<ElementRef> elements() {
        return elements.get();
    }

    public boolean isEmpty() {
        return elements.get().isEmpty();
    }

    public boolean contains(ElementRef ref) {
        return elements.get().contains(ref);
    }

    public void set(Collection<ElementRef> refs) {
        Set<ElementRef> next = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(refs));
        if (!next.equals(elements.get())) {
            elements.set(next);
        }
    }

    public void select(ElementRef ref) {
        set(Set.of(ref));
    }

    /** Adds {@code ref}, or removes it where it is selected (shift-click). */
    public void toggle(ElementRef ref) {
        Set<ElementRef> next = new LinkedHashSet<>(elements.get());
        if (!next.remove(ref)) {
            next.add(ref);
        }
        set(next);
    }

    public void clear() {
        set(Set.of());
    }

    /** Drops elements that no longer exist, e.g. after an undo removed them. */
    public void retain(java.util.function.Predicate<ElementRef> exists) {
        Set<ElementRef> next = new LinkedHashSet<>(elements.get());
        if (next.removeIf(exists.negate())) {
            set(next);
        }
    }
}
