package org.meshwright.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Point;

/**
 * Automatic layout of a mesh, each domain arranged by the Eclipse Layout Kernel's layered
 * algorithm. The drawing reads left to right in the order data flows, in columns the whole
 * mesh shares: source systems, source-aligned, aggregate and consumer-aligned products,
 * consumers. Domains are frames that do not overlap, in rows, upstream ones first; hubs,
 * anonymizers and virtualization services sit between the columns and the domains they
 * join; platforms and governance services in a row above. See {@code docs/layout.md}.
 *
 * <p>Pure: the mesh is read, never changed; the result says where each element goes, in the
 * conventions of the file's {@code layout} section, on the editor's grid. The same mesh and
 * options always give the same result. Safe to run on a copy of the mesh off the UI thread;
 * the {@link LayoutMonitor} hears progress and can cancel.
 */
public final class AutoLayout {

    private static final long STACK_BYTES = 256L << 20;

    /** Lays out the whole mesh with the default sizes. */
    public LayoutResult layout(Mesh mesh) {
        return layout(mesh, LayoutOptions.wholeMesh(), LayoutMonitor.NONE);
    }

    /**
     * Lays out {@code mesh} as {@code options} say.
     *
     * @throws LayoutCancelledException if {@code monitor} asked to stop; nothing is returned then
     */
    public LayoutResult layout(Mesh mesh, LayoutOptions options, LayoutMonitor monitor) {
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(monitor, "monitor");
        AtomicBoolean interrupted = new AtomicBoolean();
        LayoutMonitor watched = new LayoutMonitor() {
            @Override
            public void progress(double done, String step) {
                monitor.progress(done, step);
            }

            @Override
            public boolean isCancelled() {
                return interrupted.get() || monitor.isCancelled();
            }
        };
        AtomicReference<LayoutResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // ELK's network simplex recurses once per node of a chain: a large mesh needs a deep stack.
        Thread worker = new Thread(null, () -> {
            try {
                result.set(run(mesh, options, watched));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "meshwright-layout", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            interrupted.set(true);
            Thread.currentThread().interrupt();
            throw new LayoutCancelledException();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return result.get();
    }

    private static LayoutResult run(Mesh mesh, LayoutOptions options, LayoutMonitor monitor) {
        Progress progress = Progress.of(monitor);
        progress.report(0, "Starting layout");
        LayoutResult result = switch (options.scope()) {
            case WHOLE_MESH -> wholeMesh(mesh, options.geometry(), progress);
            case SELECTION, NEW_NODES -> PartialLayout.layout(mesh, options, progress);
        };
        progress.report(1, "Layout done");
        return result;
    }

    private static LayoutResult wholeMesh(Mesh mesh, LayoutGeometry geometry, Progress progress) {
        FlowGraph graph = FlowGraph.of(mesh);
        List<String> empty = new ArrayList<>();
        for (Domain d : mesh.domains()) {
            if (mesh.nodes().stream().noneMatch(n -> d.id().equals(n.domain()))) {
                empty.add(d.id());
            }
        }
        BlockLayout.Block block = BlockLayout.layout(mesh, graph, empty, geometry, progress.part(0, 0.99));
        return result(mesh, graph, block, 0, 0);
    }

    /** The block's positions moved by (dx, dy); frames of declared domains only, in the mesh's order. */
    static LayoutResult result(Mesh mesh, FlowGraph graph, BlockLayout.Block block, double dx, double dy) {
        Map<String, Point> positions = new LinkedHashMap<>();
        for (int i = 0; i < graph.size(); i++) {
            MeshNode n = graph.node(i);
            positions.put(n.id(), new Point(block.x()[i] + dx, block.y()[i] + dy));
        }
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        for (Domain d : mesh.domains()) {
            Bounds b = block.frames().get(d.id());
            if (b != null) {
                bounds.put(d.id(), b.translate(dx, dy));
            }
        }
        return new LayoutResult(positions, bounds);
    }
}
