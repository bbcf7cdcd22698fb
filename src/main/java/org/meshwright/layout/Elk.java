package org.meshwright.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The Eclipse Layout Kernel as this package uses it: a flat graph laid out left to right by
 * the layered algorithm with a fixed random seed and the input's order respected where it is
 * a free choice, so that the same graph always gets the same drawing.
 */
final class Elk {

    static {
        // On a plain class path (and in the shaded jar) nothing registers the algorithm's
        // options for us the way Eclipse's extension registry would.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private Elk() {
    }

    /**
     * An empty graph laid out left to right.
     *
     * @param nodeGap   space between two nodes of one layer
     * @param layerGap  space between two layers
     * @param padding   top, right, bottom, left space around the drawing
     */
    static ElkNode graph(double nodeGap, double layerGap, double[] padding) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(padding[0], padding[1], padding[2], padding[3]));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeGap);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerGap);
        // The diagram draws its own lines: keep the layers apart by the gap alone, not by routing room.
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 0.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 0.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, nodeGap / 2);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, nodeGap / 4);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        // Ties in crossing minimisation go by the order nodes and edges were added (the file's):
        // without it ELK's result varies from run to run; preferring edges is the cheapest way.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.PREFER_EDGES);
        // Components laid out apart would each start at the left: one layering keeps the columns.
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        return root;
    }

    /** Lays out {@code root}; throws {@link LayoutCancelledException} where {@code monitor} asks to stop. */
    static void layout(ElkNode root, LayoutMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new LayoutCancelledException();
        }
        new RecursiveGraphLayoutEngine().layout(root, new Cancellable(monitor));
        if (monitor.isCancelled()) {
            throw new LayoutCancelledException();
        }
    }

    /** Hands the monitor's cancel request to ELK, which checks it between its phases. */
    private static final class Cancellable extends BasicProgressMonitor {
        private final LayoutMonitor monitor;

        Cancellable(LayoutMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public boolean isCanceled() {
            return monitor.isCancelled();
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
            return new Cancellable(monitor);
        }
    }
}
