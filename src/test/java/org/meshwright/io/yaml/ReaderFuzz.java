package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * The long fuzzing run, outside CI: draws inputs from {@link FuzzInputs} (the generators of
 * the CI property, {@link ReaderFuzzProperties}) and checks each with the {@link FuzzOracle}.
 * Each failing input is saved with a description of what went wrong, three per kind of
 * failure, and the run ends with counts, the time taken and the kinds of read errors reached.
 *
 * <p>Surefire does not pick this class up (its name ends in neither {@code Test} nor
 * {@code Properties}); run it by name, with system properties for the settings (defaults in
 * brackets): {@code mvn test -Dtest=ReaderFuzz -Dfuzz.count=1000000 [1,000,000]
 * -Dfuzz.seed=1 [1] -Dfuzz.timeoutMs=30000 [30,000] -Dfuzz.out=target/fuzz-failures}.
 * It runs inside jqwik because the generators need a jqwik thread; see docs/reliability.md.
 */
class ReaderFuzz {

    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> firstErrors = new ConcurrentHashMap<>();
    private final AtomicLong models = new AtomicLong();
    private final AtomicLong readErrors = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong generating = new AtomicLong();
    private final AtomicLong checking = new AtomicLong();
    private final AtomicLong slowest = new AtomicLong();
    private final AtomicLong slowestSize = new AtomicLong();
    private final AtomicLong slowInputs = new AtomicLong();
    private Path out;

    @Example
    void longRun() throws Exception {
        long count = Long.parseLong(System.getProperty("fuzz.count", "1000000").replace("_", ""));
        long seed = Long.getLong("fuzz.seed", 1);
        long timeout = Long.getLong("fuzz.timeoutMs", 30_000);
        out = Files.createDirectories(Path.of(System.getProperty("fuzz.out", "target/fuzz-failures")));
        long started = System.nanoTime();
        Thread progress = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(30_000);
                    report(started, false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fuzz-progress");
        progress.setDaemon(true);
        progress.start();
        fuzz(count, seed, timeout);
        progress.interrupt();
        report(started, true);
        assertThat(failures).as("failing inputs are in " + out).isEmpty();
    }

    private void fuzz(long count, long seed, long timeout) {
        Random random = new Random(seed);
        RandomGenerator<byte[]> generator = FuzzInputs.inputs().generator(1000);
        try (FuzzOracle oracle = new FuzzOracle(timeout)) {
            for (long i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                byte[] input = generator.next(random).value();
                long t1 = System.nanoTime();
                generating.addAndGet(t1 - t0);
                bytes.addAndGet(input.length);
                try {
                    FuzzOracle.Outcome outcome = oracle.check(input);
                    long took = System.nanoTime() - t1;
                    checking.addAndGet(took);
                    if (took > slowest.get()) {
                        slowest.set(took);
                        slowestSize.set(input.length);
                    }
                    if (took > 500_000_000L && input.length < 100_000) {
                        keepSlow(input, took);
                    }
                    (outcome == FuzzOracle.Outcome.MODEL ? models : readErrors).incrementAndGet();
                    if (outcome == FuzzOracle.Outcome.READ_ERROR) {
                        noteFirstError(input);
                    }
                } catch (AssertionError e) {
                    fail(input, e);
                }
                done.incrementAndGet();
            }
        }
    }

    /** Keeps a small input that took long (over half a second): a hint of work out of proportion. */
    private void keepSlow(byte[] input, long nanos) {
        long n = slowInputs.incrementAndGet();
        if (n <= 20) {
            try {
                Files.write(out.resolve("slow-" + n + "-" + nanos / 1_000_000 + "ms.yaml"), input);
            } catch (IOException e) {
                System.err.println("cannot save a slow input: " + e.getMessage());
            }
        }
    }

    /** Counts the kinds of first read errors, to show what the inputs reach. */
    private void noteFirstError(byte[] input) {
        if (done.get() % 50 != 0) {
            return;
        }
        try {
            new MeshReader().read(input, FuzzOracle.FILE);
        } catch (MeshReadException e) {
            String message = e.first().message().replaceAll("'[^']*'", "'…'").replaceAll("[0-9]+", "N");
            firstErrors.computeIfAbsent(message.length() > 70 ? message.substring(0, 70) : message,
                    k -> new AtomicLong()).incrementAndGet();
        }
    }

    private void fail(byte[] input, AssertionError e) {
        String kind = signature(e);
        long seen = failures.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        if (seen > 3) {
            return;
        }
        String name = "failure-" + Integer.toHexString(kind.hashCode()) + "-" + seen;
        try {
            Files.write(out.resolve(name + ".yaml"), input);
            StringBuilder text = new StringBuilder(String.valueOf(e.getMessage())).append('\n');
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                text.append("caused by ").append(t).append('\n');
                for (StackTraceElement frame : t.getStackTrace()) {
                    text.append("  at ").append(frame).append('\n');
                }
            }
            Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException io) {
            System.err.println("cannot save a failing input: " + io.getMessage());
        }
        System.err.println("FAILURE " + kind + " -> " + out.resolve(name + ".yaml"));
    }

    /** The kind of a failure: the exception and the first frame in Meshwright, or the message's start. */
    private static String signature(AssertionError e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            String message = String.valueOf(e.getMessage());
            return message.lines().findFirst().orElse("").replaceAll("[0-9]+", "N");
        }
        String frame = "";
        for (StackTraceElement element : cause.getStackTrace()) {
            if (element.getClassName().startsWith("org.meshwright")) {
                frame = " at " + element.getClassName() + "." + element.getMethodName() + ":" + element.getLineNumber();
                break;
            }
        }
        return cause.getClass().getName() + frame;
    }

    private void report(long started, boolean last) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long n = done.get();
        System.out.printf(Locale.ROOT, "%s%,d inputs (%,.1f MB) in %.0f s, %,.0f/s: %,d models, %,d read errors, %,d failures%n",
                last ? "done: " : "", n, bytes.get() / 1e6, seconds, n / seconds, models.get(), readErrors.get(),
                failures.values().stream().mapToLong(AtomicLong::get).sum());
        System.out.printf(Locale.ROOT, "  generating %.0f s, reading and checking %.0f s; slowest read %.0f ms (%,d bytes);"
                + " %,d inputs under 100 kB took over 0.5 s%n", generating.get() / 1e9, checking.get() / 1e9,
                slowest.get() / 1e6, slowestSize.get(), slowInputs.get());
        if (last) {
            failures.forEach((kind, k) -> System.out.printf(Locale.ROOT, "  failure x%,d: %s%n", k.get(), kind));
            System.out.println("first read errors (a sample of 1 in 50 inputs), by kind:");
            new TreeMap<>(firstErrors).entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                    .limit(40)
                    .forEach(entry -> System.out.printf(Locale.ROOT, "  %,8d  %s%n", entry.getValue().get(), entry.getKey()));
        }
    }
}
