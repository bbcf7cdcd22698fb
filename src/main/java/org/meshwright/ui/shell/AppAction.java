package org.meshwright.ui.shell;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A user action defined once: label, icon, shortcut, enabled state and what it does. Menus,
 * the tool bar and keyboard shortcuts are all made from it, so they always agree.
 */
public final class AppAction {

    private final StringProperty label;
    private final String icon;
    private final KeyCombination accelerator;
    private final Runnable handler;
    private final ReadOnlyBooleanWrapper disabled = new ReadOnlyBooleanWrapper(false);

    public AppAction(String label, String icon, KeyCombination accelerator, Runnable handler) {
        this.label = new SimpleStringProperty(label);
        this.icon = icon;
        this.accelerator = accelerator;
        this.handler = handler;
    }

    public AppAction(String label, String icon, String accelerator, Runnable handler) {
        this(label, icon, accelerator == null ? null : KeyCombination.keyCombination(accelerator), handler);
    }

    /** Enabled only while {@code condition} holds. */
    public AppAction enabledWhen(BooleanExpression condition) {
        disabled.bind(condition.not());
        return this;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public KeyCombination accelerator() {
        return accelerator;
    }

    public boolean isDisabled() {
        return disabled.get();
    }

    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem();
        item.textProperty().bind(label);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setAccelerator(accelerator);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> run());
        return item;
    }

    public Button button() {
        Button button = new Button();
        button.setGraphic(new FontIcon(icon));
        button.getStyleClass().add("tool-button");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(accelerator == null ? label
                : label.concat("  (" + accelerator.getDisplayText() + ")"));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(label);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> run());
        button.setFocusTraversable(false);
        return button;
    }
}
