package org.meshwright.ui.findings;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.javafx.FontIcon;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Severity;

/**
 * The findings panel: a filter bar (severity toggles with counts, rule choice) above a
 * table of findings. Activating a finding (click) hands it to {@code onActivate}, which
 * selects and centres its elements.
 */
public final class FindingsView extends BorderPane {

    private final FindingsViewModel model;
    private final TableView<Finding> table = new TableView<>();

    public FindingsView(FindingsViewModel model, Consumer<Finding> onActivate) {
        this(model, onActivate, rule -> { });
    }

    /**
     * @param onActivate called with a finding the user clicks (select and centre its elements)
     * @param onWhy      called with a rule id when the user asks why a finding is one
     */
    public FindingsView(FindingsViewModel model, Consumer<Finding> onActivate, Consumer<String> onWhy) {
        this.model = model;
        getStyleClass().add("findings-view");

        HBox bar = new HBox(6);
        bar.getStyleClass().add("findings-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        Label title = new Label("Findings");
        title.getStyleClass().add("panel-title");
        bar.getChildren().addAll(title,
                toggle(Severity.ERROR, "mdi2c-close-circle", model.errorsProperty(), "errors"),
                toggle(Severity.WARNING, "mdi2a-alert", model.warningsProperty(), "warnings"),
                toggle(Severity.INFO, "mdi2i-information", model.infosProperty(), "infos"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<String> rules = new ComboBox<>(model.rules());
        rules.valueProperty().bindBidirectional(model.ruleProperty());
        rules.setTooltip(new Tooltip("Show the findings of one rule"));
        rules.setId("findings-rule-filter");
        bar.getChildren().addAll(spacer, new Label("Rule"), rules);

        Label notice = new Label();
        notice.setId("findings-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        notice.textProperty().bind(model.noticeProperty());
        notice.setGraphic(new FontIcon("mdi2s-swap-horizontal"));
        notice.getStyleClass().add("findings-notice-text");
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setOnAction(e -> model.setNotice(""));
        dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox noticeBar = new HBox(8, notice, dismiss);
        noticeBar.setAlignment(Pos.CENTER_LEFT);
        noticeBar.setPadding(new Insets(4, 8, 4, 10));
        noticeBar.getStyleClass().add("findings-notice");
        noticeBar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        setTop(new javafx.scene.layout.VBox(bar, noticeBar));

        TableColumn<Finding, Severity> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell());
        severity.setPrefWidth(34);
        severity.setResizable(false);
        severity.setSortable(false);
        TableColumn<Finding, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        rule.setPrefWidth(190);
        rule.setSortable(false);
        TableColumn<Finding, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setCellFactory(c -> new TooltipCell());
        message.setSortable(false);
        TableColumn<Finding, String> elements = new TableColumn<>("Elements");
        elements.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().elementIds())));
        elements.setPrefWidth(240);
        elements.setSortable(false);
        TableColumn<Finding, String> why = new TableColumn<>("");
        why.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        why.setCellFactory(c -> new WhyCell(onWhy));
        why.setPrefWidth(56);
        why.setResizable(false);
        why.setSortable(false);
        table.getColumns().setAll(java.util.List.of(severity, rule, message, elements, why));
        message.prefWidthProperty().bind(table.widthProperty().subtract(34 + 190 + 240 + 56 + 18));
        table.setItems(model.shown());
        table.setPlaceholder(new Label("No findings: the mesh meets every rule of its topology."));
        table.setId("findings-table");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                onActivate.accept(b);
            }
        });
        table.setOnMouseClicked(e -> {
            Finding f = table.getSelectionModel().getSelectedItem();
            if (f != null && e.getClickCount() >= 1) {
                onActivate.accept(f);
            }
        });
        setCenter(table);
    }

    public TableView<Finding> table() {
        return table;
    }

    private ToggleButton toggle(Severity severity, String icon, javafx.beans.value.ObservableIntegerValue count,
                                String noun) {
        ToggleButton button = new ToggleButton();
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("severity-" + severity.keyword());
        button.setGraphic(graphic);
        button.textProperty().bind(Bindings.concat(count, " ", noun));
        button.setSelected(true);
        button.selectedProperty().addListener((o, a, b) -> model.setShown(severity, b));
        button.getStyleClass().add("severity-toggle");
        button.setId("findings-toggle-" + severity.keyword());
        button.setTooltip(new Tooltip("Show or hide " + noun));
        return button;
    }

    private static final class SeverityCell extends TableCell<Finding, Severity> {
        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (item) {
                case ERROR -> "mdi2c-close-circle";
                case WARNING -> "mdi2a-alert";
                case INFO -> "mdi2i-information";
            });
            icon.getStyleClass().add("severity-" + item.keyword());
            setGraphic(icon);
            setAlignment(Pos.CENTER);
            setTooltip(new Tooltip(item.keyword()));
        }
    }

    private static final class TooltipCell extends TableCell<Finding, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null ? null : new Tooltip(item));
        }
    }

    /** "why?": opens the rule's page in the rule reference. */
    private static final class WhyCell extends javafx.scene.control.TableCell<Finding, String> {
        private final javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink("why?");

        WhyCell(Consumer<String> onWhy) {
            link.getStyleClass().add("finding-why");
            link.setOnAction(e -> {
                if (getItem() != null) {
                    onWhy.accept(getItem());
                }
                link.setVisited(false);
            });
        }

        @Override
        protected void updateItem(String rule, boolean empty) {
            super.updateItem(rule, empty);
            setGraphic(empty || rule == null ? null : link);
            if (rule != null) {
                link.setTooltip(new Tooltip("What " + rule + " checks, why, and how to fix it"));
            }
        }
    }
}
