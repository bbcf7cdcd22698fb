package org.meshwright.ui.export;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.meshwright.io.export.Exports.Format;
import org.meshwright.model.Mesh;

/**
 * File &gt; Export: the formats on the left, a preview of pictures (or what a descriptor
 * format writes) on the right, the PNG scale and "mark findings" options, and the export
 * itself running in the background with progress and a cancel.
 */
public final class ExportDialog {

    private static final Map<Format, String> ABOUT = Map.of(
            Format.DOT, "A Graphviz graph with one cluster per domain. Render it with `dot -Tsvg`.",
            Format.GRAPHML, "GraphML with kinds and labels as data keys; opens in yEd, Gephi and networkx.",
            Format.MERMAID, "A Mermaid `flowchart LR` with a subgraph per domain, for Markdown and wikis.",
            Format.YAML, "The mesh in canonical form: the same bytes Meshwright saves.",
            Format.ODPS, "One Bitol Open Data Product Standard v1.0.0 document per data product, into a folder.",
            Format.ODCS, "One Open Data Contract Standard v3.1.0 document per contract id, into a folder.",
            Format.DPDS, "One Open Data Mesh DPDS 1.0.0 descriptor per data product, into a folder.",
            Format.BACKSTAGE, "A Backstage software catalog: a Domain and a System per domain, a Component per data"
                    + " product with its dependencies, Resources for sources, platforms and hubs, a Group per owner.");

    private final ExportViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<String> status;

    private ExportDialog(Window owner, ExportViewModel model, Consumer<String> status) {
        this.model = model;
        this.status = status;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export " + model.mesh().metadata().name());

        ListView<Format> formats = new ListView<>();
        formats.getItems().setAll(Format.values());
        formats.setId("export-formats");
        formats.setPrefWidth(300);
        formats.getSelectionModel().select(model.formatProperty().get());
        formats.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.formatProperty().set(b);
            }
        });

        Spinner<Double> scale = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.25, 8,
                model.scaleProperty().get(), 0.25));
        scale.setId("export-scale");
        scale.setEditable(true);
        scale.setPrefWidth(90);
        scale.valueProperty().addListener((o, a, b) -> model.scaleProperty().set(b));
        HBox scaleRow = new HBox(8, new Label("Scale"), scale);
        scaleRow.setAlignment(Pos.CENTER_LEFT);
        scaleRow.visibleProperty().bind(model.formatProperty().isEqualTo(Format.PNG));
        scaleRow.managedProperty().bind(scaleRow.visibleProperty());

        CheckBox marks = new CheckBox("Mark elements with findings");
        marks.setId("export-findings");
        marks.selectedProperty().bindBidirectional(model.findingsProperty());
        marks.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.formatProperty().get().isPicture(),
                model.formatProperty()));
        marks.managedProperty().bind(marks.visibleProperty());

        Label sizeNote = new Label();
        sizeNote.setWrapText(true);
        sizeNote.textProperty().bind(model.sizeNoteProperty());
        sizeNote.getStyleClass().add("export-note");

        VBox options = new VBox(10, scaleRow, marks, sizeNote);
        options.setPadding(new Insets(10, 0, 0, 0));
        VBox left = new VBox(8, new Label("Format"), formats, options);
        VBox.setVgrow(formats, Priority.ALWAYS);
        left.setPrefWidth(310);
        left.setMinWidth(310);

        BorderPane root = new BorderPane();
        root.setLeft(left);
        root.setCenter(previewPane());
        root.setBottom(bottomBar(formats));
        BorderPane.setMargin(left, new Insets(0, 12, 0, 0));
        root.setPadding(new Insets(14));
        root.getStyleClass().add("export-dialog");

        Scene scene = new Scene(root, 1080, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeOrCancel();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> model.cancel());
        model.refreshPreview();
    }

    /** Opens the dialog for {@code mesh}; rendering runs on {@code background}, results on the FX thread. */
    public static void show(Window owner, Mesh mesh, Executor background, Consumer<String> status) {
        ExportViewModel model = new ExportViewModel(mesh, background, javafx.application.Platform::runLater);
        new ExportDialog(owner, model, status).stage.show();
    }

    private Node previewPane() {
        ImageView image = new ImageView();
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("export-preview");
        model.previewProperty().addListener((o, a, png) ->
                image.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        StackPane picture = new StackPane(image);
        picture.getStyleClass().add("export-preview");
        picture.setMinSize(0, 0);
        // Fit the picture into the pane, never enlarging it past the pixels it has.
        Runnable fit = () -> {
            Image shown = image.getImage();
            double w = picture.getWidth() - 24;
            double h = picture.getHeight() - 24;
            if (shown != null && w > 0 && h > 0) {
                double factor = Math.min(1.5, Math.min(w / shown.getWidth(), h / shown.getHeight()));
                image.setFitWidth(shown.getWidth() * factor);
                image.setFitHeight(shown.getHeight() * factor);
            }
        };
        picture.widthProperty().addListener((o, a, b) -> fit.run());
        picture.heightProperty().addListener((o, a, b) -> fit.run());
        image.imageProperty().addListener((o, a, b) -> fit.run());

        ProgressBar rendering = new ProgressBar();
        rendering.setPrefWidth(180);
        Label renderingLabel = new Label("Rendering preview\u2026");
        VBox busy = new VBox(8, renderingLabel, rendering);
        busy.setAlignment(Pos.CENTER);
        busy.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.formatProperty().get().isPicture() && model.previewProperty().get() == null,
                model.formatProperty(), model.previewProperty()));

        Label about = new Label();
        about.setWrapText(true);
        about.setMaxWidth(520);
        about.getStyleClass().add("export-about");
        about.textProperty().bind(Bindings.createStringBinding(
                () -> ABOUT.getOrDefault(model.formatProperty().get(), ""), model.formatProperty()));
        about.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.formatProperty().get().isPicture(),
                model.formatProperty()));
        picture.visibleProperty().bind(about.visibleProperty().not());
        return new StackPane(picture, busy, about);
    }

    private Node bottomBar(ListView<Format> formats) {
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        Label progressLabel = new Label();
        progressLabel.textProperty().bind(model.progressProperty());
        HBox running = new HBox(10, progress, progressLabel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.runningProperty());

        Button export = new Button("Export\u2026");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> chooseAndExport());
        Button close = new Button("Close");
        close.setId("export-close");
        close.textProperty().bind(Bindings.when(model.runningProperty()).then("Cancel").otherwise("Close"));
        close.setOnAction(e -> closeOrCancel());
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(export, close);
        formats.disableProperty().bind(model.runningProperty());

        BorderPane bar = new BorderPane();
        bar.setLeft(running);
        bar.setRight(buttons);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private void closeOrCancel() {
        if (model.runningProperty().get()) {
            model.cancel();
        } else {
            stage.close();
        }
    }

    private void chooseAndExport() {
        Format f = model.formatProperty().get();
        File chosen;
        if (f.isFolder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export " + f.label() + " into folder");
            chosen = chooser.showDialog(stage);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + f.label());
            chooser.setInitialFileName(model.suggestedName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), "*." + f.extension()));
            chosen = chooser.showSaveDialog(stage);
        }
        if (chosen != null) {
            exportTo(chosen.toPath());
        }
    }

    /** Exports to {@code target} (no file chooser): used by the chooser and by tests. */
    void exportTo(Path target) {
        model.export(target, outcome -> {
            if (outcome instanceof ExportViewModel.Outcome.Written written) {
                status.accept("Exported " + model.formatProperty().get().label() + " to " + written.target()
                        + (written.note() == null ? "" : " (" + written.note() + ")"));
                stage.close();
            } else if (outcome instanceof ExportViewModel.Outcome.Failed failed) {
                Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + failed.target() + ": "
                        + failed.message() + ". Nothing was written.");
                alert.initOwner(stage);
                alert.setTitle("Export failed");
                alert.setHeaderText("Export failed");
                alert.show();
            } else {
                status.accept("Export cancelled; nothing was written");
            }
        });
    }
}
