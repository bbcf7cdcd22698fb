package org.meshwright.ui.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.meshwright.io.export.DiagramExporter;
import org.meshwright.io.export.ExportOptions;
import org.meshwright.io.export.Exports;
import org.meshwright.io.export.PngResult;
import org.meshwright.model.Mesh;

/**
 * Edit &gt; Copy Diagram as Image: the picture the PNG export draws, rendered in the
 * background and put on the system clipboard, ready to paste into slides and documents.
 */
public final class DiagramClipboard {

    /** Clipboards hold raw pixels: keep the longest side at a size slide tools take comfortably. */
    static final double MAX_SIDE = 4096;

    private DiagramClipboard() {
    }

    /** The scale for copying {@code mesh}: 2 pixels per unit, less where that would pass {@link #MAX_SIDE}. */
    static double scaleFor(Mesh mesh) {
        PngResult natural = new DiagramExporter().planPng(mesh, new ExportOptions(1, false));
        return Math.min(2, MAX_SIDE / Math.max(natural.width(), natural.height()));
    }

    /** Renders a snapshot of {@code mesh} on {@code background} and puts it on the clipboard. */
    public static void copy(Mesh mesh, Executor background, Consumer<String> status) {
        Mesh snapshot = mesh.copy();
        status.accept("Copying the diagram\u2026");
        background.execute(() -> {
            try {
                Exports.Rendered png = Exports.render(snapshot, Exports.Format.PNG,
                        new ExportOptions(scaleFor(snapshot), false));
                Platform.runLater(() -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(new Image(new ByteArrayInputStream(png.bytes())));
                    Clipboard.getSystemClipboard().setContent(content);
                    status.accept("Copied the diagram as an image (" + png.png().width() + " \u00d7 "
                            + png.png().height() + " px)");
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> status.accept("Could not copy the diagram: " + e.getMessage()));
            }
        });
    }
}
