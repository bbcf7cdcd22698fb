package org.meshwright.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened or saved lately, most recent first, kept in the user's preferences. */
public final class RecentFiles {

    static final int MAX = 10;

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get("recent." + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
    }

    /** Unmodifiable view, most recent first. */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }
}
