package org.meshwright.ui.findings;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Severity;

/**
 * The findings panel's state: the live findings filtered by severity and rule, the rules
 * that have findings (for the rule filter) and a count per severity. No window needed.
 */
public final class FindingsViewModel {

    /** The rule filter's value for "every rule". */
    public static final String ALL_RULES = "All rules";

    private final ObservableList<Finding> source;
    private final FilteredList<Finding> shown;
    private final ObjectProperty<Set<Severity>> severities =
            new SimpleObjectProperty<>(this, "severities", EnumSet.allOf(Severity.class));
    private final ObjectProperty<String> rule = new SimpleObjectProperty<>(this, "rule", ALL_RULES);
    private final javafx.beans.property.StringProperty notice =
            new javafx.beans.property.SimpleStringProperty(this, "notice", "");
    private final ObservableList<String> rules = FXCollections.observableArrayList(ALL_RULES);
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");

    public FindingsViewModel(ObservableList<Finding> findings) {
        this.source = findings;
        this.shown = new FilteredList<>(findings, f -> true);
        severities.addListener((o, a, b) -> refilter());
        rule.addListener((o, a, b) -> refilter());
        findings.addListener((ListChangeListener<Finding>) c -> recount());
        recount();
    }

    private void refilter() {
        Set<Severity> wanted = severities.get();
        String ruleId = rule.get();
        shown.setPredicate(f -> wanted.contains(f.severity()) && (ruleId == null || ALL_RULES.equals(ruleId)
                || ruleId.equals(f.rule())));
    }

    private void recount() {
        int e = 0;
        int w = 0;
        int i = 0;
        TreeSet<String> present = new TreeSet<>();
        for (Finding f : source) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
            present.add(f.rule());
        }
        errors.set(e);
        warnings.set(w);
        infos.set(i);
        String selected = rule.get();
        java.util.List<String> next = new java.util.ArrayList<>();
        next.add(ALL_RULES);
        next.addAll(present);
        if (selected != null && !ALL_RULES.equals(selected) && !present.contains(selected)) {
            next.add(selected); // keep the user's filter visible even when its findings are gone
        }
        if (!rules.equals(next)) {
            rules.setAll(next);
            // a combo box bound to the rule clears its value when its items are replaced: put it back
            rule.set(selected == null ? ALL_RULES : selected);
        }
    }

    /** The findings that pass the filters, in catalogue order. */
    public ObservableList<Finding> shown() {
        return shown;
    }

    public ObjectProperty<Set<Severity>> severitiesProperty() {
        return severities;
    }

    /** Shows or hides one severity. */
    public void setShown(Severity severity, boolean visible) {
        EnumSet<Severity> next = severities.get().isEmpty() ? EnumSet.noneOf(Severity.class)
                : EnumSet.copyOf(severities.get());
        if (visible) {
            next.add(severity);
        } else {
            next.remove(severity);
        }
        severities.set(next);
    }

    public ObjectProperty<String> ruleProperty() {
        return rule;
    }

    /** {@link #ALL_RULES}, then the ids of the rules that have findings. */
    public ObservableList<String> rules() {
        return rules;
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }

    /** A line above the findings about what the last structural change did (a topology switch); empty for none. */
    public javafx.beans.property.StringProperty noticeProperty() {
        return notice;
    }

    public void setNotice(String text) {
        notice.set(text == null ? "" : text);
    }
}
