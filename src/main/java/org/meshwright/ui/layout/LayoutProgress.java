package org.meshwright.ui.layout;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The progress window of a running layout: what it is doing, how far it has got, and a
 * Cancel. It appears only when the layout takes longer than a blink, so small meshes
 * lay out without a flash.
 */
public final class LayoutProgress {

    private static final Duration DELAY = Duration.millis(350);

    private LayoutProgress() {
    }

    /** Watches {@code runner} until it stops; call right after starting it. */
    public static void watch(Window owner, LayoutRunner runner) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Auto-layout");
        Label step = new Label();
        step.textProperty().bind(runner.stepProperty());
        step.setMinWidth(360);
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(runner.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("layout-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> runner.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, step, bar, buttons);
        root.setPadding(new Insets(18));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> runner.cancel());
        PauseTransition later = new PauseTransition(DELAY);
        later.setOnFinished(e -> {
            if (runner.runningProperty().get()) {
                stage.show();
            }
        });
        runner.runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    runner.runningProperty().removeListener(this);
                    later.stop();
                    stage.close();
                }
            }
        });
        later.play();
    }
}
