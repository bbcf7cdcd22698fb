package org.meshwright.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.meshwright.cli.MeshwrightCli;
import org.meshwright.io.export.DiagramExporter;
import org.meshwright.io.export.ExportOptions;
import org.meshwright.io.export.PngResult;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Mesh;

/**
 * Measures the SVG and PNG exports of generated meshes ({@link MeshGenerator}, seeded), as
 * the command line makes them ({@code export --format svg|png -o FILE}, PNG at the default
 * scale unless told otherwise):
 * <ul>
 * <li><b>warm</b>: in this JVM, after warm-up runs; the median and minimum wall-clock time
 *     and the median CPU time of the whole process (the PNG is drawn and deflated on
 *     several threads, so the process's CPU time is the honest figure);</li>
 * <li><b>cold</b>: each run in a fresh JVM on this class path running the command line,
 *     JVM start included: wall-clock time seen from here, and the child's own CPU time and
 *     uptime, which it reports as it ends.</li>
 * </ul>
 * The machine may be shared: CPU time is the figure other load disturbs least.
 */
public final class ExportBenchmark {

    private static final String CHILD = "--child";

    private ExportBenchmark() {
    }

    /** One format at one size: warm and cold figures, and the output's size. */
    public record Result(int nodes, String format, Benchmark.Stats warm, double warmCpuMedianMs,
                         double coldWallMedianMs, double coldCpuMedianMs, long bytes, String note) {
    }

    /**
     * Runs the benchmark for each size and format, prints progress and a table to {@code out}.
     *
     * @param scale PNG pixels per diagram unit (the command line's default is 2)
     * @param cold  fresh-JVM runs per format and size (0: none)
     */
    public static List<Result> run(List<Integer> sizes, int warmups, int iterations, int cold, double scale, long seed,
                                   PrintStream out) throws IOException, InterruptedException {
        out.println(Benchmark.environment());
        out.printf(Locale.ROOT, "seed %d, PNG scale %s, %d warm-up(s), %d timed run(s), %d cold run(s)%n", seed,
                scale, warmups, iterations, cold);
        List<Result> results = new ArrayList<>();
        Path dir = Files.createTempDirectory("meshwright-export-bench-");
        try {
            for (int nodes : sizes) {
                Mesh generated = MeshGenerator.builder().nodes(nodes).seed(seed).build().generate();
                Path file = dir.resolve("mesh-" + nodes + ".mesh.yaml");
                new MeshWriter().save(generated, file);
                Mesh mesh;
                try {
                    mesh = new MeshReader().read(file).mesh();
                } catch (MeshReadException e) {
                    throw new IllegalStateException("the generated file does not read: " + e.getMessage(), e);
                }
                out.printf(Locale.ROOT, "%n== %,d nodes, %,d links ==%n", nodes, mesh.links().size());
                for (String format : List.of("svg", "png")) {
                    results.add(runFormat(mesh, file, dir, format, warmups, iterations, cold, scale, out));
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        printTable(results, out);
        return results;
    }

    private static Result runFormat(Mesh mesh, Path file, Path dir, String format, int warmups, int iterations,
                                    int cold, double scale, PrintStream out) throws IOException, InterruptedException {
        Path target = dir.resolve("out." + format);
        DiagramExporter exporter = new DiagramExporter();
        ExportOptions options = ExportOptions.DEFAULT.withScale(scale);
        String note = "";
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        for (int i = -warmups; i < iterations; i++) {
            long c = processCpuNanos();
            long t = System.nanoTime();
            if (format.equals("svg")) {
                exporter.writeSvg(mesh, target, options);
            } else {
                PngResult r = exporter.writePng(mesh, target, options);
                note = r.width() + " x " + r.height() + " px at scale " + r.scale();
            }
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (processCpuNanos() - c) / 1e6;
            }
        }
        long bytes = Files.size(target);
        Benchmark.Stats warm = Benchmark.Stats.of(wall, cpu);
        out.printf(Locale.ROOT, "%s warm: median %.0f ms, min %.0f ms, process CPU median %.0f ms  %s; %.1f MB %s%n",
                format, warm.medianMs(), warm.minMs(), warm.cpuMedianMs(), Arrays.toString(round(wall)), bytes / 1e6,
                note);
        double[] coldWall = new double[cold];
        double[] coldCpu = new double[cold];
        for (int i = 0; i < cold; i++) {
            double[] run = coldRun(format, file, target, scale);
            coldWall[i] = run[0];
            coldCpu[i] = run[1];
        }
        double coldWallMedian = cold == 0 ? -1 : Benchmark.Stats.of(coldWall).medianMs();
        double coldCpuMedian = cold == 0 ? -1 : Benchmark.Stats.of(coldCpu).medianMs();
        if (cold > 0) {
            out.printf(Locale.ROOT, "%s cold (fresh JVM, command line): wall %s ms, child CPU %s ms%n", format,
                    Arrays.toString(round(coldWall)), Arrays.toString(round(coldCpu)));
        }
        return new Result(mesh.nodes().size(), format, warm, warm.cpuMedianMs(), coldWallMedian, coldCpuMedian,
                bytes, note);
    }

    /** {wall ms seen from here, CPU ms the child reports} of one fresh-JVM export. */
    private static double[] coldRun(String format, Path file, Path target, double scale)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ExportBenchmark.class.getName(), CHILD, "export", "--format", format));
        if (format.equals("png")) {
            command.addAll(List.of("--scale", Double.toString(scale)));
        }
        command.addAll(List.of("-o", target.toString(), file.toString()));
        long t = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("the cold run failed: " + output);
        }
        double wallMs = (System.nanoTime() - t) / 1e6;
        double cpuMs = -1;
        for (String line : output.split("\n")) {
            if (line.startsWith("cpu-ms ")) {
                cpuMs = Double.parseDouble(line.substring(7).trim());
            }
        }
        return new double[] {wallMs, cpuMs};
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static void printTable(List<Result> results, PrintStream out) {
        out.println();
        out.println("| nodes | format | warm ms (median / min) | warm CPU ms | cold ms | cold CPU ms | output |");
        out.println("|---:|---|---:|---:|---:|---:|---|");
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %,d | %s | %.0f / %.0f | %.0f | %s | %s | %.1f MB%s |%n", r.nodes(), r.format(),
                    r.warm().medianMs(), r.warm().minMs(), r.warmCpuMedianMs(),
                    r.coldWallMedianMs() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", r.coldWallMedianMs()),
                    r.coldCpuMedianMs() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", r.coldCpuMedianMs()),
                    r.bytes() / 1e6, r.note().isEmpty() ? "" : ", " + r.note());
        }
    }

    private static final String USAGE = """
            Usage: java -cp ... org.meshwright.bench.ExportBenchmark [options]
              --sizes 1000,10000   node counts (default 1000,10000)
              --warmups N          untimed runs before each series (default 2)
              --iterations N       timed runs per series (default 5)
              --cold N             fresh-JVM runs of the command line per format and size (default 3)
              --scale F            PNG scale (default 2, the command line's default)
              --seed N             generator seed (default 42)
            """;

    /** Runs the benchmark; see {@code --help}. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CHILD)) {
            // A cold run: the command line in this fresh JVM, then what it cost.
            int code = MeshwrightCli.run(Arrays.copyOfRange(args, 1, args.length));
            System.out.printf(Locale.ROOT, "cpu-ms %.1f%n", processCpuNanos() / 1e6);
            System.out.printf(Locale.ROOT, "uptime-ms %d%n", ManagementFactory.getRuntimeMXBean().getUptime());
            System.exit(code);
            return;
        }
        List<Integer> sizes = List.of(1_000, 10_000);
        int warmups = 2;
        int iterations = 5;
        int cold = 3;
        double scale = 2;
        long seed = 42;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Benchmark.sizes(Benchmark.value(args, ++i));
                case "--warmups" -> warmups = Integer.parseInt(Benchmark.value(args, ++i));
                case "--iterations" -> iterations = Integer.parseInt(Benchmark.value(args, ++i));
                case "--cold" -> cold = Integer.parseInt(Benchmark.value(args, ++i));
                case "--scale" -> scale = Double.parseDouble(Benchmark.value(args, ++i));
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
        run(sizes, warmups, iterations, cold, scale, seed, System.out);
    }
}
