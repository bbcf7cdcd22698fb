package org.meshwright.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pass-through nodes of a link, in order: move up, move down, remove, and add from a drop-down. */
final class ViaEditor extends FieldControl {

    private final VBox rows = new VBox(4);
    private final ComboBox<String> adder = new ComboBox<>();
    private final VBox box = new VBox(8, rows, adder);
    private boolean updating;

    ViaEditor(FieldModel field) {
        super(field);
        box.getStyleClass().add("inspector-via");
        rows.getStyleClass().add("inspector-list");
        adder.setId(idOf(field));
        adder.setPromptText("Add a hub, anonymizer or virtualization\u2026");
        adder.setMaxWidth(Double.MAX_VALUE);
        adder.getStyleClass().add("inspector-choice");
        adder.setCellFactory(v -> new NodeCell());
        adder.setButtonCell(new NodeCell());
        adder.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                // commit once the combo box is done handling the pick: the commit refills its items
                Platform.runLater(() -> {
                    List<String> via = new ArrayList<>(field.items());
                    via.add(b);
                    if (!disposed && !field.commit(via)) {
                        fill();
                    }
                });
            }
        });
        field.items().addListener((ListChangeListener<String>) c -> fill());
        field.choices().addListener((ListChangeListener<String>) c -> fill());
        fill();
    }

    private void fill() {
        List<String> via = List.copyOf(field.items());
        rows.getChildren().clear();
        if (via.isEmpty()) {
            Label none = new Label("Direct: no hub or anonymizer in between");
            none.getStyleClass().add("inspector-none");
            rows.getChildren().add(none);
        }
        for (int i = 0; i < via.size(); i++) {
            rows.getChildren().add(row(via, i));
        }
        List<String> addable = field.choices().stream().filter(c -> !via.contains(c)).toList();
        updating = true;
        try {
            adder.setValue(null);
            adder.getItems().setAll(addable);
        } finally {
            updating = false;
        }
        adder.setDisable(addable.isEmpty());
    }

    private Node row(List<String> via, int index) {
        String id = via.get(index);
        Label number = new Label((index + 1) + ".");
        number.getStyleClass().add("inspector-list-number");
        Label name = new Label(field.choiceLabel(id));
        name.getStyleClass().add("inspector-list-text");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button up = iconButton("\u2191", "Move " + id + " up", index == 0, () -> move(via, index, index - 1));
        Button down = iconButton("\u2193", "Move " + id + " down", index == via.size() - 1,
                () -> move(via, index, index + 1));
        Button remove = iconButton("\u00d7", "Remove " + id, false, () -> {
            List<String> changed = new ArrayList<>(via);
            changed.remove(index);
            field.commit(changed);
        });
        HBox row = new HBox(4, number, name, up, down, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("inspector-list-row");
        return row;
    }

    private void move(List<String> via, int from, int to) {
        List<String> changed = new ArrayList<>(via);
        changed.add(to, changed.remove(from));
        field.commit(changed);
    }

    static Button iconButton(String glyph, String accessibleText, boolean disabled, Runnable action) {
        Button b = new Button(glyph);
        b.getStyleClass().add("inspector-icon-button");
        b.setAccessibleText(accessibleText);
        b.setTooltip(new Tooltip(accessibleText));
        b.setDisable(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    Node control() {
        return box;
    }

    private final class NodeCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : field.choiceLabel(item));
        }
    }
}
