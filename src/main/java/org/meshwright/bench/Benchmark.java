package org.meshwright.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Rule;
import org.meshwright.rules.RuleCatalog;
import org.meshwright.rules.RuleContext;
import org.meshwright.rules.Validator;

/**
 * Measures reading, validating and writing synthetic meshes of several sizes made by
 * {@link MeshGenerator}: each mesh is saved to a file, then read from it, validated with
 * every rule and written again, several times after a warm-up; the median and the minimum
 * of the wall-clock time and the median CPU time of the measuring thread and of the whole
 * process are reported, with the file size and the heap used. A copy of the mesh is also
 * validated, as the editor does after each edit. Where the reader refuses a file, the refusal is reported
 * and validation and writing are measured on the generated mesh. Run it from the command line
 * ({@link #main}) or through {@link #run(Options, PrintStream)}, e.g. from a
 * {@code meshwright bench} command.
 *
 * <p>Heap: before each size's memory pass the benchmark collects garbage and resets the
 * peak usage of every heap {@link MemoryPoolMXBean}; after one read and one validation,
 * "peak heap" is the sum of the pools' peak usage (eden, survivor, old), an upper bound of
 * the heap occupied at any one moment, garbage included, so it depends on the heap size
 * and collector. "Retained" is the heap used after a full collection while the read mesh
 * is still held, minus the same figure before reading: the size of the model in memory.
 */
public final class Benchmark {

    /** The sizes of the issue: 1,000, 10,000 and 100,000 nodes. */
    public static final List<Integer> DEFAULT_SIZES = List.of(1_000, 10_000, 100_000);

    private static final double MIB = 1024.0 * 1024.0;
    private static final double MB = 1_000_000.0;

    private Benchmark() {
    }

    /**
     * What to run.
     *
     * @param sizes         node counts, one benchmark each
     * @param warmups       untimed runs before each timed series
     * @param iterations    timed runs per series (median and minimum are reported)
     * @param seed          the generator's seed
     * @param topology      the meshes' topology
     * @param productCycles product cycles to inject (0: clean meshes, no findings)
     * @param perRule       also time each rule on its own, and the building of the graphs
     * @param saveDir       where to keep the files ({@code mesh-100k.mesh.yaml}), or {@code null}
     *                      for temporary files deleted afterwards
     */
    public record Options(List<Integer> sizes, int warmups, int iterations, long seed, Topology topology,
                          int productCycles, boolean perRule, Path saveDir) {

        public Options {
            sizes = List.copyOf(sizes);
            Objects.requireNonNull(topology, "topology");
            if (sizes.isEmpty() || warmups < 0 || iterations < 1 || productCycles < 0) {
                throw new IllegalArgumentException("need at least one size, warmups >= 0, iterations >= 1 and"
                        + " productCycles >= 0");
            }
        }

        /** The sizes, 2 warm-ups, 5 timed runs, seed 42, governed, clean, no per-rule timing. */
        public static Options defaults() {
            return new Options(DEFAULT_SIZES, 2, 5, 42, Topology.GOVERNED, 0, false, null);
        }

        public Options withSizes(List<Integer> newSizes) {
            return new Options(newSizes, warmups, iterations, seed, topology, productCycles, perRule, saveDir);
        }

        public Options withRuns(int newWarmups, int newIterations) {
            return new Options(sizes, newWarmups, newIterations, seed, topology, productCycles, perRule, saveDir);
        }
    }

    /**
     * A timed series, in milliseconds: median and minimum of the wall-clock time, the median
     * CPU time of the measuring thread (which other load on the machine disturbs less), and
     * the median CPU time of the whole process (every thread: the validator's second one, the
     * garbage collector's, the compilers'); -1 where the JVM cannot tell.
     */
    public record Stats(double medianMs, double minMs, double cpuMedianMs, double processCpuMedianMs, int samples) {

        public static Stats of(double[] millis) {
            return of(millis, null, null);
        }

        public static Stats of(double[] millis, double[] cpuMillis) {
            return of(millis, cpuMillis, null);
        }

        public static Stats of(double[] millis, double[] cpuMillis, double[] processCpuMillis) {
            return new Stats(median(millis), Arrays.stream(millis).min().orElseThrow(),
                    cpuMillis == null ? -1 : median(cpuMillis),
                    processCpuMillis == null ? -1 : median(processCpuMillis), millis.length);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /**
     * The figures of one size.
     *
     * @param nodes               nodes of the mesh
     * @param links               links of the mesh
     * @param domains             domains of the mesh
     * @param fileBytes           size of the saved file
     * @param generateMs          generating the mesh, once
     * @param read                {@link MeshReader#read(Path)} from the file, or {@code null} where it was refused
     * @param readError           the reader's message where it refused the file, else {@code null}
     * @param validate            {@link Validator#validate(Mesh)}, all rules, on the mesh as read
     * @param copyAndValidate     {@link Mesh#copy()} and the validation of the copy, as the editor
     *                            does after each edit
     * @param write               {@link MeshWriter#write(Mesh)} to a string
     * @param findings            findings of one validation
     * @param peakHeapBytes       sum of the heap pools' peaks over one read (or, where refused, one
     *                            generation) and one validation
     * @param retainedHeapBytes   heap held by the mesh after a full collection
     * @param validateAllocBytes  bytes allocated by one validation (0 where the JVM cannot tell)
     * @param graphs              building the {@link RuleContext} (the graph views), or {@code null}
     * @param perRule             each rule alone on a fresh context, by rule id; empty unless asked
     */
    public record SizeResult(int nodes, int links, int domains, long fileBytes, double generateMs, Stats read,
                             String readError, Stats validate, Stats copyAndValidate, Stats write, int findings,
                             long peakHeapBytes,
                             long retainedHeapBytes, long validateAllocBytes, Stats graphs,
                             Map<String, Stats> perRule) {
    }

    /** The figures of every size, in the order run. */
    public record BenchResult(List<SizeResult> sizes) {
    }

    /** Benchmarks one size with the other defaults; prints progress and the table to {@code out}. */
    public static BenchResult run(int nodes, int warmups, int iterations, PrintStream out) {
        return run(Options.defaults().withSizes(List.of(nodes)).withRuns(warmups, iterations), out);
    }

    /** Benchmarks each size of {@code options}; prints progress and the table to {@code out}. */
    public static BenchResult run(Options options, PrintStream out) {
        out.println(environment());
        out.printf(Locale.ROOT, "topology %s, seed %d, %d warm-up(s), %d timed run(s) per series%s%n",
                options.topology().keyword(), options.seed(), options.warmups(), options.iterations(),
                options.productCycles() > 0 ? ", " + options.productCycles() + " injected product cycles" : "");
        List<SizeResult> results = new ArrayList<>();
        for (int nodes : options.sizes()) {
            try {
                results.add(runSize(nodes, options, out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        BenchResult result = new BenchResult(results);
        printTable(result, out);
        if (options.perRule()) {
            printPerRule(result, out);
        }
        return result;
    }

    private static SizeResult runSize(int nodes, Options options, PrintStream out) throws IOException {
        out.printf(Locale.ROOT, "%n== %,d nodes ==%n", nodes);
        MeshGenerator generator = MeshGenerator.builder().nodes(nodes).seed(options.seed())
                .topology(options.topology()).productCycles(options.productCycles()).build();
        long t0 = System.nanoTime();
        Mesh generated = generator.generate();
        double generateMs = millisSince(t0);
        int links = generated.links().size();
        int domains = generated.domains().size();
        out.printf(Locale.ROOT, "generated %,d nodes, %,d links, %,d domains in %.0f ms%n", nodes, links, domains,
                generateMs);

        Path file = options.saveDir() != null
                ? Files.createDirectories(options.saveDir()).resolve("mesh-" + label(nodes) + ".mesh.yaml")
                : Files.createTempFile("meshwright-bench-", ".mesh.yaml");
        try {
            long s0 = System.nanoTime();
            new MeshWriter().save(generated, file);
            long fileBytes = Files.size(file);
            out.printf(Locale.ROOT, "saved %s: %.1f MB in %.0f ms (with fsync)%n", file, fileBytes / MB,
                    millisSince(s0));

            MeshReader reader = new MeshReader();
            String readError = null;
            Stats read = null;
            Mesh mesh;
            try {
                mesh = reader.read(file).mesh();
            } catch (MeshReadException e) {
                readError = e.getMessage();
                mesh = null;
            }
            Supplier<Mesh> load;
            if (readError == null) {
                if (!mesh.contentEquals(generated)) {
                    throw new IllegalStateException("the mesh read back differs from the one written");
                }
                read = time("read", options, out, () -> readOrFail(reader, file));
                load = () -> readOrFail(reader, file);
            } else {
                // Go on with the generated mesh, so that validation and writing are still measured.
                out.println("read      REFUSED: " + readError);
                mesh = generated;
                load = generator::generate;
            }
            generated = null; // let a second copy go before the memory pass
            Timings timings = measure(mesh, options, out);
            mesh = null; // nothing holds a mesh during the memory pass

            long[] heap = memory(load);
            out.printf(Locale.ROOT, "system load average (1 min) now: %.2f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf(Locale.ROOT, "heap: peak %.0f MiB (%s + validate), retained by the mesh %.0f MiB;"
                    + " one validation allocates %.0f MiB%n", heap[0] / MIB, readError == null ? "read" : "generate",
                    heap[1] / MIB, timings.allocBytes() / MIB);
            return new SizeResult(nodes, links, domains, fileBytes, generateMs, read, readError, timings.validate(),
                    timings.copyAndValidate(), timings.write(), timings.findings(), heap[0], heap[1], timings.allocBytes(), timings.graphs(),
                    timings.perRule());
        } finally {
            if (options.saveDir() == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private record Timings(int findings, Stats validate, Stats copyAndValidate, long allocBytes, Stats write,
                           Stats graphs, Map<String, Stats> perRule) {
    }

    /** Validation, writing and (if asked) the per-rule times of one mesh. */
    private static Timings measure(Mesh mesh, Options options, PrintStream out) {
        Validator validator = new Validator();
        int findings = validator.validate(mesh).size();
        Stats validate = time("validate", options, out, () -> validator.validate(mesh));
        Stats copyAndValidate = time("copy+val", options, out, () -> validator.validate(mesh.copy()));
        long alloc = allocatedBy(() -> validator.validate(mesh));

        MeshWriter writer = new MeshWriter();
        Stats write = time("write", options, out, () -> writer.write(mesh));

        Stats graphs = null;
        Map<String, Stats> perRule = Map.of();
        if (options.perRule()) {
            graphs = time("graphs", options, out, () -> new RuleContext(mesh));
            perRule = perRule(mesh, options, out);
        }
        return new Timings(findings, validate, copyAndValidate, alloc, write, graphs, perRule);
    }

    /** Each applicable rule on its own, on a context built beforehand (so without graph building). */
    private static Map<String, Stats> perRule(Mesh mesh, Options options, PrintStream out) {
        List<Rule> rules = RuleCatalog.rules().stream().filter(r -> r.topologies().contains(mesh.topology())).toList();
        Map<String, double[]> samples = new LinkedHashMap<>();
        rules.forEach(r -> samples.put(r.id(), new double[options.iterations()]));
        int[] sink = new int[1];
        for (int i = -options.warmups(); i < options.iterations(); i++) {
            // A fresh context per round, as in a validation run: the first rule that needs a
            // lazily derived set (personal data carriers) pays for it, as it would there.
            RuleContext context = new RuleContext(mesh);
            for (Rule rule : rules) {
                long t = System.nanoTime();
                rule.check(context, f -> sink[0]++);
                if (i >= 0) {
                    samples.get(rule.id())[i] = millisSince(t);
                }
            }
        }
        Map<String, Stats> result = new LinkedHashMap<>();
        samples.forEach((id, millis) -> result.put(id, Stats.of(millis)));
        out.printf(Locale.ROOT, "per-rule timing done (%d rules)%n", rules.size());
        return result;
    }

    private static Mesh readOrFail(MeshReader reader, Path file) {
        try {
            return reader.read(file).mesh();
        } catch (MeshReadException e) {
            throw new IllegalStateException("the generated file does not read: " + e.getMessage(), e);
        }
    }

    private static Stats time(String what, Options options, PrintStream out, Supplier<?> task) {
        Object keep = null;
        for (int i = 0; i < options.warmups(); i++) {
            keep = task.get();
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        double[] millis = new double[options.iterations()];
        double[] cpuMillis = new double[options.iterations()];
        double[] processMillis = new double[options.iterations()];
        for (int i = 0; i < millis.length; i++) {
            keep = null;
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long p = processCpuNanos();
            long t = System.nanoTime();
            keep = task.get();
            millis[i] = millisSince(t);
            cpuMillis[i] = cpu ? (threads.getCurrentThreadCpuTime() - c) / 1e6 : -1;
            processMillis[i] = p < 0 ? -1 : (processCpuNanos() - p) / 1e6;
        }
        Objects.requireNonNull(keep);
        Stats stats = Stats.of(millis, cpu ? cpuMillis : null, processCpuNanos() < 0 ? null : processMillis);
        out.printf(Locale.ROOT, "%-9s median %8.1f ms, min %8.1f ms, CPU median %8.1f ms (process %8.1f ms)  [%s]%n",
                what, stats.medianMs(), stats.minMs(), stats.cpuMedianMs(), stats.processCpuMedianMs(),
                Arrays.stream(millis).mapToObj(m -> String.format(Locale.ROOT, "%.0f", m))
                        .collect(Collectors.joining(" ")));
        return stats;
    }

    /** {peak of the heap pools over one load and one validation, heap retained by the loaded mesh}. */
    private static long[] memory(Supplier<Mesh> load) {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = usedAfterGc(pools);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Mesh mesh = load.get();
        List<Finding> findings = new Validator().validate(mesh);
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long retained = usedAfterGc(pools) - before;
        // Keep both alive until after the measurement.
        Objects.requireNonNull(findings);
        Objects.requireNonNull(mesh.metadata());
        return new long[] {peak, retained};
    }

    private static long usedAfterGc(List<MemoryPoolMXBean> pools) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Bytes the current thread allocates while running {@code task}, or 0 where the JVM cannot tell. */
    private static long allocatedBy(Runnable task) {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()) {
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            task.run();
            return threads.getThreadAllocatedBytes(id) - before;
        }
        task.run();
        return 0;
    }

    /** CPU time of the whole process, or -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static String label(int nodes) {
        return nodes % 1000 == 0 ? nodes / 1000 + "k" : Integer.toString(nodes);
    }

    static String environment() {
        Runtime rt = Runtime.getRuntime();
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Java %s (%s %s), %d processor(s), max heap %.0f MiB, GC: %s; %s %s",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), rt.availableProcessors(), rt.maxMemory() / MIB, gcs,
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    // ---- report ------------------------------------------------------------------------

    private static void printTable(BenchResult result, PrintStream out) {
        out.println();
        out.println("| nodes | links | file MB | read ms (median / min) | read CPU ms (thread / process) |"
                + " validate ms (median / min) | validate CPU ms (thread / process) | copy + validate ms (median) |"
                + " write ms (median / min) | peak heap MiB | retained MiB | findings |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (SizeResult r : result.sizes()) {
            out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %s | %s | %s | %s | %.1f | %s | %.0f | %.0f | %d |%n",
                    r.nodes(), r.links(), r.fileBytes() / MB,
                    r.read() == null ? "refused (see below)" : pair(r.read()), r.read() == null ? "" : cpu(r.read()),
                    pair(r.validate()), cpu(r.validate()), r.copyAndValidate().medianMs(), pair(r.write()),
                    r.peakHeapBytes() / MIB, r.retainedHeapBytes() / MIB, r.findings());
        }
        for (SizeResult r : result.sizes()) {
            if (r.readError() != null) {
                out.printf(Locale.ROOT, "%,d nodes: the reader refused the file: %s%n", r.nodes(), r.readError());
            }
        }
    }

    private static void printPerRule(BenchResult result, PrintStream out) {
        for (SizeResult r : result.sizes()) {
            if (r.perRule().isEmpty()) {
                continue;
            }
            double total = r.graphs().medianMs() + r.perRule().values().stream().mapToDouble(Stats::medianMs).sum();
            out.printf(Locale.ROOT, "%nPer rule, %,d nodes (median ms of %d runs; share of their sum %.0f ms):%n",
                    r.nodes(), r.graphs().samples(), total);
            out.println("| step | median ms | min ms | share |");
            out.println("|---|---:|---:|---:|");
            out.printf(Locale.ROOT, "| build graphs (new RuleContext) | %.1f | %.1f | %.0f%% |%n",
                    r.graphs().medianMs(), r.graphs().minMs(), 100 * r.graphs().medianMs() / total);
            r.perRule().entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue().medianMs(), a.getValue().medianMs()))
                    .forEach(e -> out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f%% |%n", e.getKey(),
                            e.getValue().medianMs(), e.getValue().minMs(), 100 * e.getValue().medianMs() / total));
        }
    }

    private static String pair(Stats s) {
        return String.format(Locale.ROOT, "%.1f / %.1f", s.medianMs(), s.minMs());
    }

    private static String cpu(Stats s) {
        return String.format(Locale.ROOT, "%.0f / %.0f", s.cpuMedianMs(), s.processCpuMedianMs());
    }

    // ---- command line ------------------------------------------------------------------

    private static final String USAGE = """
            Usage: java -cp ... org.meshwright.bench.Benchmark [options]
              --sizes 1000,10000,100000   node counts to benchmark
              --warmups N                 untimed runs before each series (default 2)
              --iterations N              timed runs per series (default 5)
              --seed N                    generator seed (default 42)
              --topology T                governed | harmonized | federated (default governed)
              --cycles N                  inject N product cycles (default 0: clean meshes)
              --per-rule                  also time the graph building and each rule alone
              --save-dir DIR              keep the files there (mesh-100k.mesh.yaml, ...)
              --check FILE                read and validate FILE once, print the times, and exit
            """;

    /** Runs the benchmark; see {@code --help}. */
    public static void main(String[] args) throws Exception {
        Options options = Options.defaults();
        List<Integer> sizes = options.sizes();
        int warmups = options.warmups();
        int iterations = options.iterations();
        long seed = options.seed();
        Topology topology = options.topology();
        int cycles = 0;
        boolean perRule = false;
        Path saveDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--sizes" -> sizes = sizes(value(args, ++i));
                case "--warmups" -> warmups = Integer.parseInt(value(args, ++i));
                case "--iterations" -> iterations = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--topology" -> topology = Topology.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
                case "--cycles" -> cycles = Integer.parseInt(value(args, ++i));
                case "--per-rule" -> perRule = true;
                case "--save-dir" -> saveDir = Path.of(value(args, ++i));
                case "--check" -> {
                    System.exit(check(Path.of(value(args, ++i)), System.out));
                    return;
                }
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> {
                    System.err.print("unknown option '" + arg + "'\n" + USAGE);
                    System.exit(2);
                    return;
                }
            }
        }
        run(new Options(sizes, warmups, iterations, seed, topology, cycles, perRule, saveDir), System.out);
    }

    /** The value of the option before {@code args[i]}; the benchmarks' mains share it. */
    static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** A list of sizes such as {@code 1000,10_000}. */
    static List<Integer> sizes(String list) {
        return Arrays.stream(list.split(",")).map(s -> Integer.parseInt(s.strip().replace("_", ""))).toList();
    }

    /** Reads and validates one file once, as the command line does, and prints the times. */
    static int check(Path file, PrintStream out) {
        long p0 = processCpuNanos();
        long t0 = System.nanoTime();
        MeshDocument document;
        try {
            document = new MeshReader().read(file);
        } catch (MeshReadException e) {
            out.println(e.getMessage());
            return 1;
        }
        double readMs = millisSince(t0);
        long p1 = processCpuNanos();
        long t1 = System.nanoTime();
        List<Finding> findings = new Validator().validate(document.mesh());
        double validateMs = millisSince(t1);
        long p2 = processCpuNanos();
        out.printf(Locale.ROOT, "%s: %s; read %.0f ms (process CPU %.0f ms), validate %.0f ms (process CPU %.0f ms),"
                + " %d finding(s)%n", file, document.mesh(), readMs, (p1 - p0) / 1e6, validateMs, (p2 - p1) / 1e6,
                findings.size());
        return 0;
    }
}
