package org.meshwright.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/** The controls of the simple field kinds: text, text area, choice and switch, and read-only values. */
final class FieldControls {

    private FieldControls() {
    }

    /** The control for {@code field}, by its kind. */
    static FieldControl of(FieldModel field) {
        if (!field.isEditable()) {
            return new ReadOnly(field);
        }
        return switch (field.kind()) {
            case TEXT, ID, NUMBER, DURATION -> new Text(field, new TextField());
            case MULTILINE_TEXT -> new Text(field, multiline());
            case CHOICE, ID_REFERENCE -> new Choice(field);
            case BOOLEAN -> new Switch(field);
            case TAGS -> new TagEditor(field);
            case ID_LIST -> new ViaEditor(field);
            case PORTS -> new PortsEditor(field);
        };
    }

    private static TextArea multiline() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return area;
    }

    /** A text field or area: commits on Enter (Ctrl+Enter in an area) and focus loss, Escape reverts. */
    static final class Text extends FieldControl {
        private final TextInputControl text;

        Text(FieldModel field, TextInputControl text) {
            super(field);
            this.text = text;
            text.setText(field.value());
            text.setPromptText(field.prompt());
            text.setId(idOf(field));
            text.getStyleClass().add("inspector-text");
            field.promptProperty().addListener((o, a, b) -> text.setPromptText(b));
            field.valueProperty().addListener((o, a, b) -> {
                // the mesh changed (a commit, an undo): show it, and forget a refusal of older input
                text.setText(b);
                markInvalid(text, false);
                field.clearError();
            });
            wireText(text, field::value, field::commit, field::clearError, () -> disposed);
        }

        @Override
        Node control() {
            return text;
        }

        @Override
        void flush() {
            if (!text.getText().equals(field.value()) && field.error() == null) {
                field.commit(text.getText());
            }
        }
    }

    /** A drop-down of keywords or ids; an optional field offers "none" first. */
    static final class Choice extends FieldControl {
        private final ComboBox<String> combo = new ComboBox<>();
        private boolean updating;

        Choice(FieldModel field) {
            super(field);
            combo.setId(idOf(field));
            combo.getStyleClass().add("inspector-choice");
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setCellFactory(v -> new ChoiceCell());
            combo.setButtonCell(new ChoiceCell());
            combo.setVisibleRowCount(12);
            fill();
            field.choices().addListener((ListChangeListener<String>) c -> fill());
            field.valueProperty().addListener((o, a, b) -> select(b));
            combo.valueProperty().addListener((o, a, b) -> {
                if (!updating && b != null && !b.equals(field.value()) && !field.commit(b)) {
                    select(field.value());
                }
            });
        }

        private void fill() {
            List<String> items = new ArrayList<>();
            if (field.isOptional()) {
                items.add("");
            }
            items.addAll(field.choices());
            if (!items.contains(field.value())) {
                items.add(field.value());
            }
            updating = true;
            try {
                combo.getItems().setAll(items);
                combo.setValue(field.value());
            } finally {
                updating = false;
            }
        }

        private void select(String value) {
            updating = true;
            try {
                combo.setValue(value);
            } finally {
                updating = false;
            }
        }

        @Override
        Node control() {
            return combo;
        }

        private final class ChoiceCell extends ListCell<String> {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inspector-none");
                if (empty || item == null) {
                    setText(null);
                } else if (item.isEmpty()) {
                    setText(field.prompt().isEmpty() ? "None" : field.prompt());
                    getStyleClass().add("inspector-none");
                } else {
                    setText(field.choiceLabel(item));
                }
            }
        }
    }

    /** A boolean as a switch: a check box styled as a toggle. */
    static final class Switch extends FieldControl {
        private final CheckBox box = new CheckBox();
        private boolean updating;

        Switch(FieldModel field) {
            super(field);
            box.setId(idOf(field));
            box.getStyleClass().add("inspector-switch");
            box.setSelected(Boolean.parseBoolean(field.value()));
            field.valueProperty().addListener((o, a, b) -> set(Boolean.parseBoolean(b)));
            box.selectedProperty().addListener((o, a, b) -> {
                if (!updating && !field.commit(String.valueOf(b))) {
                    set(Boolean.parseBoolean(field.value()));
                }
            });
        }

        private void set(boolean selected) {
            updating = true;
            try {
                box.setSelected(selected);
            } finally {
                updating = false;
            }
        }

        @Override
        Node control() {
            return box;
        }

        @Override
        boolean inline() {
            return true;
        }
    }

    /** A value that cannot be edited here: a summary or a mixed value. */
    static final class ReadOnly extends FieldControl {
        private final Label value = new Label();

        ReadOnly(FieldModel field) {
            super(field);
            value.setId(idOf(field));
            value.setWrapText(true);
            value.setMaxWidth(Double.MAX_VALUE);
            value.setFocusTraversable(true);
            value.getStyleClass().add("inspector-readonly");
            show();
            field.valueProperty().addListener((o, a, b) -> show());
        }

        private void show() {
            boolean empty = field.value().isEmpty();
            value.setText(empty ? field.prompt() : shown(field));
            value.getStyleClass().remove("inspector-none");
            if (empty) {
                value.getStyleClass().add("inspector-none");
            }
        }

        private static String shown(FieldModel field) {
            return switch (field.kind()) {
                case ID_REFERENCE, CHOICE -> field.choiceLabel(field.value());
                case BOOLEAN -> Boolean.parseBoolean(field.value()) ? "Yes" : "No";
                default -> field.value();
            };
        }

        @Override
        Node control() {
            return value;
        }
    }
}
