package org.meshwright.ui.editor;

import java.util.concurrent.Executor;

/**
 * The editor's background executor, with a hold: while held, the next task waits before it
 * starts (at most {@link #MAX_HOLD_MILLIS}). The editor holds it while the FX thread puts a
 * large mesh on screen (the document, the inspector, the first paint of its scene), so that
 * validation and scene building, and the compiling they set off, do not take the
 * processors the window needs just then; on two cores that was the difference between a
 * frozen window and a live one. A task already running is not stopped.
 */
final class BackgroundGate implements Executor {

    /** A hold never lasts longer than this, whatever happens to its release. */
    static final long MAX_HOLD_MILLIS = 1_000;

    private final Executor underlying;
    private final Object lock = new Object();
    private int holds;
    private long heldSince;

    BackgroundGate(Executor underlying) {
        this.underlying = underlying;
    }

    @Override
    public void execute(Runnable task) {
        underlying.execute(() -> {
            awaitOpen();
            task.run();
        });
    }

    /** Holds the tasks not started yet until a matching {@link #release()}; any thread. */
    void hold() {
        synchronized (lock) {
            if (holds++ == 0) {
                heldSince = System.nanoTime();
            }
        }
    }

    /** Ends one {@link #hold()}; any thread. */
    void release() {
        synchronized (lock) {
            if (holds > 0) {
                holds--;
            }
            lock.notifyAll();
        }
    }

    boolean isHeld() {
        synchronized (lock) {
            return holds > 0;
        }
    }

    private void awaitOpen() {
        synchronized (lock) {
            while (holds > 0) {
                long left = MAX_HOLD_MILLIS - (System.nanoTime() - heldSince) / 1_000_000;
                if (left <= 0) {
                    holds = 0; // a release was lost: never hold the editor's work up for good
                    return;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
