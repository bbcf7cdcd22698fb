package org.meshwright.layout;

/** A stretch of a {@link LayoutMonitor}'s progress: reports within it and checks for cancellation. */
final class Progress {

    private final LayoutMonitor monitor;
    private final double from;
    private final double to;
    private double last;

    Progress(LayoutMonitor monitor, double from, double to) {
        this.monitor = monitor;
        this.from = from;
        this.to = to;
        this.last = from;
    }

    static Progress of(LayoutMonitor monitor) {
        return new Progress(monitor, 0, 1);
    }

    LayoutMonitor monitor() {
        return monitor;
    }

    /** The part from {@code a} to {@code b} (fractions of this stretch). */
    Progress part(double a, double b) {
        return new Progress(monitor, from + (to - from) * a, from + (to - from) * b);
    }

    /** Reports {@code done} (a fraction of this stretch); throws if the monitor asks to stop. */
    void report(double done, String step) {
        check();
        double at = Math.max(last, from + (to - from) * Math.max(0, Math.min(1, done)));
        last = at;
        monitor.progress(at, step);
    }

    /** Throws {@link LayoutCancelledException} if the monitor asks to stop. */
    void check() {
        if (monitor.isCancelled()) {
            throw new LayoutCancelledException();
        }
    }
}
