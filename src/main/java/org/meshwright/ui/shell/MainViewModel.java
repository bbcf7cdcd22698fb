package org.meshwright.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.ReadError;
import org.meshwright.model.Mesh;

/**
 * The state of the main window, as properties a view binds to: the open document and its
 * file, the window title and the status line. Needs no window and no JavaFX toolkit.
 */
public final class MainViewModel {

    static final String APP_NAME = "Meshwright";
    static final String NOTHING_OPEN = "No mesh open \u2014 File \u203a Open\u2026 (Ctrl+O) or drop a *.mesh.yaml file";

    /** The outcome of {@link #open(Path)}. */
    public sealed interface OpenResult {

        /** The file was read and is now the open document. */
        record Opened(MeshDocument document) implements OpenResult {
        }

        /** The file could not be read; the open document, if any, stays open. */
        record Failed(Path file, List<ReadError> errors) implements OpenResult {
            public Failed {
                errors = List.copyOf(errors);
            }

            /** Each error as {@code FILE:LINE:COLUMN: message}. */
            public List<String> lines() {
                return errors.stream().map(ReadError::format).toList();
            }
        }
    }

    private final MeshReader reader;
    private final ReadOnlyObjectWrapper<MeshDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", NOTHING_OPEN);

    public MainViewModel() {
        this(new MeshReader());
    }

    public MainViewModel(MeshReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Reads {@code path} and, if it reads without error, makes it the open document. A file
     * with read errors opens nothing: the result lists the errors for the view to show.
     */
    public OpenResult open(Path path) {
        try {
            MeshDocument read = reader.read(path);
            file.set(path);
            document.set(read);
            title.set(titleOf(read.mesh()));
            statusText.set(statusOf(read.mesh()));
            return new OpenResult.Opened(read);
        } catch (MeshReadException e) {
            int count = e.errors().size();
            statusText.set("Could not open " + fileName(path) + ": " + (count == 1 ? "1 error" : count + " errors")
                    + (document.get() == null ? "" : " \u2014 still showing " + fileName(file.get())));
            return new OpenResult.Failed(path, e.errors());
        }
    }

    /** The open document, or {@code null}. */
    public ReadOnlyObjectProperty<MeshDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public MeshDocument document() {
        return document.get();
    }

    /** The file of the open document, or {@code null}. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** {@code Meshwright}, or {@code <mesh title> — Meshwright} while a mesh is open. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The status line: topology and counts of the open mesh, or what went wrong. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    static String titleOf(Mesh mesh) {
        return mesh.metadata().displayTitle() + " \u2014 " + APP_NAME;
    }

    static String statusOf(Mesh mesh) {
        String topology = mesh.topology().keyword();
        return topology.substring(0, 1).toUpperCase(Locale.ROOT) + topology.substring(1) + " topology \u00b7 "
                + count(mesh.domains().size(), "domain") + " \u00b7 " + count(mesh.nodes().size(), "node")
                + " \u00b7 " + count(mesh.links().size(), "link");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
