package org.meshwright.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.meshwright.io.export.DiagramExporter;
import org.meshwright.io.export.ExportOptions;
import org.meshwright.io.export.Exports;
import org.meshwright.io.export.Exports.Format;
import org.meshwright.io.export.PngResult;
import org.meshwright.model.Mesh;

/**
 * The state of the export dialog: format, PNG scale, finding markers, a preview of
 * pictures, and the export itself. Every rendering runs on the background executor on a
 * {@link Mesh#copy() snapshot}; results reach the UI executor. An export renders into
 * memory and writes only when it was not cancelled, so cancelling never leaves a file.
 */
public final class ExportViewModel {

    private static final System.Logger LOG = System.getLogger(ExportViewModel.class.getName());

    /** The longest side of the preview picture, in pixels. */
    static final double PREVIEW_SIDE = 1100;

    /** How an export ended. */
    public sealed interface Outcome {
        /** Written to {@code target}; {@code note} says what a person should know (scaled down), or is null. */
        record Written(Path target, String note) implements Outcome {
        }

        record Cancelled() implements Outcome {
        }

        record Failed(Path target, String message) implements Outcome {
        }
    }

    private final Mesh snapshot;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.SVG);
    private final DoubleProperty scale = new SimpleDoubleProperty(ExportOptions.DEFAULT.scale());
    private final BooleanProperty findings = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sizeNote = new ReadOnlyStringWrapper("");
    private final AtomicLong previewGeneration = new AtomicLong();
    private final AtomicLong exportGeneration = new AtomicLong();

    /**
     * @param mesh       the mesh to export; a copy is taken now, so later edits do not leak into the export
     * @param background where rendering runs
     * @param ui         where results are delivered (the FX thread in the app)
     */
    public ExportViewModel(Mesh mesh, Executor background, Executor ui) {
        this.snapshot = mesh.copy();
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        format.addListener((o, a, b) -> refreshPreview());
        findings.addListener((o, a, b) -> refreshPreview());
        scale.addListener((o, a, b) -> refreshSizeNote());
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    /** Pixels per diagram unit of a PNG (capped at {@link DiagramExporter#MAX_PNG_SIDE} a side). */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** Whether pictures mark the elements that have findings. */
    public BooleanProperty findingsProperty() {
        return findings;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the running export is doing, for a person. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** PNG bytes of the preview of a picture format; null while rendering or for other formats. */
    public ReadOnlyObjectProperty<byte[]> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** For pictures: the size the export will have ("2,480 × 1,310 px"), and whether it is scaled down. */
    public ReadOnlyStringProperty sizeNoteProperty() {
        return sizeNote.getReadOnlyProperty();
    }

    /** The mesh being exported (a snapshot). */
    public Mesh mesh() {
        return snapshot;
    }

    /** A file or folder name to suggest: the mesh's name with the format's extension. */
    public String suggestedName() {
        String base = snapshot.metadata().name() == null || snapshot.metadata().name().isBlank()
                ? "mesh" : snapshot.metadata().name();
        Format f = format.get();
        if (f == Format.BACKSTAGE) {
            return org.meshwright.io.descriptor.BackstageExporter.FILE_NAME; // the name Backstage looks for
        }
        return f.isFolder() ? base + "-" + f.keyword() : base + "." + f.extension();
    }

    /** Renders the preview of a picture format in the background; other formats clear it. */
    public void refreshPreview() {
        refreshSizeNote();
        long id = previewGeneration.incrementAndGet();
        preview.set(null);
        Format f = format.get();
        if (!f.isPicture()) {
            return;
        }
        boolean marks = findings.get();
        background.execute(() -> {
            if (id != previewGeneration.get()) {
                return; // overtaken by a newer request
            }
            byte[] png = renderPreview(marks);
            ui.execute(() -> {
                if (id == previewGeneration.get()) {
                    preview.set(png);
                }
            });
        });
    }

    private byte[] renderPreview(boolean marks) {
        DiagramExporter exporter = new DiagramExporter();
        ExportOptions unit = new ExportOptions(1, marks);
        PngResult natural = exporter.planPng(snapshot, unit);
        double fit = Math.min(2, PREVIEW_SIDE / Math.max(natural.width(), natural.height()));
        try {
            return Exports.render(snapshot, Format.PNG, unit.withScale(fit)).bytes();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "preview failed", e);
            return null;
        }
    }

    private void refreshSizeNote() {
        Format f = format.get();
        if (f == Format.PNG) {
            PngResult plan = new DiagramExporter().planPng(snapshot, options());
            String size = String.format(Locale.ROOT, "%,d \u00d7 %,d px", plan.width(), plan.height());
            sizeNote.set(plan.scaleReduced()
                    ? size + " (scaled down to " + plan.scale() + " to stay within "
                            + DiagramExporter.MAX_PNG_SIDE + " px a side)"
                    : size);
        } else if (f == Format.SVG) {
            sizeNote.set("Scalable vector image with real text; opens in browsers, Inkscape and slide tools.");
        } else {
            sizeNote.set("");
        }
    }

    ExportOptions options() {
        return new ExportOptions(scale.get(), findings.get());
    }

    /**
     * Exports in the background to {@code target} (a file, or a folder for folder formats);
     * {@code done} gets the outcome on the UI executor. Only one export runs at a time.
     */
    public void export(Path target, Consumer<Outcome> done) {
        if (running.get()) {
            return;
        }
        long id = exportGeneration.incrementAndGet();
        Format f = format.get();
        ExportOptions options = options();
        running.set(true);
        progress.set(String.format(Locale.ROOT, "Rendering %s of %,d nodes and %,d links\u2026",
                f.label(), snapshot.nodes().size(), snapshot.links().size()));
        background.execute(() -> {
            Outcome outcome;
            try {
                Exports.Rendered rendered = Exports.render(snapshot, f, options);
                if (id != exportGeneration.get()) {
                    outcome = new Outcome.Cancelled();
                } else {
                    ui.execute(() -> progress.set("Writing " + target.getFileName() + "\u2026"));
                    rendered.commit(target);
                    outcome = new Outcome.Written(target, rendered.png() == null ? null : rendered.png().message());
                }
            } catch (IOException e) {
                outcome = new Outcome.Failed(target, describe(e));
            } catch (RuntimeException | OutOfMemoryError e) {
                outcome = new Outcome.Failed(target, "the export stopped unexpectedly ("
                        + e.getClass().getSimpleName() + "); try a smaller PNG scale or another format");
            }
            Outcome result = outcome;
            ui.execute(() -> {
                running.set(false);
                progress.set("");
                done.accept(result);
            });
        });
    }

    /** Cancels the running export: it finishes rendering in memory but writes nothing. */
    public void cancel() {
        if (running.get()) {
            exportGeneration.incrementAndGet();
            progress.set("Cancelling\u2026");
        }
    }

    static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied; choose a folder you can write to";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "the folder does not exist; choose another place";
        }
        return reason;
    }
}
