package org.meshwright.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.layout.AutoLayout;
import org.meshwright.layout.LayoutMetrics;
import org.meshwright.layout.LayoutResult;
import org.meshwright.model.Mesh;

/**
 * Measures {@link AutoLayout} on the samples and on generated meshes: the time of a whole-mesh
 * layout (median of several runs after warm-up) and what the drawing costs the eye before
 * (the sample's hand layout, the generator's grid) and after ({@link LayoutMetrics}: crossings,
 * bends, links over cards, overlapping cards). Prints a Markdown table.
 */
public final class LayoutBenchmark {

    /** The sizes: 100, 1,000 and 5,000 nodes. */
    public static final List<Integer> DEFAULT_SIZES = List.of(100, 1_000, 5_000);

    /**
     * The figures of one mesh.
     *
     * @param name    sample file name or generated size
     * @param nodes   nodes of the mesh
     * @param links   links of the mesh
     * @param timing  wall-clock time of one layout; its CPU figure is the whole process's CPU time
     *                (layout thread, garbage collector and compiler), which other load on the
     *                machine disturbs less
     * @param before  the mesh's own layout
     * @param after   the automatic layout
     */
    public record Row(String name, int nodes, int links, Benchmark.Stats timing, LayoutMetrics before,
                      LayoutMetrics after) {
    }

    private LayoutBenchmark() {
    }

    /** Measures each sample under {@code samples} (if given) and a generated mesh of each size. */
    public static List<Row> run(Path samples, List<Integer> sizes, int warmups, int iterations, long seed,
                                PrintStream out) throws IOException {
        out.println(Benchmark.environment());
        out.printf(Locale.ROOT, "%d warm-up(s), %d timed run(s) per mesh; generator seed %d%n", warmups, iterations,
                seed);
        List<Row> rows = new ArrayList<>();
        if (samples != null) {
            List<Path> files;
            try (Stream<Path> list = Files.list(samples)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".mesh.yaml")).sorted().toList();
            }
            for (Path file : files) {
                try {
                    Mesh mesh = new MeshReader().read(file).mesh();
                    rows.add(measure(file.getFileName().toString(), mesh, warmups, iterations, out));
                } catch (MeshReadException e) {
                    out.println(file + ": not read: " + e.getMessage());
                }
            }
        }
        for (int size : sizes) {
            Mesh mesh = MeshGenerator.generate(size, seed);
            rows.add(measure(String.format(Locale.ROOT, "generated %,d", size), mesh, warmups, iterations, out));
        }
        printTable(rows, out);
        return rows;
    }

    /** Lays {@code mesh} out {@code warmups + iterations} times and measures the last result. */
    public static Row measure(String name, Mesh mesh, int warmups, int iterations, PrintStream out) {
        AutoLayout layout = new AutoLayout();
        LayoutResult result = null;
        for (int i = 0; i < warmups; i++) {
            result = layout.layout(mesh);
        }
        double[] millis = new double[iterations];
        double[] cpuMillis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long c = processCpuNanos();
            long t = System.nanoTime();
            result = layout.layout(mesh);
            millis[i] = (System.nanoTime() - t) / 1e6;
            cpuMillis[i] = (processCpuNanos() - c) / 1e6;
        }
        Mesh after = mesh.copy();
        result.applyTo(after);
        Row row = new Row(name, mesh.nodes().size(), mesh.links().size(), Benchmark.Stats.of(millis, cpuMillis),
                LayoutMetrics.of(mesh), LayoutMetrics.of(after));
        out.printf(Locale.ROOT, "%s: %,d nodes, %,d links, layout median %.0f ms [%s]%n", name, row.nodes(),
                row.links(), row.timing().medianMs(), Arrays.stream(millis)
                        .mapToObj(m -> String.format(Locale.ROOT, "%.0f", m)).reduce((a, b) -> a + " " + b)
                        .orElse(""));
        return row;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static void printTable(List<Row> rows, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "system load average (1 min) now: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("| mesh | nodes | links | layout ms (median / min) | process CPU ms | crossings before → after |"
                + " bends before → after | links over cards before → after | overlapping cards after |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %,d | %,d | %.0f / %.0f | %.0f | %,d → %,d | %,d → %,d | %,d → %,d | %d |%n",
                    r.name(), r.nodes(), r.links(), r.timing().medianMs(), r.timing().minMs(),
                    r.timing().cpuMedianMs(), r.before().crossings(),
                    r.after().crossings(), r.before().bends(), r.after().bends(), r.before().linksThroughCards(),
                    r.after().linksThroughCards(), r.after().nodeOverlaps());
        }
    }

    private static final String USAGE = """
            Usage: java -cp ... org.meshwright.bench.LayoutBenchmark [options]
              --samples DIR        lay out every *.mesh.yaml there (default: samples)
              --no-samples         generated meshes only
              --sizes 100,1000     generated mesh sizes (default 100,1000,5000)
              --warmups N          untimed runs per mesh (default 2)
              --iterations N       timed runs per mesh (default 5)
              --seed N             generator seed (default 42)
            """;

    /** Runs the benchmark; see {@code --help}. */
    public static void main(String[] args) throws IOException {
        Path samples = Path.of("samples");
        List<Integer> sizes = DEFAULT_SIZES;
        int warmups = 2;
        int iterations = 5;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--samples" -> samples = Path.of(Benchmark.value(args, ++i));
                case "--no-samples" -> samples = null;
                case "--sizes" -> sizes = Benchmark.sizes(Benchmark.value(args, ++i));
                case "--warmups" -> warmups = Integer.parseInt(Benchmark.value(args, ++i));
                case "--iterations" -> iterations = Integer.parseInt(Benchmark.value(args, ++i));
                case "--seed" -> seed = Long.parseLong(Benchmark.value(args, ++i));
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> {
                    System.err.print("unknown option '" + args[i] + "'\n" + USAGE);
                    System.exit(2);
                    return;
                }
            }
        }
        run(samples, sizes, warmups, iterations, seed, System.out);
    }
}
