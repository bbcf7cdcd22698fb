package org.meshwright.app;

import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is kept from its event queue: a daemon thread posts a
 * probe every 5 ms and each probe records how late it ran. The largest delay over a phase
 * is the longest the user interface was frozen (within 5 ms). For the benchmarks.
 */
final class FxStallMonitor implements AutoCloseable {

    private final AtomicLong worstNanos = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    FxStallMonitor() {
        thread = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                Platform.runLater(() -> worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max));
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-stall-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    /** The longest delay since the last call, in milliseconds; starts a new phase. */
    long worstMillisAndReset() {
        return worstNanos.getAndSet(0) / 1_000_000;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
