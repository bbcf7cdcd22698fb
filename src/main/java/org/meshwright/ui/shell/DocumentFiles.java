package org.meshwright.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.meshwright.io.yaml.Templates;
import org.meshwright.model.Mesh;
import org.meshwright.ui.editor.EditorViewModel;

/**
 * The window's file commands: New, Open, Open Recent, Save, Save As, and the questions
 * they ask (unsaved changes, where to save) and the errors they show (read errors with
 * their lines, a failed save).
 */
final class DocumentFiles {

    private final Stage stage;
    private final EditorViewModel editor;
    private final Menu recentMenu;
    private java.util.function.BooleanSupplier beforeSave = () -> true;
    private java.util.function.Consumer<org.meshwright.io.FileWatch.Read> afterSave = written -> { };
    private Runnable onDiscarded = () -> { };

    DocumentFiles(Stage stage, EditorViewModel editor, Menu recentMenu) {
        this.stage = stage;
        this.editor = editor;
        this.recentMenu = recentMenu;
    }

    /** Asks before replacing unsaved changes: true to go on (saved or discarded), false to cancel. */
    public boolean confirmDiscard(String doing) {
        if (!editor.isDirty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + (editor.file() == null ? "this mesh" : editor.file().getFileName())
                + " before " + doing + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(saveButton, discard, ButtonType.CANCEL);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        if (answer.get() == discard) {
            onDiscarded.run();
            return true;
        }
        return save();
    }

    void newMeshDialog() {
        if (!confirmDiscard("creating a new mesh")) {
            return;
        }
        NewMeshDialog.ask(stage).ifPresent(choice -> {
            Mesh mesh = choice.template() ? Templates.of(choice.topology())
                    : Templates.blank("new-mesh", choice.topology());
            editor.newMesh(mesh);
        });
    }

    void openDialog() {
        FileChooser chooser = chooser("Open mesh");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openAsked(chosen.toPath());
        }
    }

    /** Opens {@code file} after asking about unsaved changes. */
    public void openAsked(Path file) {
        if (confirmDiscard("opening another file")) {
            open(file);
        }
    }

    /** Opens {@code file}; read errors open nothing and are shown with their lines. */
    public void open(Path file) {
        if (isLarge(file)) {
            editor.openInBackground(file, this::opened);
        } else {
            opened(editor.open(file));
        }
    }

    /** Files from this size on are read in the background: about a second per 10 MB. */
    static final long BACKGROUND_OPEN_BYTES = 2L * 1024 * 1024;

    private static boolean isLarge(Path file) {
        try {
            return Files.size(file) >= BACKGROUND_OPEN_BYTES;
        } catch (java.io.IOException | RuntimeException e) {
            return false; // the reader reports what is wrong with the file
        }
    }

    private void opened(EditorViewModel.OpenResult result) {
        if (result instanceof EditorViewModel.OpenResult.Failed failed) {
            if (!Files.exists(failed.file())) {
                editor.recentFiles().remove(failed.file());
            }
            showReadErrors(failed);
        }
    }

    private void showReadErrors(EditorViewModel.OpenResult.Failed failed) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Cannot open " + failed.file().getFileName());
        int n = failed.errors().size();
        alert.setHeaderText("Cannot open " + failed.file().getFileName() + ": the file has "
                + (n == 1 ? "an error" : n + " errors") + ".");
        TextArea text = new TextArea(String.join("\n", failed.lines()));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, Math.max(3, n + 1)));
        text.setId("read-errors");
        text.getStyleClass().add("read-errors");
        VBox content = new VBox(8, new Label("Fix these lines in a text editor, then open the file again:"), text);
        content.setPrefWidth(720);
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    /** Saves; asks for a file where the mesh has none. True when saved. */
    public boolean save() {
        if (editor.file() != null && !beforeSave.getAsBoolean()) {
            return false;
        }
        EditorViewModel.SaveResult result = editor.save();
        if (result instanceof EditorViewModel.SaveResult.NeedsFile) {
            return saveAs();
        }
        return handle(result);
    }

    boolean saveAs() {
        FileChooser chooser = chooser("Save mesh as");
        if (editor.file() != null) {
            chooser.setInitialFileName(String.valueOf(editor.file().getFileName()));
        } else if (editor.mesh() != null) {
            chooser.setInitialFileName(editor.mesh().metadata().name() + ".mesh.yaml");
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return false;
        }
        Path target = chosen.toPath();
        if (!target.getFileName().toString().endsWith(".yaml")) {
            target = target.resolveSibling(target.getFileName() + ".mesh.yaml");
        }
        return handle(editor.saveAs(target));
    }

    /**
     * Checks around saves: {@code before} may refuse a save (the file changed on disk and the
     * user does not want to overwrite it); {@code after} hears of each successful save, with
     * what was written.
     */
    void guardSaves(java.util.function.BooleanSupplier before,
            java.util.function.Consumer<org.meshwright.io.FileWatch.Read> after) {
        this.beforeSave = before;
        this.afterSave = after;
    }

    /** {@code action} runs when the user chooses to throw unsaved changes away ("Don't Save"). */
    void onDiscarded(Runnable action) {
        this.onDiscarded = action;
    }

    private boolean handle(EditorViewModel.SaveResult result) {
        if (result instanceof EditorViewModel.SaveResult.Saved saved) {
            afterSave.accept(saved.written());
        }
        if (result instanceof EditorViewModel.SaveResult.Failed failed) {
            Alert alert = new Alert(Alert.AlertType.ERROR, failed.message());
            alert.initOwner(stage);
            alert.setTitle("Could not save");
            alert.setHeaderText("Could not save " + failed.file().getFileName());
            alert.show();
            return false;
        }
        return result instanceof EditorViewModel.SaveResult.Saved;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Mesh files (*.mesh.yaml)", "*.mesh.yaml"),
                new FileChooser.ExtensionFilter("YAML files", "*.yaml", "*.yml"));
        Path current = editor.file();
        if (current != null && current.toAbsolutePath().getParent() != null
                && Files.isDirectory(current.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path file : editor.recentFiles().files()) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openAsked(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }
}
