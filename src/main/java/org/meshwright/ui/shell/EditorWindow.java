package org.meshwright.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.meshwright.diagram.KindIcons;
import org.meshwright.edit.TopologySwitch;
import org.meshwright.layout.LayoutOptions;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;
import org.meshwright.ui.canvas.CanvasController;
import org.meshwright.ui.canvas.DiagramCanvas;
import org.meshwright.io.LogFiles;
import org.meshwright.io.RecoveryStore;
import org.meshwright.ui.editor.Autosave;
import org.meshwright.ui.editor.BackgroundThreads;
import org.meshwright.ui.editor.EditorViewModel;
import org.meshwright.ui.export.DiagramClipboard;
import org.meshwright.ui.export.ExportDialog;
import org.meshwright.ui.findings.FindingsView;
import org.meshwright.ui.help.RulesWindow;
import org.meshwright.ui.layout.LayoutProgress;
import org.meshwright.ui.layout.LayoutRunner;
import org.meshwright.ui.findings.FindingsViewModel;
import org.meshwright.ui.inspector.InspectorView;
import org.meshwright.ui.palette.PaletteItem;
import org.meshwright.ui.palette.PaletteView;
import org.meshwright.ui.present.PresentationView;
import org.meshwright.ui.theme.Theme;

/**
 * The editor's main window: menu bar and tool bar, palette (left), canvas (centre),
 * inspector (right), findings (bottom) and status bar. Every command is an
 * {@link AppAction}, used by the menus, the tool bar and the shortcuts alike. Panels can
 * be hidden; their layout and the window's size are remembered.
 */
public final class EditorWindow {

    private final Stage stage;
    private final EditorViewModel editor;
    private final WindowPrefs prefs;
    private final Preferences preferences;
    private Theme theme;
    private final DiagramCanvas canvas;
    private final CanvasController controller;
    private final PaletteView palette;
    private final InspectorView inspector;
    private final FindingsView findings;
    private final SplitPane horizontal = new SplitPane();
    private final SplitPane vertical = new SplitPane();
    private final Label statusMessage = new Label();
    private final FindingsViewModel findingsModel;
    private RulesWindow rulesWindow;
    private final LayoutRunner layouts;
    private final Autosave autosave;
    private final RecoveryOffer recovery;
    private final OutsideChanges outside;
    private final javafx.animation.Timeline ticks;
    /** Seconds between autosave ticks; a change reaches the recovery file within this (plus the write). */
    static final double AUTOSAVE_SECONDS = 5;
    private final ExecutorService autosaveThread = Executors.newSingleThreadExecutor(
            BackgroundThreads.named("meshwright-autosave"));
    private final Menu recentMenu = new Menu("Open Recent");
    private final DocumentFiles files;
    /** Exports and image copies: one at a time, off the FX thread, never competing with validation's thread. */
    private final ExecutorService exports = Executors.newSingleThreadExecutor(
            BackgroundThreads.named("meshwright-export"));

    public EditorWindow(Stage stage, EditorViewModel editor, Preferences preferences) {
        this.stage = stage;
        this.editor = editor;
        this.prefs = new WindowPrefs(preferences);
        this.preferences = preferences;
        this.files = new DocumentFiles(stage, editor, recentMenu);
        theme = Theme.remembered(preferences);
        theme.apply();

        canvas = new DiagramCanvas(theme.diagramStyle());
        canvas.setId("canvas");
        controller = new CanvasController(canvas, editor, this::status);
        palette = new PaletteView(this::paletteIcon, controller::addInView);
        palette.setId("palette");
        inspector = new InspectorView(editor);
        inspector.setId("inspector");
        controller.setOnEditRequest(inspector::focusFirstField);
        layouts = new LayoutRunner(exports, Platform::runLater);
        RecoveryStore store = new RecoveryStore(RecoveryStore.defaultFolder());
        autosave = new Autosave(editor, store, autosaveThread, Platform::runLater);
        autosave.lastProblemProperty().addListener((o, a, problem) -> {
            if (!problem.isEmpty()) {
                status(problem);
            }
        });
        recovery = new RecoveryOffer(store, editor, stage, files::confirmDiscard);
        outside = new OutsideChanges(editor, stage, files::open);
        files.guardSaves(outside::mayOverwrite, outside::saved);
        files.onDiscarded(autosave::discardCurrent);
        // Unsaved changes reach the recovery file within seconds (the issue allows 30).
        ticks = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(AUTOSAVE_SECONDS), e -> autosave.tick()));
        ticks.setCycleCount(javafx.animation.Animation.INDEFINITE);
        ticks.play();
        Platform.runLater(recovery::offer);
        findingsModel = new FindingsViewModel(editor.findings());
        editor.meshProperty().addListener((o, a, b) -> findingsModel.setNotice(""));
        findings = new FindingsView(findingsModel, controller::reveal, this::showRule);
        findings.setId("findings");

        Actions actions = new Actions();
        BorderPane root = new BorderPane();
        root.getStyleClass().add("editor-root");
        if (theme == Theme.DARK) {
            root.getStyleClass().add("theme-dark");
        }
        root.setTop(new VBox(menuBar(actions), toolBar(actions), recovery.bar()));
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().addAll(canvas, findings);
        SplitPane.setResizableWithParent(findings, false);
        horizontal.getItems().addAll(palette, vertical, inspector);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        root.setCenter(horizontal);
        root.setBottom(statusBar(findingsModel));

        Scene scene = new Scene(root);
        // When the stage closes, or shows another scene (tests reuse one stage), this window is
        // gone: stop watching its file and autosaving its mesh.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> dispose());
        stage.sceneProperty().addListener((o, was, now) -> {
            if (was == scene && now != scene) {
                dispose();
            }
        });
        scene.getStylesheets().add(EditorWindow.class.getResource("/org/meshwright/ui/editor.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(editor.titleProperty());
        prefs.restore(stage);
        restorePanels();
        installShortcuts(scene, actions);
        installFileDrop(scene);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard("closing")) {
                e.consume();
            } else {
                rememberLayout();
            }
        });
        editor.statusProperty().addListener((o, a, b) -> statusMessage.setText(b));
        canvas.setPlaceholder("Open a mesh (Ctrl+O), drop a *.mesh.yaml file here, or start a new one (Ctrl+N)");
        Label noMesh = new Label("No mesh open.");
        Label clean = new Label("No findings: the mesh meets every rule of its topology.");
        findings.table().placeholderProperty().bind(Bindings.when(editor.meshProperty().isNull())
                .then((Node) noMesh).otherwise((Node) clean));
        editor.recentFiles().files().addListener((ListChangeListener<Path>) c -> files.refreshRecent());
        files.refreshRecent();
    }

    private void dispose() {
        ticks.stop();
        outside.close();
    }

    /** Switches the whole app, chrome and canvas, to {@code newTheme}, and remembers it. */
    public void setTheme(Theme newTheme) {
        theme = newTheme;
        newTheme.apply();
        canvas.setDiagramStyle(newTheme.diagramStyle());
        Node root = stage.getScene().getRoot();
        root.getStyleClass().remove("theme-dark");
        if (newTheme == Theme.DARK) {
            root.getStyleClass().add("theme-dark");
        }
        newTheme.remember(preferences);
    }

    public Theme theme() {
        return theme;
    }

    private Menu themeMenu() {
        Menu menu = new Menu("Theme");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (Theme t : Theme.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(t.label());
            item.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(t == theme);
            item.setOnAction(e -> setTheme(t));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The window's autosave (for tests and the benchmark). */
    public Autosave autosave() {
        return autosave;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public CanvasController controller() {
        return controller;
    }

    public EditorViewModel editor() {
        return editor;
    }

    private void status(String text) {
        editor.setStatus(text);
    }

    private Node paletteIcon(PaletteItem item) {
        if (item.isDomain()) {
            org.kordamp.ikonli.javafx.FontIcon icon = new org.kordamp.ikonli.javafx.FontIcon("mdi2v-vector-rectangle");
            icon.setIconSize(18);
            icon.getStyleClass().add("palette-icon");
            return icon;
        }
        SVGPath path = new SVGPath();
        path.setContent(KindIcons.path(item.kind()));
        path.setFill(javafx.scene.paint.Color.web(canvas.style().kindColour(item.kind()).hex()));
        path.setScaleX(0.75);
        path.setScaleY(0.75);
        return new javafx.scene.Group(path);
    }

    // ---- actions -----------------------------------------------------------------------

    /** Every action of the window, defined once. */
    final class Actions {
        final BooleanBinding hasMesh = editor.meshProperty().isNotNull();
        final BooleanBinding hasSelection = Bindings.createBooleanBinding(
                () -> !editor.selection().isEmpty(), editor.selection().elementsProperty());

        final AppAction newMesh = new AppAction("New\u2026", "mdi2f-file-plus-outline", "Shortcut+N", () -> files.newMeshDialog());
        final AppAction open = new AppAction("Open\u2026", "mdi2f-folder-open-outline", "Shortcut+O", () -> files.openDialog());
        final AppAction save = new AppAction("Save", "mdi2c-content-save-outline", "Shortcut+S", () -> save())
                .enabledWhen(hasMesh);
        final AppAction saveAs = new AppAction("Save As\u2026", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S",
                () -> files.saveAs()).enabledWhen(hasMesh);
        final AppAction export = new AppAction("Export\u2026", "mdi2e-export-variant", "Shortcut+E",
                () -> ExportDialog.show(stage, editor.mesh(), exports, EditorWindow.this::status)).enabledWhen(hasMesh);
        final AppAction copyImage = new AppAction("Copy Diagram as Image", "mdi2i-image-outline", "Shortcut+Shift+C",
                () -> DiagramClipboard.copy(editor.mesh(), exports, EditorWindow.this::status)).enabledWhen(hasMesh);
        final AppAction quit = new AppAction("Quit", "mdi2e-exit-to-app", "Shortcut+Q", () -> quit());
        final AppAction undo = new AppAction("Undo", "mdi2u-undo", "Shortcut+Z", editor::undo);
        final AppAction redo = new AppAction("Redo", "mdi2r-redo", "Shortcut+Y", editor::redo);
        final AppAction cut = new AppAction("Cut", "mdi2c-content-cut", "Shortcut+X", controller::cut).enabledWhen(hasSelection);
        final AppAction copy = new AppAction("Copy", "mdi2c-content-copy", "Shortcut+C", controller::copy).enabledWhen(hasSelection);
        final AppAction paste = new AppAction("Paste", "mdi2c-content-paste", "Shortcut+V", controller::paste).enabledWhen(hasMesh);
        final AppAction delete = new AppAction("Delete", "mdi2d-delete-outline", new KeyCodeCombination(KeyCode.DELETE),
                controller::deleteSelection).enabledWhen(hasSelection);
        final AppAction selectAll = new AppAction("Select All", "mdi2s-select-all", "Shortcut+A", controller::selectAll)
                .enabledWhen(hasMesh);
        final AppAction zoomIn = new AppAction("Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+Plus",
                () -> canvas.zoomAt(1.25, canvas.getWidth() / 2, canvas.getHeight() / 2)).enabledWhen(hasMesh);
        final AppAction zoomOut = new AppAction("Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+Minus",
                () -> canvas.zoomAt(0.8, canvas.getWidth() / 2, canvas.getHeight() / 2)).enabledWhen(hasMesh);
        final AppAction fit = new AppAction("Fit to Window", "mdi2f-fit-to-screen-outline", "Shortcut+0",
                canvas::fitToContent).enabledWhen(hasMesh);
        final AppAction actualSize = new AppAction("Actual Size", "mdi2m-magnify", "Shortcut+1",
                () -> canvas.zoomAt(1 / canvas.getZoom(), canvas.getWidth() / 2, canvas.getHeight() / 2)).enabledWhen(hasMesh);
        final AppAction fullScreen = new AppAction("Full Screen", "mdi2f-fullscreen", "F11",
                () -> stage.setFullScreen(!stage.isFullScreen()));
        final AppAction toGoverned = new AppAction("Switch to Governed Topology", "mdi2h-hub-outline",
                (KeyCombination) null, () -> switchTopology(Topology.GOVERNED)).enabledWhen(hasMesh);
        final AppAction toHarmonized = new AppAction("Switch to Harmonized Topology", "mdi2v-vector-polyline",
                (KeyCombination) null, () -> switchTopology(Topology.HARMONIZED)).enabledWhen(hasMesh);
        final AppAction layoutAll = new AppAction("Auto-Layout", "mdi2s-sitemap-outline", "Shortcut+L",
                () -> autoLayout(LayoutOptions.wholeMesh(), "Auto-layout")).enabledWhen(hasMesh);
        final AppAction layoutSelection = new AppAction("Auto-Layout Selection", "mdi2s-selection-multiple",
                "Shortcut+Shift+L", () -> autoLayout(LayoutOptions.selection(selectedIds()), "Auto-layout selection"))
                .enabledWhen(hasSelection);
        final AppAction layoutNew = new AppAction("Place New Nodes", "mdi2p-plus-box-multiple-outline",
                (KeyCombination) null, () -> autoLayout(LayoutOptions.newNodes(), "Place new nodes"))
                .enabledWhen(hasMesh);
        final AppAction present = new AppAction("Present", "mdi2p-presentation-play", "F5", () -> present())
                .enabledWhen(hasMesh);
        final AppAction rules = new AppAction("Rules", "mdi2b-book-open-variant", "F1", () -> showRule(null));
        final AppAction about = new AppAction("About Meshwright", "mdi2i-information-outline", (KeyCombination) null,
                () -> about());

        Actions() {
            editor.commandsProperty().addListener((o, a, b) -> bindUndo());
            bindUndo();
        }

        private void bindUndo() {
            var stack = editor.commands();
            if (stack == null) {
                undo.labelProperty().set("Undo");
                redo.labelProperty().set("Redo");
                return;
            }
            Runnable refresh = () -> {
                undo.labelProperty().set(stack.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
                redo.labelProperty().set(stack.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
                undoEnabled.set(stack.canUndo());
                redoEnabled.set(stack.canRedo());
            };
            stack.addListener(refresh);
            refresh.run();
        }

        final javafx.beans.property.BooleanProperty undoEnabled = new javafx.beans.property.SimpleBooleanProperty();
        final javafx.beans.property.BooleanProperty redoEnabled = new javafx.beans.property.SimpleBooleanProperty();

        {
            undo.enabledWhen(undoEnabled);
            redo.enabledWhen(redoEnabled);
        }
    }

    private MenuBar menuBar(Actions a) {
        Menu file = new Menu("_File");
        file.getItems().addAll(a.newMesh.menuItem(), a.open.menuItem(), recentMenu, new SeparatorMenuItem(),
                a.save.menuItem(), a.saveAs.menuItem(), new SeparatorMenuItem(), a.export.menuItem(),
                new SeparatorMenuItem(), a.quit.menuItem());
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(a.undo.menuItem(), a.redo.menuItem(), new SeparatorMenuItem(), a.cut.menuItem(),
                a.copy.menuItem(), a.paste.menuItem(), a.delete.menuItem(), new SeparatorMenuItem(), a.selectAll.menuItem(),
                new SeparatorMenuItem(), a.copyImage.menuItem(),
                new SeparatorMenuItem(), a.toGoverned.menuItem(), a.toHarmonized.menuItem());
        Menu view = new Menu("_View");
        view.getItems().addAll(a.zoomIn.menuItem(), a.zoomOut.menuItem(), a.fit.menuItem(), a.actualSize.menuItem(),
                new SeparatorMenuItem(), platformLinesToggle(), themeMenu(),
                new SeparatorMenuItem(), panelToggle("Palette", "palette", palette),
                panelToggle("Inspector", "inspector", inspector), panelToggle("Findings", "findings", findings),
                new SeparatorMenuItem(), a.fullScreen.menuItem(), a.present.menuItem());
        Menu arrange = new Menu("_Arrange");
        arrange.getItems().addAll(a.layoutAll.menuItem(), a.layoutSelection.menuItem(), a.layoutNew.menuItem());
        Menu help = new Menu("_Help");
        help.getItems().addAll(a.rules.menuItem(), new SeparatorMenuItem(), a.about.menuItem());
        MenuBar bar = new MenuBar(file, edit, view, arrange, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolBar(Actions a) {
        ToolBar bar = new ToolBar(a.newMesh.button(), a.open.button(), a.save.button(), a.export.button(), new Separator(),
                a.undo.button(), a.redo.button(), new Separator(), a.cut.button(), a.copy.button(), a.paste.button(),
                a.delete.button(), new Separator(), a.zoomOut.button(), a.zoomIn.button(), a.fit.button(), new Separator(),
                a.layoutAll.button(), a.present.button());
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    private void installShortcuts(Scene scene, Actions a) {
        // Accelerators of menu items work through the menu bar; these are the extra ones.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), a.redo::run);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Equals"), a.zoomIn::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), a.zoomIn::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), a.zoomOut::run);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.BACK_SPACE), () -> {
            if (canvas.isFocused()) {
                a.delete.run();
            }
        });
    }

    private void installFileDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                Platform.runLater(() -> openAsked(files.get(0).toPath()));
                e.setDropCompleted(true);
            }
        });
    }

    // ---- panels ------------------------------------------------------------------------

    /** Platform lines cross other domains: by default only the selected or hovered ones are drawn. */
    private CheckMenuItem platformLinesToggle() {
        CheckMenuItem item = new CheckMenuItem("Show All Platform Lines");
        item.setId("menu-platform-lines");
        item.setSelected(prefs.flag("platform-lines", false));
        canvas.setPaintOptions(canvas.getPaintOptions().withShowPlatformLines(item.isSelected()));
        item.selectedProperty().addListener((o, was, now) -> {
            canvas.setPaintOptions(canvas.getPaintOptions().withShowPlatformLines(now));
            prefs.setFlag("platform-lines", now);
        });
        return item;
    }

    private CheckMenuItem panelToggle(String label, String key, Node panel) {
        CheckMenuItem item = new CheckMenuItem(label);
        item.setSelected(prefs.panelVisible(key));
        item.selectedProperty().addListener((o, was, visible) -> {
            setPanelVisible(panel, visible);
            prefs.setPanelVisible(key, visible);
        });
        return item;
    }

    private void setPanelVisible(Node panel, boolean visible) {
        SplitPane parent = panel == findings ? vertical : horizontal;
        if (visible && !parent.getItems().contains(panel)) {
            if (panel == palette) {
                parent.getItems().add(0, panel);
            } else {
                parent.getItems().add(panel);
            }
        } else if (!visible) {
            parent.getItems().remove(panel);
        }
    }

    private void restorePanels() {
        palette.setMinWidth(140);
        palette.setMaxWidth(320);
        inspector.setMinWidth(260);
        inspector.setMaxWidth(560);
        vertical.setMinWidth(320);
        canvas.setMinHeight(160);
        findings.setMinHeight(80);
        setPanelVisible(palette, prefs.panelVisible("palette"));
        setPanelVisible(inspector, prefs.panelVisible("inspector"));
        setPanelVisible(findings, prefs.panelVisible("findings"));
        // Divider positions are fractions: apply the remembered pixel widths once the window has its size.
        horizontal.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    horizontal.widthProperty().removeListener(this);
                    applyDividers();
                }
            }
        });
    }

    private void applyDividers() {
        double width = horizontal.getWidth();
        double left = prefs.divider("palette.width", 180);
        double right = prefs.divider("inspector.width", 340);
        if (horizontal.getItems().size() == 3) {
            horizontal.setDividerPositions(left / width, 1 - right / width);
        } else if (horizontal.getItems().contains(palette)) {
            horizontal.setDividerPositions(left / width);
        } else if (horizontal.getItems().contains(inspector)) {
            horizontal.setDividerPositions(1 - right / width);
        }
        double height = vertical.getHeight() > 0 ? vertical.getHeight() : stage.getHeight() - 120;
        if (vertical.getItems().size() == 2) {
            vertical.setDividerPositions(1 - prefs.divider("findings.height", 200) / height);
        }
    }

    private void rememberLayout() {
        prefs.store(stage);
        if (horizontal.getItems().contains(palette)) {
            prefs.setDivider("palette.width", palette.getWidth());
        }
        if (horizontal.getItems().contains(inspector)) {
            prefs.setDivider("inspector.width", inspector.getWidth());
        }
        if (vertical.getItems().contains(findings)) {
            prefs.setDivider("findings.height", findings.getHeight());
        }
    }

    private Node statusBar(FindingsViewModel findingsModel) {
        Label topology = new Label();
        topology.textProperty().bind(Bindings.createStringBinding(() -> {
            // Read the validation property: an invalidated property that is never read fires only once.
            editor.lastValidationProperty().get();
            Mesh mesh = editor.mesh();
            if (mesh == null) {
                return "No mesh open";
            }
            String t = mesh.topology().keyword();
            return Character.toUpperCase(t.charAt(0)) + t.substring(1) + " topology";
        }, editor.meshProperty(), editor.lastValidationProperty()));
        Label counts = new Label();
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            editor.lastValidationProperty().get();
            Mesh mesh = editor.mesh();
            return mesh == null ? "" : mesh.domains().size() + " domains \u00b7 " + mesh.nodes().size() + " nodes \u00b7 "
                    + mesh.links().size() + " links";
        }, editor.meshProperty(), editor.lastValidationProperty()));
        Label errors = new Label();
        errors.textProperty().bind(Bindings.concat(findingsModel.errorsProperty(), " errors"));
        errors.getStyleClass().add("status-errors");
        Label warnings = new Label();
        warnings.textProperty().bind(Bindings.concat(findingsModel.warningsProperty(), " warnings"));
        warnings.getStyleClass().add("status-warnings");
        Label zoom = new Label();
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(canvas.getZoom() * 100) + " %", canvas.zoomProperty()));
        zoom.setId("status-zoom");
        statusMessage.getStyleClass().add("status-message");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // a large mesh is read, and its scene built, in the background: say so, and keep the window live
        javafx.beans.binding.BooleanBinding busy = editor.openingProperty().or(controller.sceneBuildingProperty());
        javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
        working.setId("status-working");
        working.setPrefSize(14, 14);
        working.setMaxSize(14, 14);
        working.visibleProperty().bind(busy);
        working.managedProperty().bind(busy);
        Label drawing = new Label("Drawing\u2026");
        drawing.visibleProperty().bind(controller.sceneBuildingProperty().and(editor.openingProperty().not()));
        drawing.managedProperty().bind(drawing.visibleProperty());
        busy.addListener((o, was, now) -> canvas.setCursor(now ? javafx.scene.Cursor.WAIT : null));
        HBox bar = new HBox(14, topology, counts, errors, warnings, working, drawing, statusMessage, spacer, zoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    // ---- files: see DocumentFiles --------------------------------------------------------

    /** Asks before replacing unsaved changes: true to go on (saved or discarded), false to cancel. */
    public boolean confirmDiscard(String doing) {
        return files.confirmDiscard(doing);
    }

    /** Opens {@code file} after asking about unsaved changes. */
    public void openAsked(Path file) {
        files.openAsked(file);
    }

    /** Opens {@code file}; read errors open nothing and are shown with their lines. */
    public void open(Path file) {
        files.open(file);
    }

    /** Saves; asks for a file where the mesh has none. True when saved. */
    public boolean save() {
        return files.save();
    }

    private void quit() {
        if (confirmDiscard("quitting")) {
            rememberLayout();
            Platform.exit();
        }
    }

    /** Switches between governed and harmonized as one undoable step; the findings panel says what changed. */
    private void switchTopology(Topology target) {
        Mesh mesh = editor.mesh();
        if (mesh.topology() == target) {
            findingsModel.setNotice("The mesh is " + target.keyword() + " already.");
            return;
        }
        int errorsBefore = findingsModel.errorsProperty().get();
        int warningsBefore = findingsModel.warningsProperty().get();
        TopologySwitch.Plan plan = TopologySwitch.plan(mesh, target);
        editor.execute(plan.command());
        String what = plan.changes().isEmpty() ? "" : ": " + String.join("; ", plan.changes());
        findingsModel.setNotice("Switched to " + target.keyword() + " topology" + what + ". Before the switch: "
                + errorsBefore + " errors, " + warningsBefore + " warnings. Undo with Ctrl+Z.");
    }

    /** The ids of the selected nodes and domains, for a layout of the selection. */
    private java.util.Set<String> selectedIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (ElementRef ref : editor.selection().elements()) {
            if (ref.kind() == ElementKind.NODE || ref.kind() == ElementKind.DOMAIN) {
                ids.add(ref.id());
            }
        }
        return ids;
    }

    /** Lays out in the background with progress and a cancel; the result lands as one undoable step. */
    private void autoLayout(LayoutOptions options, String label) {
        Mesh mesh = editor.mesh();
        if (mesh == null || layouts.runningProperty().get()) {
            return;
        }
        layouts.run(mesh, options, label, outcome -> {
            if (outcome instanceof LayoutRunner.Outcome.Done done) {
                if (editor.mesh() == mesh && editor.execute(done.command())) {
                    status(label + ": moved " + done.moved() + " elements (Ctrl+Z undoes it)");
                    canvas.fitToContent();
                } else {
                    status(label + ": nothing to move");
                }
            } else if (outcome instanceof LayoutRunner.Outcome.Cancelled) {
                status(label + " cancelled; the diagram is unchanged");
            } else if (outcome instanceof LayoutRunner.Outcome.Failed failed) {
                status(label + " failed: " + failed.message());
            }
        });
        LayoutProgress.watch(stage, layouts);
    }

    /** Help > Rules, at {@code ruleId}'s page (the overview for null); one window, reused. */
    public void showRule(String ruleId) {
        if (rulesWindow == null) {
            rulesWindow = new RulesWindow(stage);
        }
        rulesWindow.show(ruleId);
    }

    /** Presentation mode: full screen on a snapshot; the editor stays as it is. */
    private void present() {
        PresentationView view = new PresentationView(stage, editor.mesh(), canvas.getPaintOptions().markers(),
                canvas.markerMessagesProperty().get());
        view.show();
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About Meshwright");
        alert.setHeaderText("Meshwright " + AppVersion.get());
        java.nio.file.Path logs = LogFiles.folder().orElse(LogFiles.defaultFolder());
        Label text = new Label("Design data mesh topologies: domains, data products and governed sharing, checked"
                + " live against governance rules.\n\nLicence: Apache License 2.0\nLog files: " + logs
                + "\nRecovery copies of unsaved work: " + RecoveryStore.defaultFolder()
                + "\n\nIf something goes wrong, the log file says what happened; attach it to a bug report.");
        text.setWrapText(true);
        text.setId("about-text");
        text.setPrefWidth(520);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

}
