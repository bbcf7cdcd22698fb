package org.meshwright.ui.shell;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.meshwright.io.RecoveryStore;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Mesh;
import org.meshwright.ui.editor.EditorViewModel;

/**
 * After a crash or a kill: a bar under the tool bar says that unsaved changes from an
 * earlier session can be restored. "Review" shows each recovery entry (which file, when,
 * what it holds against the file on disk) and restores or discards it; "Later" keeps them
 * all for the next start. Nothing is deleted unless the user says so.
 */
final class RecoveryOffer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final RecoveryStore store;
    private final EditorViewModel editor;
    private final Window owner;
    private final HBox bar = new HBox(10);
    private final Label text = new Label();
    private final java.util.function.Predicate<String> confirmDiscard;

    RecoveryOffer(RecoveryStore store, EditorViewModel editor, Window owner,
                  java.util.function.Predicate<String> confirmDiscard) {
        this.store = store;
        this.editor = editor;
        this.owner = owner;
        this.confirmDiscard = confirmDiscard;
        FontIcon icon = new FontIcon("mdi2b-backup-restore");
        icon.getStyleClass().add("recovery-icon");
        text.setGraphic(icon);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button review = new Button("Review\u2026");
        review.setId("recovery-review");
        review.setOnAction(e -> review());
        Button later = new Button("Later");
        later.setId("recovery-later");
        later.getStyleClass().add("flat");
        later.setOnAction(e -> hide());
        Region gap = new Region();
        bar.getChildren().setAll(text, gap, review, later);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("recovery-bar");
        bar.setId("recovery-bar");
        hide();
    }

    /** The bar, to place in the window; hidden while there is nothing to offer. */
    HBox bar() {
        return bar;
    }

    /** Looks for recovery entries and shows the bar when there are any. */
    void offer() {
        List<RecoveryStore.Entry> entries = entries();
        if (entries.isEmpty()) {
            hide();
            return;
        }
        RecoveryStore.Entry newest = entries.get(0);
        text.setText((entries.size() == 1 ? "Unsaved changes to " + describe(newest)
                : entries.size() + " documents have unsaved changes, the newest " + describe(newest))
                + " were kept when Meshwright last closed unexpectedly.");
        bar.setVisible(true);
        bar.setManaged(true);
    }

    private void hide() {
        bar.setVisible(false);
        bar.setManaged(false);
    }

    /** The entries on offer: all but the one of the document open now (its autosave keeps it current). */
    private List<RecoveryStore.Entry> entries() {
        try {
            java.nio.file.Path open = editor.file() == null ? null : editor.file().toAbsolutePath().normalize();
            return store.list().stream().filter(e -> open == null || !e.original().map(open::equals).orElse(false))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String describe(RecoveryStore.Entry e) {
        String what = e.original().map(p -> String.valueOf(p.getFileName()))
                .orElse(e.name() == null ? "an untitled mesh" : "the untitled mesh '" + e.name() + "'");
        return what + (e.savedAt() == null ? "" : " (" + WHEN.format(e.savedAt()) + ")");
    }

    /** One question per entry, newest first: restore, discard, or keep for later. */
    void review() {
        for (RecoveryStore.Entry entry : entries()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
            alert.initOwner(owner);
            alert.setTitle("Restore unsaved changes");
            alert.setHeaderText("Restore the unsaved changes to " + describe(entry) + "?");
            alert.setContentText(details(entry));
            ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard Them", ButtonBar.ButtonData.NO);
            ButtonType later = new ButtonType("Keep for Later", ButtonBar.ButtonData.CANCEL_CLOSE);
            alert.getButtonTypes().setAll(restore, discard, later);
            ButtonType answer = alert.showAndWait().orElse(later);
            if (answer == restore) {
                if (restore(entry)) {
                    break; // one document at a time: the others stay on offer
                }
            } else if (answer == discard) {
                try {
                    store.discard(entry);
                } catch (IOException e) {
                    editor.setStatus("Could not delete " + entry.meshFile() + ": " + e.getMessage());
                }
            }
        }
        offer();
    }

    /** What the entry holds, and what the file on disk holds, so the user can judge. */
    private String details(RecoveryStore.Entry entry) {
        StringBuilder out = new StringBuilder();
        if (entry.detailsKnown()) {
            out.append("The recovered mesh: ").append(counts(entry.domains(), entry.nodes(), entry.links())).append(".\n");
        }
        entry.original().ifPresent(file -> {
            try {
                Mesh onDisk = new MeshReader().read(file).mesh();
                out.append("The file ").append(file).append(" now: ")
                        .append(counts(onDisk.domains().size(), onDisk.nodes().size(), onDisk.links().size()))
                        .append(".\n");
            } catch (MeshReadException e) {
                out.append("The file ").append(file).append(" cannot be read now (").append(
                        "line " + e.first().line() + ": " + e.first().message()).append(").\n");
            } catch (RuntimeException e) {
                out.append("The file ").append(file).append(" cannot be read now.\n");
            }
        });
        out.append("Restoring opens the recovered version with unsaved changes; the file itself changes only when"
                + " you save. The recovery copy is at ").append(entry.meshFile()).append('.');
        return out.toString();
    }

    private static String counts(int domains, int nodes, int links) {
        return domains + " domains, " + nodes + " nodes, " + links + " links";
    }

    private boolean restore(RecoveryStore.Entry entry) {
        if (!confirmDiscard.test("restoring the recovered changes")) {
            return false;
        }
        try {
            MeshDocument document = store.read(entry);
            editor.restore(document.mesh(), entry.original().orElse(null));
            return true;
        } catch (MeshReadException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "The recovery copy " + entry.meshFile()
                    + " cannot be read: " + ("line " + e.first().line() + ": " + e.first().message())
                    + ". It is kept; open it with File > Open to see what it holds.");
            alert.initOwner(owner);
            alert.setHeaderText("Cannot restore");
            alert.showAndWait();
            return false;
        }
    }
}
