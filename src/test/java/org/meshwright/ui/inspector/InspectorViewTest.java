package org.meshwright.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.edit.CommandStack;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector as a user sees it: typing into its fields. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private Mesh mesh;
    private CommandStack stack;
    private InspectorViewModel viewModel;
    private InspectorView view;

    @Start
    void start(Stage stage) {
        mesh = InspectorMeshes.shop();
        stack = new CommandStack(mesh);
        viewModel = new InspectorViewModel(mesh, stack);
        viewModel.show(List.of(ElementRef.node("orders")));
        view = new InspectorView(viewModel);
        stage.setScene(new Scene(view, 360, 760));
        // Monocle's headless screen is 1280x800: stay on it.
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void typingAnOwnerAndEnterChangesTheMesh(FxRobot robot) {
        TextField owner = robot.lookup("#inspector-field-owner").queryAs(TextField.class);

        robot.clickOn(owner).write("orders-team").type(KeyCode.ENTER);

        assertThat(mesh.node("orders").owner()).isEqualTo("orders-team");
        assertThat(owner.getText()).isEqualTo("orders-team");
        assertThat(stack.undoLabel()).contains("Change owner");
    }

    @Test
    void anInvalidIdIsRefusedAtTheFieldWithTheReason(FxRobot robot) {
        TextField id = robot.lookup("#inspector-field-id").queryAs(TextField.class);
        Label message = robot.lookup("#inspector-field-id-message").queryAs(Label.class);
        assertThat(message.isVisible()).isFalse();

        robot.clickOn(id);
        robot.interact(id::selectAll);
        robot.write("Orders!").type(KeyCode.ENTER);

        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("'Orders!' is not a valid id: use 1 to 63 lower-case letters");
        assertThat(id.getStyleClass()).contains("inspector-invalid");
        assertThat(id.getText()).as("the typed text stays to be fixed").isEqualTo("Orders!");
        assertThat(mesh.node("orders")).as("the mesh is unchanged").isNotNull();
        assertThat(stack.canUndo()).isFalse();

        robot.type(KeyCode.ESCAPE);

        assertThat(id.getText()).isEqualTo("orders");
        assertThat(message.isVisible()).isFalse();
        assertThat(id.getStyleClass()).doesNotContain("inspector-invalid");
    }

    @Test
    void anEditLeftWithoutEnterIsKeptWhenAnotherElementIsSelected(FxRobot robot) {
        robot.clickOn("#inspector-field-owner").write("orders-team");

        robot.interact(() -> viewModel.show(List.of(ElementRef.node("revenue"))));

        assertThat(mesh.node("orders").owner()).isEqualTo("orders-team");
        assertThat(mesh.node("revenue").owner()).isNull();
        assertThat(robot.lookup("#inspector-title").queryAs(Label.class).getText()).isEqualTo("Revenue");
    }

    @Test
    void clickingASwitchAndAddingATagAreUndoableEdits(FxRobot robot) {
        focus(robot, "#inspector-field-pii");
        robot.clickOn("#inspector-field-pii");
        assertThat(mesh.node("orders").pii()).isFalse();

        focus(robot, "#inspector-field-tags");
        robot.clickOn("#inspector-field-tags").write("gold").type(KeyCode.ENTER);
        assertThat(mesh.node("orders").tags()).containsExactly("core", "sales", "gold");
        assertThat(robot.lookup(".inspector-chip").queryAll()).hasSize(3);

        robot.interact(stack::undo);
        robot.interact(stack::undo);
        assertThat(mesh.node("orders").pii()).isTrue();
        assertThat(robot.lookup(".inspector-chip").queryAll()).hasSize(2);
        assertThat(robot.lookup("#inspector-field-pii").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();
    }

    @Test
    void changingTheKindRebuildsTheSectionsWithoutTheProductFields(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = robot.lookup("#inspector-field-kind").queryAs(ComboBox.class);

        robot.interact(() -> kind.setValue("consumer"));

        assertThat(mesh.node("orders").kind().keyword()).isEqualTo("consumer");
        assertThat(robot.lookup("#inspector-section-ports").tryQuery()).isEmpty();
        assertThat(robot.lookup("#inspector-field-archetype").tryQuery()).isEmpty();
        assertThat(robot.lookup(".inspector-kind").queryAs(Label.class).getText()).isEqualTo("Consumer");

        robot.interact(stack::undo);
        assertThat(robot.lookup("#inspector-section-ports").tryQuery()).isPresent();
        assertThat(robot.lookup("#inspector-field-kind").queryAs(ComboBox.class).getValue())
                .isEqualTo("data-product");
    }

    /** Focuses a control as Tab would, which scrolls it into view. */
    private static void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
    }
}
