package org.meshwright.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is kept from its event queue: a daemon thread posts a
 * probe every 5 ms and each probe records how late it ran. The largest delay over a phase
 * is the longest the user interface was frozen (within 5 ms). For the benchmarks.
 *
 * <p>With {@code -Dstalls.trace=true} it also samples the FX thread's stack and processor
 * time every 2 ms, and {@link #traceAndReset()} tells, for the three longest frozen moments,
 * where the FX thread was and how much of the time it actually ran (little means it waited
 * for a lock, the renderer or a processor): the way to find what to move off the FX thread.
 */
final class FxStallMonitor implements AutoCloseable {

    private static final boolean TRACE = Boolean.getBoolean("stalls.trace");

    private record Sample(long at, long cpu, String stack, Map<String, Long> threadsCpu) {
    }

    private record Stall(long posted, long ran) {
        long millis() {
            return (ran - posted) / 1_000_000;
        }
    }

    private final AtomicLong worstNanos = new AtomicLong();
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final List<Stall> stalls = new ArrayList<>();
    private final Thread thread;
    private final Thread sampler;
    private volatile boolean running = true;

    FxStallMonitor() {
        thread = new Thread(() -> {
            while (running) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    long ran = System.nanoTime();
                    worstNanos.accumulateAndGet(ran - posted, Math::max);
                    if (TRACE && ran - posted > 50_000_000L) {
                        synchronized (samples) {
                            stalls.add(new Stall(posted, ran));
                        }
                    }
                });
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-stall-monitor");
        thread.setDaemon(true);
        thread.start();
        sampler = TRACE ? new Thread(this::sample, "fx-stall-sampler") : null;
        if (sampler != null) {
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    private void sample() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread fx = null;
        long count = 0;
        while (running) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
            if (fx == null) {
                fx = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
                if (fx == null) {
                    continue;
                }
            }
            StackTraceElement[] stack = fx.getStackTrace();
            long cpu = threads.getThreadCpuTime(fx.getId());
            StringBuilder key = new StringBuilder();
            int shown = 0;
            for (StackTraceElement e : stack) {
                boolean ours = e.getClassName().startsWith("org.meshwright");
                if (shown < 6 || ours && shown < 12) {
                    key.append("\n        ").append(e.getClassName().replaceAll(".*\\.", "")).append('.')
                            .append(e.getMethodName()).append(':').append(e.getLineNumber());
                    shown++;
                }
            }
            Map<String, Long> threadsCpu = null;
            if (++count % 10 == 0) { // every 20 ms: what every thread has used
                threadsCpu = new HashMap<>();
                for (long id : threads.getAllThreadIds()) {
                    java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
                    long t = threads.getThreadCpuTime(id);
                    if (info != null && t > 0) {
                        threadsCpu.merge(info.getThreadName().replaceAll("[0-9]+", "#"), t, Long::sum);
                    }
                }
                // the JIT compilers' time (not Java threads, so not above)
                threadsCpu.put("(JIT compiling)", ManagementFactory.getCompilationMXBean().getTotalCompilationTime() * 1_000_000);
                for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                    threadsCpu.put("(GC " + gc.getName() + ")", gc.getCollectionTime() * 1_000_000);
                }
            }
            synchronized (samples) {
                samples.addLast(new Sample(System.nanoTime(), cpu, key.toString(), threadsCpu));
                while (samples.size() > 20_000) {
                    samples.removeFirst();
                }
            }
        }
    }

    /** The longest delay since the last call, in milliseconds; starts a new phase. */
    long worstMillisAndReset() {
        return worstNanos.getAndSet(0) / 1_000_000;
    }

    /** Where the FX thread was during the longest frozen moments (80 ms or more, at most six) since the last call (empty without tracing). */
    String traceAndReset() {
        List<Stall> longest;
        List<Sample> all;
        synchronized (samples) {
            longest = new ArrayList<>(stalls);
            all = new ArrayList<>(samples);
            stalls.clear();
            samples.clear();
        }
        longest.sort((a, b) -> Long.compare(b.millis(), a.millis()));
        List<Stall> distinct = new ArrayList<>();
        for (Stall stall : longest) { // one report per frozen moment: later probes overlap the first
            if (distinct.size() < 6 && stall.millis() >= 80
                    && distinct.stream().noneMatch(d -> d.posted() < stall.ran() && stall.posted() < d.ran())) {
                distinct.add(stall);
            }
        }
        distinct.sort((a, b) -> Long.compare(a.posted(), b.posted()));
        StringBuilder out = new StringBuilder();
        long origin = all.isEmpty() ? 0 : all.get(0).at();
        for (Stall stall : distinct) {
            Map<String, Integer> where = new HashMap<>();
            long firstCpu = -1;
            long lastCpu = -1;
            Map<String, Long> threadsBefore = null;
            Map<String, Long> threadsAfter = null;
            for (Sample s : all) {
                if (s.threadsCpu() != null && s.at() <= stall.posted()) {
                    threadsBefore = s.threadsCpu();
                }
                if (s.threadsCpu() != null && s.at() >= stall.ran() && threadsAfter == null) {
                    threadsAfter = s.threadsCpu();
                }
                if (s.at() >= stall.posted() && s.at() <= stall.ran()) {
                    where.merge(s.stack(), 1, Integer::sum);
                    firstCpu = firstCpu < 0 ? s.cpu() : firstCpu;
                    lastCpu = s.cpu();
                }
            }
            out.append(String.format(Locale.ROOT, "  at %.1f s: frozen %d ms, FX thread ran %d ms of it:%n", (stall.posted() - origin) / 1e9, stall.millis(),
                    (lastCpu - firstCpu) / 1_000_000));
            if (threadsBefore != null && threadsAfter != null) {
                Map<String, Long> before = threadsBefore;
                List<Map.Entry<String, Long>> used = new ArrayList<>();
                threadsAfter.forEach((name, t) -> used.add(Map.entry(name, t - before.getOrDefault(name, 0L))));
                used.sort(Map.Entry.<String, Long>comparingByValue().reversed());
                out.append("    processor time around it:");
                for (Map.Entry<String, Long> e : used.subList(0, Math.min(8, used.size()))) {
                    out.append(String.format(Locale.ROOT, " %s %d ms;", e.getKey(), e.getValue() / 1_000_000));
                }
                out.append(System.lineSeparator());
            }
            List<Map.Entry<String, Integer>> top = new ArrayList<>(where.entrySet());
            top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            for (Map.Entry<String, Integer> e : top.subList(0, Math.min(6, top.size()))) {
                out.append(String.format(Locale.ROOT, "    %4d samples:%s%n", e.getValue(), e.getKey()));
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (sampler != null) {
            sampler.interrupt();
        }
    }
}
