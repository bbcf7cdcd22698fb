package org.meshwright.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.meshwright.io.AtomicFiles;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Mesh;

/**
 * Proves that a save never costs the old file: a child JVM saves a large generated mesh
 * again and again through {@link MeshWriter#save}, alternating two different versions, and
 * is killed with SIGKILL ({@link ProcessHandle#destroyForcibly()}) at a random moment inside a
 * save. After every kill the target must be byte for byte one of the two versions: never a
 * mix, never empty, never missing. The temporary file a killed save leaves is classified
 * (where the kill landed) and must be gone after the next child's first completed save.
 *
 * <p>Aiming: a first child saves a few times undisturbed to measure how long the first,
 * second and third save of a fresh JVM take, in all and from the appearance of the temporary
 * file on (writing, fsync, rename). A third of the children are then killed a uniformly
 * random delay within the whole save after announcing it; the others, within the file
 * phase after their temporary file appears, as serializing the mesh takes most of a save.
 *
 * <p>Run it from the command line: {@code SaveKillHarness [--kills N] [--nodes N] [--seed S]
 * [--dir FOLDER]} (defaults: 100 kills, 10,000 nodes, seed 1, a temporary folder).
 */
public final class SaveKillHarness {

    private static final String READY = "READY";
    private static final String SAVING = "SAVING";
    private static final String SAVED = "SAVED";
    private static final int AIMED_SAVES = 3;

    /** Where a kill landed, told from the child's last message and what it left on disk. */
    public enum Phase {
        SERIALIZING("serializing (no temporary file yet)"),
        WRITING("writing the temporary file"),
        SYNC_OR_RENAME("temporary file complete: fsync or rename pending"),
        AFTER_RENAME("after the rename (folder fsync, returning)"),
        BETWEEN_SAVES("between two saves");

        private final String description;

        Phase(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * What to run.
     *
     * @param kills the number of children to kill
     * @param nodes the size of the generated meshes
     * @param seed  seeds the generator (the two versions use {@code seed} and {@code seed + 1})
     *              and the choice of the kill moments
     * @param dir   the folder of the target file (and the children's stderr logs)
     */
    public record Options(int kills, int nodes, long seed, Path dir) {
        public Options {
            if (kills < 1 || nodes < MeshGenerator.MIN_NODES) {
                throw new IllegalArgumentException("need at least one kill and " + MeshGenerator.MIN_NODES + " nodes");
            }
        }
    }

    /**
     * What the kills showed.
     *
     * @param kills            children killed
     * @param phases           kills per phase
     * @param violations       what went wrong (empty when saving is crash-safe)
     * @param leftovers        temporary files the kills left behind
     * @param leftoversCleaned of those, the ones a later save was seen to delete
     * @param saveMillis       the measured durations of the first, second and third save
     * @param fileMillis       of those, the time from the temporary file's appearance to the end
     * @param fileBytes        the sizes of the two versions
     * @param seconds          the wall-clock time of the run
     */
    public record Report(int kills, Map<Phase, Integer> phases, List<String> violations, int leftovers,
                         int leftoversCleaned, double[] saveMillis, double[] fileMillis, long[] fileBytes, double seconds) {

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%d kills in %.1f s; versions of %,d and %,d bytes%n", kills, seconds,
                    fileBytes[0], fileBytes[1]);
            out.printf(Locale.ROOT, "first three saves: %s ms, of which temporary file to rename: %s ms%n",
                    millis(saveMillis), millis(fileMillis));
            phases.forEach((phase, count) -> out.printf(Locale.ROOT, "  %-50s %4d%n", phase.description(), count));
            out.printf(Locale.ROOT, "leftover temporary files: %d, deleted by the next save: %d%n", leftovers,
                    leftoversCleaned);
            out.println(violations.isEmpty() ? "the target was always exactly the old or the new version"
                    : violations.size() + " violations:");
            violations.forEach(v -> out.println("  " + v));
        }

        private static String millis(double[] values) {
            return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private SaveKillHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), args[4].equals("B"),
                    Integer.parseInt(args[5]));
            return;
        }
        int kills = 100;
        int nodes = 10_000;
        long seed = 1;
        Path dir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--kills" -> kills = Integer.parseInt(args[i + 1]);
                case "--nodes" -> nodes = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --kills N --nodes N --seed S --dir FOLDER");
            }
        }
        Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("meshwright-kill");
        Report report = run(new Options(kills, nodes, seed, folder), System.out);
        report.print(System.out);
        System.exit(report.violations().isEmpty() ? 0 : 1);
    }

    /** Runs the kills and reports; {@code log} gets one line per kill. */
    public static Report run(Options options, PrintStream log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        byte[][] versions = {bytesOf(options.nodes(), options.seed()), bytesOf(options.nodes(), options.seed() + 1)};
        if (Arrays.equals(versions[0], versions[1])) {
            throw new IllegalStateException("the two versions must differ");
        }
        Path target = options.dir().resolve("killed.mesh.yaml");
        AtomicFiles.write(target, versions[0]);
        Random random = new Random(options.seed());
        Map<Phase, Integer> phases = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            phases.put(phase, 0);
        }
        List<String> violations = new ArrayList<>();

        double[][] calibration = calibrate(options, target);
        double[] saveMillis = calibration[0];
        double[] fileMillis = calibration[1];
        int current = Arrays.equals(Files.readAllBytes(target), versions[0]) ? 0 : 1;

        Set<Path> previousLeftovers = Set.of();
        int leftovers = 0;
        int cleaned = 0;
        for (int kill = 1; kill <= options.kills(); kill++) {
            boolean aimAtFile = kill % 3 != 0;
            int save = 1 + random.nextInt(AIMED_SAVES);
            double window = aimAtFile ? fileMillis[save - 1] : saveMillis[save - 1];
            long delay = (long) (random.nextDouble() * window * 1e6);
            Child child = Child.start(options, target, current == 0, Integer.MAX_VALUE);
            child.awaitSave(save);
            if (aimAtFile) {
                child.awaitTemporaryFile(target, previousLeftovers);
            }
            List<String> lines = child.killAfter(delay);

            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            Set<Path> temps = temporaryFiles(target);
            byte[] now = Files.exists(target) ? Files.readAllBytes(target) : null;
            int found = now == null ? -1 : Arrays.equals(now, versions[0]) ? 0 : Arrays.equals(now, versions[1]) ? 1 : -1;
            if (found < 0) {
                violations.add("kill " + kill + ": the target is " + (now == null ? "missing"
                        : now.length == 0 ? "empty" : "neither version (" + now.length + " bytes)") + " after " + last);
            }
            long stillThere = previousLeftovers.stream().filter(Files::exists).count();
            cleaned += previousLeftovers.size() - (int) stillThere;
            if (stillThere > 0 && lines.stream().anyMatch(l -> l.startsWith(SAVED))) {
                violations.add("kill " + kill + ": " + stillThere + " leftover temporary files survived a completed save");
            }
            Set<Path> fresh = new HashSet<>(temps);
            fresh.removeAll(previousLeftovers);
            Phase phase = phase(last, fresh, versions, found);
            phases.merge(phase, 1, Integer::sum);
            leftovers += fresh.size();
            log.printf(Locale.ROOT, "kill %3d: save %d, %s + %6.1f ms: %s; target is version %s%n", kill, save,
                    aimAtFile ? "temp file" : "announced", delay / 1e6, phase.description(),
                    found < 0 ? "?" : found == 0 ? "A" : "B");
            previousLeftovers = temps;
            current = found < 0 ? current : found;
        }

        // A last undisturbed save deletes what the kills left, and readers never saw it.
        try {
            new MeshReader().read(target);
        } catch (MeshReadException e) {
            violations.add("the target does not read: " + e.first());
        }
        Child last = Child.start(options, target, current == 0, 1);
        last.finish();
        cleaned += (int) previousLeftovers.stream().filter(p -> !Files.exists(p)).count();
        if (!temporaryFiles(target).isEmpty()) {
            violations.add("temporary files survived the final save: " + temporaryFiles(target));
        }
        return new Report(options.kills(), phases, violations, leftovers, cleaned, saveMillis, fileMillis,
                new long[] {versions[0].length, versions[1].length}, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Lets a child save {@value #AIMED_SAVES} times undisturbed and measures, for each save,
     * the time from its announcement to its end and from its temporary file's appearance to
     * its end (milliseconds, as seen from here).
     */
    private static double[][] calibrate(Options options, Path target) throws IOException, InterruptedException {
        double[] save = new double[AIMED_SAVES];
        double[] file = new double[AIMED_SAVES];
        Child child = Child.start(options, target, true, AIMED_SAVES);
        for (int i = 0; i < AIMED_SAVES; i++) {
            child.awaitSave(i + 1);
            long announced = System.nanoTime();
            long appeared = child.awaitTemporaryFile(target, Set.of()) ? System.nanoTime() : -1;
            if (!child.seen.get(child.seen.size() - 1).startsWith(SAVED)) {
                child.awaitSaved(i + 1);
            }
            long done = System.nanoTime();
            save[i] = (done - announced) / 1e6;
            file[i] = appeared < 0 ? 0 : (done - appeared) / 1e6;
        }
        child.finish();
        // A temporary file that came and went between two looks was not seen: take the
        // longest file phase that was.
        double seen = Arrays.stream(file).filter(f -> f > 0).max().orElse(0);
        for (int i = 0; i < AIMED_SAVES; i++) {
            if (file[i] <= 0) {
                file[i] = seen > 0 ? seen : save[i] / 10;
            }
        }
        return new double[][] {save, file};
    }

    /** The phase from the child's last message and the fresh temporary files. */
    private static Phase phase(String last, Set<Path> fresh, byte[][] versions, int found) throws IOException {
        if (!last.startsWith(SAVING)) {
            return Phase.BETWEEN_SAVES;
        }
        int saving = last.endsWith("B") ? 1 : 0;
        if (fresh.isEmpty()) {
            return found == saving ? Phase.AFTER_RENAME : Phase.SERIALIZING;
        }
        long size = Files.size(fresh.iterator().next());
        return size < versions[saving].length ? Phase.WRITING : Phase.SYNC_OR_RENAME;
    }

    private static Set<Path> temporaryFiles(Path target) throws IOException {
        try (var files = Files.list(target.toAbsolutePath().getParent())) {
            return new HashSet<>(files.filter(p -> AtomicFiles.isTemporaryFileOf(target, p)).toList());
        }
    }

    private static Mesh version(int nodes, long seed) {
        return MeshGenerator.generate(nodes, seed);
    }

    private static byte[] bytesOf(int nodes, long seed) {
        return new MeshWriter().write(version(nodes, seed)).getBytes(StandardCharsets.UTF_8);
    }

    /** The child: saves the two versions in turn, announcing each save, {@code saves} times. */
    private static void child(Path target, int nodes, long seed, boolean startWithB, int saves) throws IOException {
        Mesh[] meshes = {version(nodes, seed), version(nodes, seed + 1)};
        MeshWriter writer = new MeshWriter();
        PrintStream out = System.out;
        out.println(READY);
        out.flush();
        int next = startWithB ? 1 : 0;
        for (int i = 1; i <= saves; i++) {
            String name = next == 0 ? "A" : "B";
            out.println(SAVING + " " + i + " " + name);
            out.flush();
            long t = System.nanoTime();
            writer.save(meshes[next], target);
            out.println(SAVED + " " + i + " " + name + " " + (System.nanoTime() - t));
            out.flush();
            next = 1 - next;
        }
    }

    /** A running child JVM and the lines it printed. */
    private static final class Child {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final Thread pump;

        private Child(Process process) {
            this.process = process;
            this.pump = new Thread(this::pump, "kill-harness-stdout");
            pump.setDaemon(true);
            pump.start();
        }

        static Child start(Options options, Path target, boolean startWithB, int saves) throws IOException {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    SaveKillHarness.class.getName(), "--child", target.toString(), String.valueOf(options.nodes()),
                    String.valueOf(options.seed()), startWithB ? "B" : "A", String.valueOf(saves));
            builder.redirectError(ProcessBuilder.Redirect.appendTo(options.dir().resolve("children.stderr.log").toFile()));
            return new Child(builder.start());
        }

        private void pump() {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                lines.add("");
            }
        }

        /** Waits for the child's announcement of save {@code save}. */
        void awaitSave(int save) throws InterruptedException, IOException {
            awaitLine(SAVING + " " + save + " ");
        }

        /** Waits for the child to report save {@code save} done. */
        void awaitSaved(int save) throws InterruptedException, IOException {
            awaitLine(SAVED + " " + save + " ");
        }

        private void awaitLine(String prefix) throws InterruptedException, IOException {
            while (true) {
                String line = lines.poll(120, TimeUnit.SECONDS);
                if (line == null || line.isEmpty()) {
                    process.toHandle().destroyForcibly();
                    throw new IOException("the saving child stopped before '" + prefix.strip()
                            + "'; see children.stderr.log");
                }
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return;
                }
            }
        }

        /**
         * Waits, after the announcement of a save, until its temporary file appears (true) or
         * the save ends first (false), polling the folder as fast as it can.
         */
        boolean awaitTemporaryFile(Path target, Set<Path> ignore) throws IOException {
            while (true) {
                Set<Path> temps = temporaryFiles(target);
                temps.removeAll(ignore);
                if (!temps.isEmpty()) {
                    return true;
                }
                String line = lines.poll();
                if (line != null) {
                    if (line.isEmpty()) {
                        return false;
                    }
                    seen.add(line);
                    if (line.startsWith(SAVED)) {
                        return false;
                    }
                }
                Thread.onSpinWait();
            }
        }

        /** Kills the child after {@code delayNanos}; all it printed. */
        List<String> killAfter(long delayNanos) throws InterruptedException {
            long until = System.nanoTime() + delayNanos;
            while (System.nanoTime() < until) {
                LockSupport.parkNanos(Math.min(100_000, until - System.nanoTime()));
            }
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of
            // the pipe and lose the child's last lines, which tell where the kill landed.
            process.toHandle().destroyForcibly();
            return drain();
        }

        /** Waits for the end; everything the child printed. */
        List<String> finish() throws InterruptedException, IOException {
            List<String> all = drain();
            if (process.exitValue() != 0) {
                throw new IOException("the saving child failed (exit " + process.exitValue() + "); see children.stderr.log");
            }
            return all;
        }

        /** Waits for the child to end and its output to be read. */
        private List<String> drain() throws InterruptedException {
            process.waitFor();
            pump.join();
            lines.drainTo(seen);
            seen.removeIf(String::isEmpty);
            return seen;
        }
    }
}
