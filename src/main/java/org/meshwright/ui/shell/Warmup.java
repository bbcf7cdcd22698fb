package org.meshwright.ui.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.edit.CommandStack;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.NodeKind;
import org.meshwright.rules.Validator;
import org.meshwright.ui.canvas.DiagramCanvas;
import org.meshwright.ui.editor.BackgroundThreads;
import org.meshwright.ui.inspector.InspectorView;
import org.meshwright.ui.inspector.InspectorViewModel;
import org.meshwright.ui.inspector.InspectorWarmup;

/**
 * Readies the code that puts a mesh on screen while a newly started window waits for the
 * user, so that the first mesh opened does not pay for it. A Java program starts cold: the
 * first time the inspector's controls are styled, or a large diagram is painted, their
 * classes load and their code runs interpreted while the compiler catches up; opening a
 * 100,000-node mesh first thing froze the window for 130 to 210 ms that way.
 *
 * <p>About a second after the window shows, a small generated mesh ({@value #NODES} nodes) is
 * made, validated and turned into a diagram scene on a background thread, with inspector rows
 * of every kind of field and two whole inspectors (not in any scene yet). Then, one short step
 * every other frame, the FX thread styles and lays out those rows one at a time, a few times
 * each, paints the diagram on a canvas from a small view to a large one, and styles the whole
 * inspectors of a domain and of the mesh; all of it in a scene of its own, in no window. It
 * goes on while a large file is being read (seconds, with the FX thread idle), and stops for
 * good, wherever it is, once a mesh is open (that mesh is the warm-up then) or the window
 * goes. Each step took 2 to 78 ms on two cores (docs/performance.md).
 */
public final class Warmup {

    /** Enough nodes that the painter's per-node code gets compiled, few enough to take a moment. */
    static final int NODES = 1_500;
    /** How many times each kind of field row is styled before a whole inspector is. */
    private static final int ROW_ROUNDS = 3;
    /** How many times {@code nextFrame} passes before the warm-up starts: about a second. */
    private static final int START_DELAY = 30;
    /** The system property that turns it off: {@code -Dmeshwright.warmup=false}. */
    public static final String ENABLED = "meshwright.warmup";

    private record Step(String name, Runnable work) {
    }

    private final BooleanSupplier wanted;
    private final DiagramStyle style;
    private final List<String> rootStyles;
    private final Consumer<Runnable> nextFrame;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final List<String> done = new ArrayList<>();
    private StackPane root;
    /** The view models made for the inspector's rows: dropped with the rest. */
    private final List<InspectorViewModel> models = new ArrayList<>();
    private DiagramCanvas canvas;
    private long started;

    private Warmup(BooleanSupplier wanted, DiagramStyle style, List<String> rootStyles, Consumer<Runnable> nextFrame) {
        this.wanted = wanted;
        this.style = style;
        this.rootStyles = List.copyOf(rootStyles);
        this.nextFrame = nextFrame;
    }

    /**
     * Starts warming up for {@code window}, unless {@link #ENABLED} says not to, for as long as
     * {@code wanted} holds (asked on the FX thread before every step). Call on the FX thread
     * once the window shows; {@code nextFrame} runs a task on the FX thread after a frame.
     */
    public static Warmup start(EditorWindow window, BooleanSupplier wanted, Consumer<Runnable> nextFrame) {
        Warmup w = new Warmup(wanted, window.theme().diagramStyle(),
                window.canvas().getScene().getRoot().getStyleClass(), nextFrame);
        w.started = System.nanoTime();
        if (Boolean.parseBoolean(System.getProperty(ENABLED, "true"))) {
            // not before the window is on screen: its first frames take the processors as it is
            w.afterSteps(START_DELAY, () -> BackgroundThreads.start("meshwright-warmup", w::prepare));
        }
        return w;
    }

    /** Runs {@code task} on the FX thread {@code count} times {@code nextFrame} from now. */
    private void afterSteps(int count, Runnable task) {
        nextFrame.accept(count <= 1 ? task : () -> afterSteps(count - 1, task));
    }

    /**
     * The steps taken so far, each with the milliseconds it took ("row: tags #2 8 ms"); the
     * last is "finished after N ms" (since {@link #start}) when all were taken, "stopped" when a
     * mesh was opened first, "failed: ..." when preparing them failed. Call on the FX thread.
     */
    public List<String> done() {
        return List.copyOf(done);
    }

    /**
     * On the background thread: the mesh, its findings and its scene, the inspector rows and the
     * whole inspector of the mesh (none of them in a scene yet); then the FX steps.
     */
    private void prepare() {
        if (!askFx()) {
            return;
        }
        List<Step> planned;
        try {
            planned = plan();
        } catch (RuntimeException | LinkageError e) {
            // no harm done, the first mesh opened is just slower to show: say so in the log only
            org.meshwright.io.LogFiles.logUnexpected("warm-up", e);
            Platform.runLater(() -> done.add("failed: " + e));
            return;
        }
        Platform.runLater(() -> {
            if (planned == null) {
                done.add("stopped");
                return;
            }
            steps.addAll(planned);
            next();
        });
    }

    /** Whether the warm-up is still wanted, asked on the FX thread; no when that does not answer. */
    private boolean askFx() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> answer.complete(wanted.getAsBoolean()));
            return answer.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            // busy for that long, or JavaFX has exited: not a moment to warm up
            return false;
        }
    }

    /** The steps, or {@code null} when the warm-up is no longer wanted (asked between the long parts). */
    private List<Step> plan() {
        Mesh mesh = MeshGenerator.generate(NODES, 7);
        if (!askFx()) {
            return null;
        }
        Validator.leavingOneProcessor().validate(mesh);
        if (!askFx()) {
            return null;
        }
        DiagramScene scene = DiagramScene.of(mesh, style);
        if (!askFx()) {
            return null;
        }
        CommandStack stack = new CommandStack(mesh);

        List<Step> planned = new ArrayList<>();
        StackPane rows = new StackPane();
        planned.add(new Step("scene", () -> {
            root = new StackPane(rows);
            root.getStyleClass().setAll(rootStyles);
            Scene offscreen = new Scene(root, 320, 800);
            offscreen.getStylesheets().add(Warmup.class.getResource("/org/meshwright/ui/editor.css").toExternalForm());
            root.applyCss();
            root.layout();
        }));
        // the rows of each kind of element that were not seen yet, each a few times over (the first
        // time loads the control's classes, the next ones run its code until it is compiled); a
        // node of few fields before a data product, the node with the most
        Set<String> seen = new HashSet<>();
        InspectorViewModel meshModel = null;
        InspectorViewModel domainModel = null;
        for (ElementRef ref : List.of(ElementRef.MESH, firstOf(mesh, NodeKind.CONSUMER),
                firstOf(mesh, NodeKind.DATA_PRODUCT),
                ElementRef.link(mesh.links().get(mesh.links().size() / 2).effectiveId()),
                ElementRef.domain(mesh.domains().get(0).id()))) {
            InspectorViewModel viewModel = new InspectorViewModel(mesh, stack);
            viewModel.show(List.of(ref));
            models.add(viewModel);
            meshModel = ref.kind() == ElementKind.MESH ? viewModel : meshModel;
            domainModel = ref.kind() == ElementKind.DOMAIN ? viewModel : domainModel;
            for (Map.Entry<String, Runnable> row : InspectorWarmup.rowSteps(viewModel, seen, ROW_ROUNDS, rows).entrySet()) {
                planned.add(new Step("row: " + row.getKey(), row.getValue()));
            }
        }
        // then the painter: a small view first, growing to a large window's, at the zooms a user
        // goes through on a large mesh (readable names, cards in full, an overview)
        List<DiagramScene.NodeBox> boxes = scene.nodes();
        double[][] views = {
            {480, 300, DiagramCanvas.READABLE_ZOOM}, {800, 500, DiagramCanvas.READABLE_ZOOM},
            {1280, 800, DiagramCanvas.READABLE_ZOOM}, {1280, 800, 0.8}, {1280, 800, 0.15},
            {1280, 800, DiagramCanvas.READABLE_ZOOM}, {1920, 1080, DiagramCanvas.READABLE_ZOOM},
        };
        for (int i = 0; i < views.length; i++) {
            double[] view = views[i];
            DiagramScene.NodeBox at = boxes.get(boxes.size() * i / views.length);
            planned.add(new Step(String.format(Locale.ROOT, "paint: %.0fx%.0f at %.0f %%", view[0], view[1], view[2] * 100),
                    () -> {
                        if (canvas == null) {
                            canvas = new DiagramCanvas(style);
                            root.getChildren().setAll(canvas);
                            canvas.setScene(scene);
                        }
                        canvas.resize(view[0], view[1]);
                        canvas.layout();
                        canvas.centerOn(at.bounds());
                        canvas.setZoom(view[2]);
                        canvas.paintNow();
                    }));
        }
        // last whole inspectors: a domain's, which has the fewest rows, then a mesh's, which is
        // what opening one shows
        for (InspectorViewModel shown : List.of(domainModel, meshModel)) {
            InspectorView inspector = new InspectorView(shown);
            planned.add(new Step("inspector: " + shown.selection().stream().findFirst()
                    .map(ref -> ref.kind().name().toLowerCase(Locale.ROOT)).orElse("mesh"), () -> {
                        root.getChildren().setAll(inspector);
                        root.applyCss();
                        root.layout();
                    }));
        }
        planned.add(new Step("finished", this::drop));
        return planned;
    }

    private static ElementRef firstOf(Mesh mesh, NodeKind kind) {
        return ElementRef.node(mesh.nodes().stream().filter(n -> n.kind() == kind).findFirst()
                .orElse(mesh.nodes().get(0)).id());
    }

    private void drop() {
        models.forEach(InspectorViewModel::dispose);
        models.clear();
        canvas = null;
        root = null;
    }

    /** Takes the next step, if the user has not opened a mesh meanwhile, and asks for the one after. */
    private void next() {
        if (steps.isEmpty()) {
            return;
        }
        if (!wanted.getAsBoolean()) {
            steps.clear();
            drop();
            done.add("stopped");
            return;
        }
        Step step = steps.poll();
        long start = System.nanoTime();
        try {
            step.work().run();
        } catch (RuntimeException e) {
            // the window is not concerned: log it, stop warming up, and say nothing to the user
            org.meshwright.io.LogFiles.logUnexpected("warm-up, step " + step.name(), e);
            steps.clear();
            drop();
            done.add("failed: " + step.name() + ": " + e);
            return;
        }
        done.add(step.name() + (step.name().equals("finished")
                ? " after " + (System.nanoTime() - started) / 1_000_000 + " ms"
                : " " + (System.nanoTime() - start) / 1_000_000 + " ms"));
        if (!steps.isEmpty()) {
            nextFrame.accept(this::next);
        }
    }
}
