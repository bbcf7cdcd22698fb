package org.meshwright.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.meshwright.rules.Rule;
import org.meshwright.rules.RuleCatalog;

/**
 * Help &gt; Rules: the rule catalogue, one page per rule (what it checks, why, an example,
 * how to fix), from the same docs/rules.md the project publishes. A finding's "why?" opens
 * it at its rule.
 */
public final class RulesWindow {

    private final RuleReference reference = RuleReference.bundled();
    private final Stage stage = new Stage();
    private final ListView<String> list = new ListView<>();
    private final ScrollPane page = new ScrollPane();

    public RulesWindow(Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Meshwright rules");
        reference.keys().forEach(list.getItems()::add);
        list.setId("rules-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                if (empty || key == null) {
                    setText(null);
                    return;
                }
                setText(RuleCatalog.rule(key).map(RulesWindow::describe).orElse(key));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, key) -> {
            if (key != null) {
                showPage(key);
            }
        });
        list.setMinWidth(270);
        page.setFitToWidth(true);
        page.setId("rules-page");
        page.getStyleClass().add("rules-page");
        SplitPane split = new SplitPane(list, page);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(list, false);
        Scene scene = new Scene(split, 1040, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        list.getSelectionModel().select(0);
    }

    private static String describe(Rule rule) {
        return rule.id() + "  \u00b7  " + rule.defaultSeverity().keyword();
    }

    /** Shows the window at {@code ruleId}'s page (the overview where the id is unknown) and brings it forward. */
    public void show(String ruleId) {
        String key = ruleId != null && reference.section(ruleId) != null ? ruleId : RuleReference.OVERVIEW;
        list.getSelectionModel().select(key);
        list.scrollTo(key);
        stage.show();
        stage.toFront();
    }

    /** The rule (or overview) on screen. */
    public String shown() {
        return list.getSelectionModel().getSelectedItem();
    }

    public Stage stage() {
        return stage;
    }

    private void showPage(String key) {
        MarkdownView view = new MarkdownView(reference.section(key), this::follow);
        view.setPadding(new Insets(20, 28, 28, 28));
        page.setContent(view);
        page.setVvalue(0);
    }

    /** Links to another rule (#rule-id) go there; other links (other documents, the web) are not followed. */
    private void follow(String destination) {
        if (destination.startsWith("#") && reference.section(destination.substring(1)) != null) {
            show(destination.substring(1));
        }
    }
}
