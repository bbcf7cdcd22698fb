package org.meshwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meshwright.diagram.Rect;
import org.meshwright.ui.shell.EditorWindow;
import org.meshwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots of docs/user-guide.md, taken under Monocle by driving the app: each run
 * writes them to target/user-guide/ and checks that each shows a real picture; with
 * {@code -Dmeshwright.guide.update=true} it also copies them to docs/images/, so the guide
 * stays current with one command (a reviewer looks at the images in the diff).
 */
@ExtendWith(ApplicationExtension.class)
class UserGuideScreenshotsTest {

    private static final Path OUT = Path.of("target", "user-guide");
    private static final Path DOCS = Path.of("docs", "images");

    private Stage stage;
    private EditorWindow window;
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = app.start(stage).window();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws Exception {
        TestApp.hideOtherWindows(robot, stage);
        robot.interact(Theme.LIGHT::apply);
        app.removePreferences();
    }

    @Test
    void tourOfTheApp(FxRobot robot) throws Exception {
        // 1. the governed e-shop, fitted
        open(robot, "samples/eshop-governed.mesh.yaml");
        readable(robot);
        shoot(robot, stage.getScene(), "guide-editor.png");

        // 2. live findings: the violations sample with a finding selected
        open(robot, "samples/violations.mesh.yaml");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.editor().findings().isEmpty());
        robot.interact(() -> robot.lookup("#findings-table").queryTableView().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, stage.getScene(), "guide-findings.png");

        // 3. the rule reference at that finding's rule
        robot.interact(() -> window.showRule(window.editor().findings().get(2).rule()));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, windowTitled("Meshwright rules").getScene(), "guide-rules.png");
        robot.interact(() -> windowTitled("Meshwright rules").hide());

        // 4. File > Export with a PNG preview
        open(robot, "samples/bank-governed.mesh.yaml");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#export-formats").queryListView().getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#export-preview").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Stage export = windowTitled("Export " + window.editor().mesh().metadata().name());
        shoot(robot, export.getScene(), "guide-export.png");
        robot.interact(export::hide);

        // 5. presentation: a domain step, then a lineage spotlight
        open(robot, "samples/eshop-governed.mesh.yaml");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        Stage show = windowTitled("Meshwright presentation");
        robot.interact(() -> {
            show.setX(0);
            show.setY(0);
            show.setWidth(1280);
            show.setHeight(800);
        });
        for (int i = 0; i < 2; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, show.getScene(), "guide-present-build-up.png");
        var canvas = robot.lookup("#presentation-canvas").queryAs(org.meshwright.ui.canvas.DiagramCanvas.class);
        Rect box = canvas.getDiagramScene().node("sales-order.sales-daily").bounds();
        var local = canvas.diagramToScreen(box.center().x(), box.center().y());
        robot.clickOn(canvas.localToScreen(local.x(), local.y()));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, show.getScene(), "guide-present-lineage.png");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // 6. every clean sample after Arrange > Auto-Layout (Ctrl+L)
        for (String sample : List.of("eshop-governed", "eshop-harmonized", "eshop-federated", "bank-governed")) {
            open(robot, "samples/" + sample + ".mesh.yaml");
            robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.editor().isDirty());
            WaitForAsyncUtils.waitForFxEvents();
            // the laid-out diagram as File > Export draws it: what goes into a document
            byte[] png = org.meshwright.io.export.Exports.render(window.editor().mesh(),
                    org.meshwright.io.export.Exports.Format.PNG, new org.meshwright.io.export.ExportOptions(0.75, false))
                    .bytes();
            save(ImageIO.read(new java.io.ByteArrayInputStream(png)), "guide-layout-" + sample + ".png");
            robot.interact(() -> window.editor().undo());
        }

        // 7. the dark theme
        robot.interact(() -> window.setTheme(Theme.DARK));
        open(robot, "samples/eshop-federated.mesh.yaml");
        readable(robot);
        shoot(robot, stage.getScene(), "guide-dark.png");
    }

    private void open(FxRobot robot, String sample) throws Exception {
        robot.interact(() -> window.open(Path.of(sample)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor().lastValidationProperty().get() != null);
        robot.interact(() -> window.canvas().fitToContent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().paintNow());
    }

    /** Zoomed so that names are readable, from the top of the diagram. */
    private void readable(FxRobot robot) {
        robot.interact(() -> window.canvas().fitToContent(org.meshwright.ui.canvas.DiagramCanvas.READABLE_ZOOM));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().paintNow());
    }

    private static Stage windowTitled(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .map(Stage.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no window titled " + title));
    }

    /** Snapshots {@code scene}, saves it, and checks it is a real picture (many colours, not blank). */
    private static void shoot(FxRobot robot, Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        save(toBuffered(shot[0]), name);
    }

    private static void save(BufferedImage image, String name) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        assertThat(distinctColours(image)).as(name + " shows a real picture").isGreaterThan(64);
        if (Boolean.getBoolean("meshwright.guide.update")) {
            Files.createDirectories(DOCS);
            Files.copy(file, DOCS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static BufferedImage toBuffered(WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
