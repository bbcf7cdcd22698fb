package org.meshwright.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Tells the user that a file could not be opened and why: every read error, one a line as
 * {@code FILE:LINE:COLUMN: message}, in a text area they can select and copy from.
 */
final class ReadErrorsDialog {

    /** The id of the text area listing the errors. */
    static final String ERRORS_ID = "read-errors";

    private ReadErrorsDialog() {
    }

    /** Shows the errors without waiting for the dialog to close, and returns it. */
    static Alert show(Window owner, MainViewModel.OpenResult.Failed failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Cannot open file \u2014 Meshwright");
        Path name = failure.file().getFileName();
        alert.setHeaderText("Cannot open " + (name == null ? failure.file() : name));

        int count = failure.errors().size();
        Label intro = new Label(count == 1 ? "The file has an error:" : "The file has " + count + " errors:");
        TextArea errors = new TextArea(String.join("\n", failure.lines()));
        errors.setId(ERRORS_ID);
        errors.setEditable(false);
        errors.setWrapText(true);
        errors.getStyleClass().add("read-errors");
        errors.setPrefRowCount(Math.min(14, Math.max(3, 2 * count)));
        VBox.setVgrow(errors, Priority.ALWAYS);
        VBox content = new VBox(8, intro, errors);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(760);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
