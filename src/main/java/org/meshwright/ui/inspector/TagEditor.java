package org.meshwright.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Tags as chips with a remove button, and a text field that adds one on Enter. */
final class TagEditor extends FieldControl {

    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField input = new TextField();
    private final VBox box = new VBox(4, chips, input);

    TagEditor(FieldModel field) {
        super(field);
        box.getStyleClass().add("inspector-tags");
        chips.getStyleClass().add("inspector-chips");
        input.setId(idOf(field));
        input.setPromptText("Add a tag and press Enter");
        input.getStyleClass().add("inspector-text");
        wireText(input, () -> "", this::add, field::clearError, () -> disposed);
        field.items().addListener((ListChangeListener<String>) c -> fillChips());
        fillChips();
    }

    private boolean add(String typed) {
        String tag = typed.strip();
        if (tag.isEmpty()) {
            field.clearError();
            return true;
        }
        List<String> tags = new ArrayList<>(field.items());
        tags.add(tag);
        if (field.commit(tags)) {
            input.clear();
            return true;
        }
        return false;
    }

    private void fillChips() {
        chips.getChildren().clear();
        for (String tag : field.items()) {
            Label text = new Label(tag);
            text.getStyleClass().add("inspector-chip-text");
            Button remove = new Button("\u00d7");
            remove.getStyleClass().add("inspector-chip-remove");
            remove.setAccessibleText("Remove tag " + tag);
            remove.setOnAction(e -> {
                List<String> tags = new ArrayList<>(field.items());
                tags.remove(tag);
                field.commit(tags);
            });
            HBox chip = new HBox(2, text, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("inspector-chip");
            chips.getChildren().add(chip);
        }
        chips.setVisible(!field.items().isEmpty());
        chips.setManaged(!field.items().isEmpty());
    }

    @Override
    Node control() {
        return box;
    }

    @Override
    void flush() {
        if (!input.getText().isBlank() && field.error() == null) {
            add(input.getText());
        }
    }
}
