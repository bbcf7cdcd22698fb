package org.meshwright.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.diagram.DiagramPainter;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.P;
import org.meshwright.diagram.Rect;
import org.meshwright.model.Mesh;

/**
 * Measures the diagram on a generated mesh (10,000 nodes by default): building the scene,
 * querying it, the first paint, and the paint time per frame over a sequence of pans and
 * zooms at fit-to-window, at 40 % and at 100 %. Not a test: it asserts nothing and prints
 * a report. Run it headless on Monocle's software pipeline:
 *
 * <pre>
 * mvn -q test-compile
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k \
 *     org.meshwright.ui.canvas.CanvasBenchmark [NODES]
 * </pre>
 *
 * <p>A frame's "record" time is {@link DiagramCanvas#paintNow()}: walking the scene and
 * issuing the canvas commands. "Record+render" adds a snapshot of the canvas, which makes
 * the software pipeline rasterise those commands; "snapshot alone" is the cost of a
 * snapshot with nothing new to draw (reading the pixels back), to subtract from it.
 */
public final class CanvasBenchmark {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final int FRAMES = 60;

    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.out.printf(Locale.ROOT, "Canvas benchmark: %,d nodes, %d x %d px, %d frames per sequence%n%n", nodes,
                WIDTH, HEIGHT, FRAMES);

        long t = System.nanoTime();
        Mesh mesh = MeshGenerator.generate(nodes, 42);
        System.out.printf(Locale.ROOT, "mesh generated           %8.1f ms  (%,d nodes, %,d links, %,d domains)%n",
                ms(t), mesh.nodes().size(), mesh.links().size(), mesh.domains().size());

        DiagramStyle style = DiagramStyle.light();
        t = System.nanoTime();
        DiagramScene scene = DiagramScene.of(mesh, style);
        System.out.printf(Locale.ROOT, "scene build, first       %8.1f ms%n", ms(t));
        double[] builds = new double[5];
        for (int i = 0; i < builds.length; i++) {
            t = System.nanoTime();
            scene = DiagramScene.of(mesh, style);
            builds[i] = ms(t);
        }
        System.out.printf(Locale.ROOT, "scene build, warm        %8.1f ms median of %d%n", percentile(builds, 50),
                builds.length);
        queries(scene);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        DiagramScene shown = scene;
        onFx(() -> {
            frames(shown);
            return null;
        });
        Platform.exit();
    }

    private static void queries(DiagramScene scene) {
        Rect all = scene.bounds();
        Random random = new Random(1);
        int n = 10_000;
        Rect[] views = new Rect[n];
        for (int i = 0; i < n; i++) {
            views[i] = new Rect(all.x() + random.nextDouble() * (all.width() - WIDTH),
                    all.y() + random.nextDouble() * (all.height() - HEIGHT), WIDTH, HEIGHT);
        }
        long found = 0;
        for (int round = 0; round < 2; round++) {
            long t = System.nanoTime();
            for (Rect v : views) {
                found += scene.nodesIn(v).size();
            }
            if (round == 1) {
                System.out.printf(Locale.ROOT, "nodesIn(view at 100 %%)   %8.1f us per call (%.0f nodes found on average)%n",
                        ms(t) * 1000 / n, found / 2.0 / n);
            }
        }
        long t = System.nanoTime();
        long links = 0;
        for (Rect v : views) {
            links += scene.visible(v).links().size();
        }
        System.out.printf(Locale.ROOT, "visible(view at 100 %%)   %8.1f us per call (%.0f links found on average)%n",
                ms(t) * 1000 / n, links / (double) n);
        t = System.nanoTime();
        int hits = 0;
        for (int i = 0; i < n; i++) {
            P p = views[i].center();
            hits += scene.elementAt(p.x(), p.y()).isPresent() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "elementAt                %8.1f us per call (%d of %d hit something)%n",
                ms(t) * 1000 / n, hits, n);
        DiagramScene.NodeBox hub = scene.nodes().stream().filter(b -> b.kind().isPassThrough()).findFirst()
                .orElse(scene.nodes().get(0));
        double[] moves = new double[50];
        for (int i = 0; i < moves.length; i++) {
            t = System.nanoTime();
            scene.withPositions(Map.of(hub.id(), new P(hub.bounds().x() + i, hub.bounds().y())), Map.of());
            moves[i] = ms(t);
        }
        System.out.printf(Locale.ROOT, "withPositions(1 hub)     %8.2f ms median (%s, the node with most links)%n",
                percentile(moves, 50), hub.id());
        System.out.printf(Locale.ROOT, "whole-diagram query      %8.1f ms (visible(bounds()))%n", time(() ->
                scene.visible(all)));
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return ms(t);
    }

    private static void frames(DiagramScene scene) {
        Stage stage = new Stage();
        DiagramCanvas canvas = new DiagramCanvas(scene.style());
        stage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        canvas.applyCss();
        canvas.layout();

        long t = System.nanoTime();
        canvas.setScene(scene);
        canvas.fitToContent();
        canvas.paintNow();
        canvas.snapshot(null, null);
        System.out.printf(Locale.ROOT, "%nfirst paint (fit %.3f)   %8.1f ms  (set scene, fit, record, render)%n",
                canvas.getZoom(), ms(t));

        double[] baseline = new double[20];
        for (int i = 0; i < baseline.length; i++) {
            t = System.nanoTime();
            canvas.snapshot(null, null);
            baseline[i] = ms(t);
        }
        System.out.printf(Locale.ROOT, "snapshot alone           %8.1f ms median%n%n", percentile(baseline, 50));
        System.out.println("sequence          scale   detail      record p50/p95/max ms    record+render p50/p95/max ms");

        canvas.fitToContent();
        sequence("fit to window", canvas);

        Rect dense = densest(scene);
        canvas.setZoom(0.4);
        canvas.centerOn(dense);
        sequence("40 %", canvas);

        canvas.setZoom(1);
        canvas.centerOn(dense);
        sequence("100 %", canvas);

        System.out.println();
        System.out.println("during a gesture (the painted picture is moved; it repaints once still):");
        System.out.println("sequence          scale   view change + render p50/p95/max ms (incl. the read-back)");
        canvas.fitToContent();
        canvas.paintNow();
        interactive("fit to window", canvas);
        canvas.setZoom(0.4);
        canvas.centerOn(dense);
        canvas.paintNow();
        interactive("40 %", canvas);
        canvas.setZoom(1);
        canvas.centerOn(dense);
        canvas.paintNow();
        interactive("100 %", canvas);
        stage.close();
    }

    /** The same moves as {@link #sequence} while a gesture is in progress: no repaint in between. */
    private static void interactive(String name, DiagramCanvas canvas) {
        double[] total = new double[FRAMES];
        double startZoom = canvas.getZoom();
        javafx.scene.Parent view = canvas.getParent();
        for (int i = 0; i < FRAMES; i++) {
            long t = System.nanoTime();
            switch (i % 6) {
                case 0, 1 -> canvas.panBy(37, 0);
                case 2 -> canvas.panBy(0, 29);
                case 3 -> canvas.zoomAt(1.12, WIDTH / 2.0, HEIGHT / 2.0);
                case 4 -> canvas.zoomAt(1 / 1.12, WIDTH / 3.0, HEIGHT / 3.0);
                default -> canvas.panBy(-74, -29);
            }
            view.snapshot(null, null);
            total[i] = ms(t);
        }
        System.out.printf(Locale.ROOT, "%-16s  %5.3f   %6.1f %6.1f %6.1f%n", name, startZoom, percentile(total, 50),
                percentile(total, 95), max(total));
    }

    /** Pans in a square and zooms in and out about the middle, painting each frame. */
    private static void sequence(String name, DiagramCanvas canvas) {
        double[] record = new double[FRAMES];
        double[] total = new double[FRAMES];
        double startZoom = canvas.getZoom();
        for (int i = 0; i < FRAMES; i++) {
            switch (i % 6) {
                case 0, 1 -> canvas.panBy(37, 0);
                case 2 -> canvas.panBy(0, 29);
                case 3 -> canvas.zoomAt(1.12, WIDTH / 2.0, HEIGHT / 2.0);
                case 4 -> canvas.zoomAt(1 / 1.12, WIDTH / 3.0, HEIGHT / 3.0);
                default -> canvas.panBy(-74, -29);
            }
            long t = System.nanoTime();
            canvas.paintNow();
            record[i] = ms(t);
            canvas.snapshot(null, null);
            total[i] = ms(t);
        }
        System.out.printf(Locale.ROOT, "%-16s  %5.3f   %-9s   %6.1f %6.1f %6.1f          %6.1f %6.1f %6.1f%n", name,
                startZoom, DiagramPainter.detail(startZoom), percentile(record, 50), percentile(record, 95),
                max(record), percentile(total, 50), percentile(total, 95), max(total));
    }

    /** The view-sized area around the node with the most nodes near it. */
    private static Rect densest(DiagramScene scene) {
        Rect best = scene.nodes().get(0).bounds();
        int most = -1;
        List<DiagramScene.NodeBox> sample = new ArrayList<>(scene.nodes());
        for (int i = 0; i < sample.size(); i += Math.max(1, sample.size() / 200)) {
            Rect around = sample.get(i).bounds().inflate(WIDTH / 2.0, HEIGHT / 2.0);
            int n = scene.nodesIn(around).size() + scene.linksIn(around).size();
            if (n > most) {
                most = n;
                best = sample.get(i).bounds();
            }
        }
        return best;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
