package org.meshwright.ui.inspector;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.layout.Pane;

/**
 * The rows of an inspector's fields made ahead, to style one at a time in a pane outside any
 * window: the first time a kind of control (a text field, a text area, a choice, a switch,
 * tags, via, ports, a read-only value) is styled its classes load and its code runs cold, so
 * a whole inspector shown for the first time freezes the window for a moment; taken a kind
 * per step beforehand, each step stays short. For the app's warm-up.
 */
public final class InspectorWarmup {

    private InspectorWarmup() {
    }

    /**
     * Makes, now and on any thread (the rows belong to no scene yet), {@code rounds} rows of
     * each kind shown by {@code viewModel} that is not in {@code seen} yet (it is added), and
     * returns, by "kind #round" in order, a step for each: on the FX thread, with {@code host}
     * in a scene, it puts the row alone in {@code host}, styles and lays it out, and takes it
     * away again. {@code viewModel} must not change until the steps ran.
     */
    public static Map<String, Runnable> rowSteps(InspectorViewModel viewModel, Set<String> seen, int rounds, Pane host) {
        Map<String, FieldModel> firsts = new LinkedHashMap<>();
        for (FieldModel field : viewModel.fields()) {
            // a read-only value has the same row whatever its kind
            String kind = field.isEditable() ? field.kind().name().toLowerCase(Locale.ROOT) : "read-only";
            if (seen.add(kind)) {
                firsts.put(kind, field);
            }
        }
        Map<String, Runnable> steps = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, FieldModel> first : firsts.entrySet()) {
                FieldControl control = FieldControls.of(first.getValue());
                javafx.scene.Node row = control.row();
                steps.put(first.getKey() + " #" + round, () -> {
                    host.getChildren().setAll(row);
                    host.applyCss();
                    host.layout();
                    host.getChildren().clear();
                    control.dispose();
                });
            }
        }
        return steps;
    }
}
