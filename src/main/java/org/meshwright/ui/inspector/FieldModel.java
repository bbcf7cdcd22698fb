package org.meshwright.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.meshwright.model.Port;

/**
 * One field of the element the inspector shows: what it is called, which control edits it,
 * its current value and help, and how an input is checked and committed. Every commit goes
 * through the command stack as one undoable command; a refused input leaves the mesh as it
 * was and {@link #errorProperty()} says why.
 *
 * <p>The value properties follow the mesh: after an undo they hold the undone value. Needs
 * no JavaFX toolkit.
 */
public final class FieldModel {

    /** A column of the {@link FieldKind#PORTS} editor. */
    public enum PortColumn {
        ID, TYPE, FORMAT, CONTRACT
    }

    private final String name;
    private final String label;
    private final String section;
    private final FieldKind kind;
    private final boolean editable;
    private final boolean optional;
    private final ReadOnlyStringWrapper help = new ReadOnlyStringWrapper(this, "help", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ObservableList<Port> ports = FXCollections.observableArrayList();
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    // one read-only view each: a view made per call would be collected, and its listeners with it
    private final ObservableList<String> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<Port> portsView = FXCollections.unmodifiableObservableList(ports);
    private final ObservableList<String> choicesView = FXCollections.unmodifiableObservableList(choices);
    private Function<String, String> choiceLabels = Function.identity();
    private FieldBehaviour behaviour;
    private final Committer committer;

    /** Executes an edit on behalf of a field; false where the command stack refused it. */
    interface Committer {
        boolean execute(FieldBehaviour.Edit edit);
    }

    private FieldModel(Builder b) {
        name = b.name;
        label = b.label;
        section = b.section;
        kind = b.kind;
        editable = b.behaviour != null;
        optional = b.optional;
        behaviour = b.behaviour;
        committer = b.committer;
        setState(b);
    }

    static Builder builder(String name, String label, String section, FieldKind kind) {
        return new Builder(name, label, section, kind);
    }

    // ---- what the field is ---------------------------------------------------------------

    /** The field's name as the mesh format spells it, e.g. {@code owner}, {@code slo.freshness}. */
    public String name() {
        return name;
    }

    /** The label a user reads, e.g. {@code Owner}. */
    public String label() {
        return label;
    }

    /** The group the field is shown in, e.g. {@code Identity}, {@code Ownership}. */
    public String section() {
        return section;
    }

    public FieldKind kind() {
        return kind;
    }

    /** False for summaries (several elements selected, the policies of a mesh). */
    public boolean isEditable() {
        return editable;
    }

    /** Whether the field may be empty (an optional reference or enum shows a "none" choice). */
    public boolean isOptional() {
        return optional;
    }

    public String help() {
        return help.get();
    }

    public ReadOnlyStringProperty helpProperty() {
        return help.getReadOnlyProperty();
    }

    /** What an empty field means, shown as placeholder text (e.g. the default). */
    public String prompt() {
        return prompt.get();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    // ---- its value -----------------------------------------------------------------------

    /**
     * The current value as text: the text itself, an id, a keyword, {@code true}/{@code false},
     * a number; for lists the items joined by {@code ", "}. Empty where the field is not set.
     */
    public String value() {
        return value.get();
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The items of a {@link FieldKind#TAGS} or {@link FieldKind#ID_LIST} field, in order. */
    public ObservableList<String> items() {
        return itemsView;
    }

    /** The ports of a {@link FieldKind#PORTS} field, in order. */
    public ObservableList<Port> ports() {
        return portsView;
    }

    /** The values to pick from: keywords of a choice, ids a reference or an id list may name. */
    public ObservableList<String> choices() {
        return choicesView;
    }

    /** How a choice reads in a list: a keyword as it is, an id with the element's name. */
    public String choiceLabel(String choice) {
        return choice == null || choice.isEmpty() ? "" : choiceLabels.apply(choice);
    }

    /** Why the last commit was refused, or {@code null}. */
    public String error() {
        return error.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Forgets the last refusal, e.g. when the user reverts the field. */
    public void clearError() {
        error.set(null);
    }

    // ---- checking and committing -----------------------------------------------------------

    /** {@code null} where {@code input} is acceptable, else why not, in words a user reads. */
    public String validate(String input) {
        return validateInput(input == null ? "" : input);
    }

    /** Like {@link #validate(String)}, for the list of a tags, id list or ports field. */
    public String validate(List<?> input) {
        return validateInput(input == null ? List.of() : List.copyOf(input));
    }

    /** Checks a new text for one cell of a ports field: the port at {@code index}, in {@code column}. */
    public String validatePort(int index, PortColumn column, String input) {
        return validateInput(new FieldBehaviour.PortCell(index, column, input == null ? "" : input));
    }

    /**
     * Sets the field to {@code input} through one undoable command. Returns false, with the
     * reason in {@link #errorProperty()}, where the input is refused; an input equal to the
     * current value changes nothing and returns true.
     */
    public boolean commit(String input) {
        return commitInput(input == null ? "" : input);
    }

    /** Sets a tags, id list or ports field to {@code input} (strings, or {@link Port}s). */
    public boolean commit(List<?> input) {
        return commitInput(input == null ? List.of() : List.copyOf(input));
    }

    /** Sets one cell of a ports field. */
    public boolean commitPort(int index, PortColumn column, String input) {
        return commitInput(new FieldBehaviour.PortCell(index, column, input == null ? "" : input));
    }

    private String validateInput(Object input) {
        if (behaviour == null) {
            return label + " cannot be changed here";
        }
        return behaviour.validate(input);
    }

    private boolean commitInput(Object input) {
        String reason = validateInput(input);
        if (reason != null) {
            error.set(reason);
            return false;
        }
        FieldBehaviour.Edit edit;
        try {
            edit = behaviour.edit(input);
        } catch (IllegalArgumentException | IllegalStateException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set(null);
        if (edit == null) {
            return true;
        }
        try {
            return committer.execute(edit);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // The edit API explains a refusal (a taken id, say) in words meant for the user.
            error.set(e.getMessage());
            return false;
        }
    }

    // ---- refresh -------------------------------------------------------------------------

    /** Whether {@code other} is the same field, so this one can take its state in place. */
    boolean sameShape(FieldModel other) {
        return name.equals(other.name) && kind == other.kind && editable == other.editable
                && optional == other.optional && section.equals(other.section) && label.equals(other.label);
    }

    /** Takes the value, choices, help and behaviour of a freshly built twin. */
    void updateFrom(FieldModel fresh) {
        help.set(fresh.help.get());
        prompt.set(fresh.prompt.get());
        choiceLabels = fresh.choiceLabels;
        behaviour = fresh.behaviour;
        if (!choices.equals(fresh.choices)) {
            choices.setAll(fresh.choices);
        }
        if (!items.equals(fresh.items)) {
            items.setAll(fresh.items);
        }
        if (!ports.equals(fresh.ports)) {
            ports.setAll(fresh.ports);
        }
        value.set(fresh.value.get());
    }

    private void setState(Builder b) {
        help.set(b.help);
        prompt.set(b.prompt);
        choiceLabels = b.choiceLabels;
        choices.setAll(b.choices);
        items.setAll(b.items);
        ports.setAll(b.ports);
        value.set(b.value);
    }

    @Override
    public String toString() {
        return "FieldModel[" + name + "=" + value.get() + "]";
    }

    /** Builds a field; fields without a behaviour are read-only. */
    static final class Builder {
        private final String name;
        private final String label;
        private final String section;
        private final FieldKind kind;
        private boolean optional;
        private String help = "";
        private String prompt = "";
        private String value = "";
        private List<String> items = List.of();
        private List<Port> ports = List.of();
        private List<String> choices = List.of();
        private Function<String, String> choiceLabels = Function.identity();
        private FieldBehaviour behaviour;
        private Committer committer;

        private Builder(String name, String label, String section, FieldKind kind) {
            this.name = Objects.requireNonNull(name);
            this.label = Objects.requireNonNull(label);
            this.section = Objects.requireNonNull(section);
            this.kind = Objects.requireNonNull(kind);
        }

        Builder optional(boolean v) { optional = v; return this; }
        Builder help(String v) { help = v == null ? "" : v; return this; }
        Builder prompt(String v) { prompt = v == null ? "" : v; return this; }
        Builder value(String v) { value = v == null ? "" : v; return this; }
        Builder items(List<String> v) { items = List.copyOf(v); value = String.join(", ", v); return this; }
        Builder ports(List<Port> v) {
            ports = List.copyOf(v);
            value = String.join(", ", v.stream().map(Port::id).toList());
            return this;
        }
        Builder choices(List<String> v) { choices = List.copyOf(v); return this; }
        Builder choiceLabels(Function<String, String> v) { choiceLabels = v; return this; }
        Builder editing(FieldBehaviour v, Committer c) { behaviour = v; committer = c; return this; }

        FieldModel build() {
            return new FieldModel(this);
        }
    }
}
