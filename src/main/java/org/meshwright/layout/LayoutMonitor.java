package org.meshwright.layout;

/**
 * Watches a layout: it hears how far the work has got and may ask it to stop. Called on the
 * thread that runs the layout; a UI hands progress over to its own thread.
 */
public interface LayoutMonitor {

    /** A monitor that ignores progress and never cancels. */
    LayoutMonitor NONE = new LayoutMonitor() {
    };

    /**
     * The work has got this far.
     *
     * @param done fraction done, from 0 to 1, never decreasing
     * @param step what is being done, for a status line
     */
    default void progress(double done, String step) {
    }

    /** Whether the layout should stop; it then throws {@link LayoutCancelledException} soon after. */
    default boolean isCancelled() {
        return false;
    }
}
