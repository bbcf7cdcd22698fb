package org.meshwright.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Severity;

class FindingsViewModelTest {

    private final ObservableList<Finding> findings = FXCollections.observableArrayList(
            new Finding("product-cycle", Severity.ERROR, "cycle", List.of(ElementRef.node("a"))),
            new Finding("owner-required", Severity.ERROR, "owner", List.of(ElementRef.domain("d"))),
            new Finding("unused-product", Severity.WARNING, "unused", List.of(ElementRef.node("b"))),
            new Finding("lineage-source", Severity.INFO, "lineage", List.of(ElementRef.node("c"))));
    private final FindingsViewModel model = new FindingsViewModel(findings);

    @Test
    void countsEachSeverityAndListsTheRulesWithFindings() {
        assertThat(model.errorsProperty().get()).isEqualTo(2);
        assertThat(model.warningsProperty().get()).isEqualTo(1);
        assertThat(model.infosProperty().get()).isEqualTo(1);
        assertThat(model.rules()).containsExactly(FindingsViewModel.ALL_RULES, "lineage-source", "owner-required",
                "product-cycle", "unused-product");
    }

    @Test
    void filtersBySeverityAndByRule() {
        model.setShown(Severity.ERROR, false);
        assertThat(model.shown()).extracting(Finding::rule).containsExactly("unused-product", "lineage-source");
        model.setShown(Severity.ERROR, true);
        model.ruleProperty().set("owner-required");
        assertThat(model.shown()).extracting(Finding::rule).containsExactly("owner-required");
        model.ruleProperty().set(FindingsViewModel.ALL_RULES);
        assertThat(model.shown()).hasSize(4);
    }

    @Test
    void followsTheLiveFindingsAndKeepsTheChosenRuleVisible() {
        model.ruleProperty().set("product-cycle");
        findings.setAll(new Finding("unused-product", Severity.WARNING, "unused", List.of(ElementRef.node("b"))));
        assertThat(model.errorsProperty().get()).isZero();
        assertThat(model.shown()).isEmpty();
        assertThat(model.rules()).containsExactly(FindingsViewModel.ALL_RULES, "unused-product", "product-cycle");
    }
}
