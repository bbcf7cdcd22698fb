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
        // recovery files and logs of the run go to a folder of its own, not the user's
        Path config = Files.createTempDirectory("meshwright-bench-config");
        System.setProperty(org.meshwright.io.UserFolders.OVERRIDE, config.toString());
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
            if (Boolean.getBoolean("pulses")) {
                var sc = a.window().canvas().getScene();
                long[] c0 = new long[1];
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                sc.addPreLayoutPulseListener(() -> c0[0] = mx.getCurrentThreadCpuTime());
                sc.addPostLayoutPulseListener(() -> {
                    long c = (mx.getCurrentThreadCpuTime() - c0[0]) / 1_000_000;
                    if (c > 5) {
                        System.err.printf("TRACE pulse css+layout: %d ms cpu%n", c);
                    }
                });
            }
        });

        // as a user would: the window has appeared, and they pick a file (4 s, or -DopenAfter=ms;
        // 0 is like a file named on the command line) before it opens; meanwhile the window
        // warms up (the freezes of that are reported too)
        FxStallMonitor stalls = new FxStallMonitor();
        Thread.sleep(Long.getLong("openAfter", 4000));
        System.out.printf(Locale.ROOT, "window start: longest UI freeze %d ms; warm-up steps %s%n",
                stalls.worstMillisAndReset(), callFx(() -> app.get().warmup().done()));
        System.out.print(stalls.traceAndReset());
        // open to first painted frame: read, build the scene, paint once; the first open
        // also loads and compiles the drawing code, so the file is opened twice
        for (String round : List.of("first open", "second open")) {
            long start = System.nanoTime();
            stalls.worstMillisAndReset();
            ValidationService.Result previous = callFx(() -> window.get().editor().lastValidationProperty().get());
            onFx(() -> window.get().open(file));
            // a large file is read, and its scene built, in the background: wait for the mesh's own frame
            while (callFx(() -> window.get().editor().openingProperty().get()
                    || window.get().controller().sceneBuildingProperty().get()
                    || window.get().editor().mesh() == null)) {
                Thread.sleep(1);
            }
            // the next paint shows it; if none comes within 300 ms, it was painted already
            long installed = System.nanoTime();
            long paints = callFx(() -> window.get().canvas().paintCount());
            while (callFx(() -> window.get().canvas().paintCount()) == paints
                    && System.nanoTime() - installed < 300_000_000L) {
                Thread.sleep(1);
            }
            boolean painted = callFx(() -> window.get().canvas().paintCount()) > paints;
            long firstFrame = (painted ? System.nanoTime() : installed) - start;
            while (callFx(() -> window.get().editor().lastValidationProperty().get()) == previous
                    || callFx(() -> window.get().editor().lastValidationProperty().get()) == null) {
                Thread.sleep(1);
            }
            long validated = System.nanoTime() - start;
            Thread.sleep(500);
            System.out.printf(Locale.ROOT, "%s to first painted frame: %d ms; to first findings: %d ms;"
                    + " longest UI freeze meanwhile: %d ms%n", round, firstFrame / 1_000_000, validated / 1_000_000,
                    stalls.worstMillisAndReset());
            System.out.print(stalls.traceAndReset());
            if (round.equals("first open")) {
                System.out.printf(Locale.ROOT, "warm-up steps by then: %s%n", callFx(() -> app.get().warmup().done()));
            }
        }

        if (Boolean.getBoolean("openOnly")) { // -DopenOnly=true: the opens alone, when working on them
            stalls.close();
            onFx(() -> app.get().stop());
            Platform.exit();
            Files.deleteIfExists(file);
            return;
        }
        // edit to updated findings: change a node's owner, wait for the validation of that edit
        List<Long> latencies = new ArrayList<>();
        List<Long> freezes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int step = i;
            ValidationService.Result before = callFx(() -> window.get().editor().lastValidationProperty().get());
            stalls.worstMillisAndReset();
            long t0 = System.nanoTime();
            onFx(() -> {
                var editor = window.get().editor();
                MeshNode node = editor.mesh().nodes().get(step * 7);
                editor.execute(Edits.replaceNode(editor.mesh(), node.id(),
                        node.toBuilder().owner("bench-owner-" + step).build()));
                if (Boolean.getBoolean("select")) {
                    editor.selection().select(ElementRef.node(node.id()));
                }
            });
            while (callFx(() -> window.get().editor().lastValidationProperty().get()) == before) {
                Thread.sleep(1);
            }
            latencies.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(300); // the repaint after the edit
            freezes.add(stalls.worstMillisAndReset());
            if (Boolean.getBoolean("verbose")) {
                ValidationService.Result r = callFx(() -> window.get().editor().lastValidationProperty().get());
                System.out.printf(Locale.ROOT, "  edit %d: %d ms in all, %d ms from request to validated%n", step,
                        latencies.get(latencies.size() - 1), r.nanos() / 1_000_000);
            }
        }
        List<Long> warm = new ArrayList<>(latencies.subList(5, latencies.size()));
        Collections.sort(warm);
        System.out.printf(Locale.ROOT, "edit to updated findings (ms, warm, %d edits): median %d, max %d;"
                + " longest UI freeze per edit: max %d ms%n", warm.size(), warm.get(warm.size() / 2),
                warm.get(warm.size() - 1), Collections.max(freezes.subList(5, freezes.size())));
        System.out.print(stalls.traceAndReset());

        // autosave of the edited mesh: a snapshot on the FX thread, the write in the background
        stalls.worstMillisAndReset();
        long writesBefore = callFx(() -> window.get().autosave().writes());
        long t0 = System.nanoTime();
        onFx(() -> {
            // one more edit first: the periodic autosave may have written the others already
            var editor = window.get().editor();
            MeshNode node = editor.mesh().nodes().get(1);
            editor.execute(Edits.replaceNode(editor.mesh(), node.id(), node.toBuilder().owner("bench-autosave").build()));
            window.get().autosave().tick();
        });
        while (callFx(() -> window.get().autosave().writes()) == writesBefore) {
            Thread.sleep(1);
        }
        System.out.printf(Locale.ROOT, "autosave: written in %d ms; longest UI freeze meanwhile: %d ms%n",
                (System.nanoTime() - t0) / 1_000_000, stalls.worstMillisAndReset());
        System.out.print(stalls.traceAndReset());
        stalls.close();
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
