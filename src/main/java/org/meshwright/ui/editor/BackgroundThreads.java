package org.meshwright.ui.editor;

import java.util.concurrent.ThreadFactory;

/**
 * Threads for work behind the window (reading, validating, building the scene, autosave,
 * exports): daemons, so they never keep the application alive, at the lowest priority, so
 * that on a machine with few processors the FX thread wins when they compete. The
 * Linux runtime image runs Java with {@code -XX:ThreadPriorityPolicy=1
 * -XX:JavaPriority1_To_OSPriority=10}, which makes that priority nice 10 (a user may lower a
 * thread's priority, never raise it); elsewhere the operating system honours it as it is.
 */
public final class BackgroundThreads {

    private BackgroundThreads() {
    }

    /** A factory of such threads, all named {@code name}. */
    public static ThreadFactory named(String name) {
        return work -> create(name, work);
    }

    /** Starts {@code work} on such a thread. */
    public static Thread start(String name, Runnable work) {
        Thread t = create(name, work);
        t.start();
        return t;
    }

    private static Thread create(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    }
}
