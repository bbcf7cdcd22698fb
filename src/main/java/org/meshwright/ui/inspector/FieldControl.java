package org.meshwright.ui.inspector;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The row of one field in the inspector: its label, the control that edits it and, under it,
 * the reason the last input was refused. Subclasses make the control.
 */
abstract class FieldControl {

    static final String INVALID = "inspector-invalid";

    final FieldModel field;
    private final Label label = new Label();
    private final Label message = new Label();
    private VBox row;
    boolean disposed;

    FieldControl(FieldModel field) {
        this.field = field;
    }

    /** The control a user edits (and the label names). */
    abstract Node control();

    /** Whether the label sits left of the control on one line (a switch) rather than above it. */
    boolean inline() {
        return false;
    }

    /** Commits what the user typed but has not committed yet; called before the row goes away. */
    void flush() {
    }

    /** Marks the row gone: focus leaving its controls no longer commits. */
    void dispose() {
        disposed = true;
    }

    /** The whole row, built once. */
    final Node row() {
        if (row != null) {
            return row;
        }
        Node control = control();
        label.setText(field.label());
        label.getStyleClass().add("inspector-label");
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        if (!field.help().isEmpty()) {
            Tooltip tip = new Tooltip(field.help());
            tip.setWrapText(true);
            tip.setMaxWidth(320);
            label.setTooltip(tip);
            control.setAccessibleHelp(field.help());
        }
        field.helpProperty().addListener((o, a, b) -> control.setAccessibleHelp(b));
        control.setAccessibleText(field.label());

        message.getStyleClass().add("inspector-message");
        message.setWrapText(true);
        message.setId(idOf(field) + "-message");
        showError(field.error());
        field.errorProperty().addListener((o, a, b) -> showError(b));

        row = new VBox();
        row.getStyleClass().add("inspector-field");
        row.setId(idOf(field) + "-row");
        if (inline()) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(label, gap, control);
            line.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().addAll(line, message);
        } else {
            row.getChildren().addAll(label, control, message);
        }
        return row;
    }

    private void showError(String error) {
        boolean show = error != null && !error.isEmpty();
        message.setText(show ? error : "");
        message.setVisible(show);
        message.setManaged(show);
        markInvalid(control(), show);
    }

    static void markInvalid(Node node, boolean invalid) {
        if (invalid) {
            if (!node.getStyleClass().contains(INVALID)) {
                node.getStyleClass().add(INVALID);
            }
        } else {
            node.getStyleClass().remove(INVALID);
        }
    }

    /** The node id of a field's control: {@code inspector-field-slo-availability}. */
    static String idOf(FieldModel field) {
        return "inspector-field-" + field.name().replace('.', '-');
    }

    /**
     * Makes a text control commit on Enter (for a text area: Ctrl+Enter) and when focus
     * leaves it, and revert on Escape. {@code commit} returns false where the input was refused;
     * the control then keeps the typed text and its error style until reverted or fixed.
     */
    static void wireText(TextInputControl text, Supplier<String> current,
                         Predicate<String> commit, Runnable revert,
                         BooleanSupplier disposed) {
        Runnable commitNow = () -> {
            String typed = text.getText() == null ? "" : text.getText();
            if (commit.test(typed)) {
                String now = current.get();
                if (!typed.equals(now)) {
                    text.setText(now);
                }
                markInvalid(text, false);
            } else {
                markInvalid(text, true);
            }
        };
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean multiline = text instanceof TextArea;
            if (multiline && e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                // Tab leaves a text area like any other field (its own binding, Ctrl+Tab, does that)
                e.consume();
                text.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            } else if (e.getCode() == KeyCode.ENTER && (!multiline || e.isShortcutDown())) {
                commitNow.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                boolean dirty = !text.getText().equals(current.get()) || text.getStyleClass().contains(INVALID);
                if (dirty) {
                    text.setText(current.get());
                    markInvalid(text, false);
                    revert.run();
                    text.selectAll();
                    e.consume();
                }
            }
        });
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is && !disposed.getAsBoolean() && !text.getText().equals(current.get())) {
                commitNow.run();
            }
        });
    }
}
