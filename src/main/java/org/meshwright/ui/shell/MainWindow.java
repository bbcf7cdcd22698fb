package org.meshwright.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.ui.diagram.DiagramView;
import org.meshwright.ui.tree.MeshTreeEntry;
import org.meshwright.ui.tree.MeshTreeView;

/**
 * The main window: menu bar, the mesh tree on the left, the diagram in the centre and a
 * status line, all following a {@link MainViewModel}.
 */
public final class MainWindow {

    static final String STYLESHEET = "/org/meshwright/ui/meshwright.css";

    private final Stage stage;
    private final MainViewModel viewModel;
    private final MeshTreeView tree = new MeshTreeView();
    private final DiagramView diagram = new DiagramView();
    private final Label status = new Label();
    private final Label fileLabel = new Label();
    private final Label zoomLabel = new Label();
    private Path lastDirectory;

    public MainWindow(Stage stage, MainViewModel viewModel) {
        this.stage = stage;
        this.viewModel = viewModel;

        tree.setId("mesh-tree");
        diagram.setId("diagram");
        status.setId("status");
        status.getStyleClass().add("status-text");
        fileLabel.getStyleClass().add("status-file");

        SplitPane split = new SplitPane(tree, diagram);
        split.setDividerPositions(0.25);
        tree.setMinWidth(200);
        SplitPane.setResizableWithParent(tree, false);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        zoomLabel.getStyleClass().add("status-file");
        zoomLabel.textProperty().bind(diagram.zoomProperty().multiply(100).asString("%.0f %%"));
        zoomLabel.visibleProperty().bind(viewModel.documentProperty().isNotNull());
        HBox statusBar = new HBox(16, status, spacer, fileLabel, zoomLabel);
        statusBar.getStyleClass().add("status-bar");

        BorderPane root = new BorderPane(split, menuBar(), null, statusBar, null);
        root.getStyleClass().add("main-window");
        acceptDroppedFiles(root);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth() * 0.9), Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);

        stage.titleProperty().bind(viewModel.titleProperty());
        status.textProperty().bind(viewModel.statusTextProperty());
        fileLabel.textProperty().bind(viewModel.fileProperty().map(Path::toString).orElse(""));
        viewModel.documentProperty().addListener((obs, before, now) -> show(now));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            MeshTreeEntry entry = now == null ? null : now.getValue();
            diagram.select(entry != null && entry.type() == MeshTreeEntry.Type.NODE ? entry.id() : null);
        });
        show(viewModel.document());
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /**
     * Opens {@code file}: shows it, or, when it cannot be read, a dialog listing its errors
     * (the open mesh stays).
     */
    public MainViewModel.OpenResult open(Path file) {
        MainViewModel.OpenResult result = viewModel.open(file);
        if (result instanceof MainViewModel.OpenResult.Failed failed) {
            ReadErrorsDialog.show(stage, failed);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastDirectory = parent;
        }
        return result;
    }

    /** Asks for a mesh file and opens it. */
    public void openWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open mesh");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Mesh files (*.mesh.yaml)", "*.mesh.yaml"),
                new FileChooser.ExtensionFilter("YAML files (*.yaml, *.yml)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDirectory != null && lastDirectory.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastDirectory.toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void show(MeshDocument document) {
        if (document == null) {
            tree.show(null);
            diagram.clear();
        } else {
            tree.show(document.mesh());
            diagram.show(document.mesh());
        }
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open\u2026");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openWithChooser());
        MenuItem quit = new MenuItem("Quit");
        quit.setId("menu-quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            stage.close();
            Platform.exit();
        });
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);

        MenuItem zoomIn = menuItem("Zoom In", "Shortcut+Plus", diagram::zoomIn);
        MenuItem zoomOut = menuItem("Zoom Out", "Shortcut+Minus", diagram::zoomOut);
        MenuItem actualSize = menuItem("Actual Size", "Shortcut+0", () -> diagram.setZoom(1));
        MenuItem fit = menuItem("Fit to Window", "Shortcut+9", diagram::zoomToFit);
        Menu view = new Menu("View", null, zoomIn, zoomOut, actualSize, fit);
        view.getItems().forEach(item -> item.disableProperty().bind(viewModel.documentProperty().isNull()));

        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem menuItem(String label, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void acceptDroppedFiles(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean done = files != null && files.size() == 1;
            if (done) {
                Platform.runLater(() -> open(files.get(0).toPath()));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
