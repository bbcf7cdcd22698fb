package org.meshwright.ui.shell;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.meshwright.model.Topology;

/** File > New: a blank mesh or a template, in one of the three topologies. */
final class NewMeshDialog {

    /** What the user chose. */
    record Choice(Topology topology, boolean template) {
    }

    private NewMeshDialog() {
    }

    static Optional<Choice> ask(Window owner) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New mesh");
        dialog.setHeaderText("Start a new mesh");
        ToggleGroup start = new ToggleGroup();
        RadioButton template = radio("From a template with its typical structure", start, true, "new-template");
        RadioButton blank = radio("Blank", start, false, "new-blank");
        ToggleGroup topology = new ToggleGroup();
        RadioButton governed = radio("Governed \u2014 all distribution between domains passes a central hub", topology,
                true, "new-governed");
        RadioButton harmonized = radio("Harmonized \u2014 domains share point to point on one shared platform",
                topology, false, "new-harmonized");
        RadioButton federated = radio("Highly federated \u2014 each domain runs its own platform", topology, false,
                "new-federated");
        Label topologyLabel = new Label("Topology");
        topologyLabel.getStyleClass().add("panel-title");
        Label startLabel = new Label("Start");
        startLabel.getStyleClass().add("panel-title");
        VBox content = new VBox(8, topologyLabel, governed, harmonized, federated, startLabel, template, blank);
        content.setPadding(new Insets(8, 4, 4, 4));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Topology t = governed.isSelected() ? Topology.GOVERNED
                    : harmonized.isSelected() ? Topology.HARMONIZED : Topology.FEDERATED;
            return new Choice(t, template.isSelected());
        });
        return dialog.showAndWait();
    }

    private static RadioButton radio(String text, ToggleGroup group, boolean selected, String id) {
        RadioButton button = new RadioButton(text);
        button.setToggleGroup(group);
        button.setSelected(selected);
        button.setId(id);
        return button;
    }
}
