package org.meshwright.ui.palette;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/**
 * The palette: one button per thing a user can add. A click adds it in view; dragging it
 * onto the canvas adds it where it is dropped.
 */
public final class PaletteView extends VBox {

    public PaletteView(Function<PaletteItem, Node> icons, Consumer<PaletteItem> onClick) {
        getStyleClass().add("palette");
        setSpacing(2);
        Label title = new Label("Add");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (PaletteItem item : PaletteItem.all()) {
            Button button = new Button(item.label(), icons.apply(item));
            button.setId("palette-" + (item.isDomain() ? "domain" : item.kind().keyword()));
            button.getStyleClass().add("palette-item");
            button.setContentDisplay(ContentDisplay.LEFT);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setTooltip(new Tooltip(item.hint() + "\nClick to add, or drag onto the canvas."));
            button.setOnAction(e -> onClick.accept(item));
            button.setOnDragDetected(e -> {
                Dragboard board = button.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putString(item.dragText());
                board.setContent(content);
                board.setDragView(button.snapshot(null, null));
                e.consume();
            });
            getChildren().add(button);
        }
    }
}
