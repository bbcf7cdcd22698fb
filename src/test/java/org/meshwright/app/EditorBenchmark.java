package org.meshwright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.edit.Edits;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;
import org.meshwright.ui.editor.ValidationService;
import org.meshwright.ui.shell.EditorWindow;

/**
 * Benchmark of the editor on a generated mesh (10,000 nodes unless {@code -Dnodes=N}):
 * open to first painted frame, and the time from an edit to updated findings. Not a
 * test: run it under Monocle, e.g.
 * <pre>
 * mvn -q test-compile
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) -Dtestfx.headless=true \
 *   -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *   org.meshwright.app.EditorBenchmark
 * </pre>
 * (the class path from {@code mvn dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * -Dmdep.includeScope=test}).
 */
public final class EditorBenchmark {

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = Integer.getInteger("nodes", 10_000);
        Path file = Files.createTempFile("meshwright-bench", ".mesh.yaml");
        new MeshWriter().save(MeshGenerator.generate(nodes, 42), file);
        System.out.printf(Locale.ROOT, "mesh: %,d nodes, %.1f MB%n", nodes, Files.size(file) / 1e6);

        System.setProperty("meshwright.prefs", "org/meshwright/bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        AtomicReference<EditorWindow> window = new AtomicReference<>();
        AtomicReference<MeshwrightApp> app = new AtomicReference<>();
        onFx(() -> {
            MeshwrightApp a = new MeshwrightApp();
            a.start(new Stage());
            app.set(a);
            window.set(a.window());
            Stage stage = (Stage) a.window().canvas().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });

        // open to first painted frame: read, build the scene, paint once
        long paintsBefore = callFx(() -> window.get().canvas().paintCount());
        long start = System.nanoTime();
        onFx(() -> window.get().open(file));
        while (callFx(() -> window.get().canvas().paintCount()) <= paintsBefore) {
            Thread.sleep(1);
        }
        long firstFrame = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "open to first painted frame: %d ms%n", firstFrame / 1_000_000);

        // edit to updated findings: move a node, wait for the validation of that edit
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int step = i;
            ValidationService.Result before = callFx(() -> window.get().editor().lastValidationProperty().get());
            long t0 = System.nanoTime();
            onFx(() -> {
                var editor = window.get().editor();
                MeshNode node = editor.mesh().nodes().get(step * 7);
                Point p = editor.mesh().diagram().position(node.id());
                Point next = p == null ? new Point(step, step) : p.translate(10, 0);
                editor.execute(Edits.move(editor.mesh(), java.util.Map.of(node.id(), next), java.util.Map.of()));
                if (Boolean.getBoolean("select")) {
                    editor.selection().select(ElementRef.node(node.id()));
                }
            });
            while (callFx(() -> window.get().editor().lastValidationProperty().get()) == before) {
                Thread.sleep(1);
            }
            latencies.add((System.nanoTime() - t0) / 1_000_000);
            if (Boolean.getBoolean("verbose")) {
                ValidationService.Result r = callFx(() -> window.get().editor().lastValidationProperty().get());
                System.out.printf(Locale.ROOT, "  edit %d: %d ms in all, %d ms from request to validated%n", step,
                        latencies.get(latencies.size() - 1), r.nanos() / 1_000_000);
            }
        }
        List<Long> warm = new ArrayList<>(latencies.subList(2, latencies.size()));
        Collections.sort(warm);
        System.out.printf(Locale.ROOT, "edit to updated findings (ms, warm, %d edits): median %d, max %d%n",
                warm.size(), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        onFx(() -> app.get().stop());
        Platform.exit();
        Files.deleteIfExists(file);
    }

    private static void onFx(Runnable r) throws Exception {
        callFx(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T callFx(java.util.concurrent.Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
