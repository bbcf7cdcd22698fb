package org.meshwright.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Mesh;

/**
 * What autosave and the file watch cost on a large mesh (100,000 nodes unless
 * {@code -Dnodes=N}): the snapshot the editor takes on the UI thread ({@link Mesh#copy()}),
 * writing the recovery entry on the background thread, listing and reading it back, and one
 * look of the {@link FileWatch} when nothing changed and when the file did. Not a test: run
 * it as in docs/reliability.md, e.g.
 * <pre>
 * mvn -q test-compile
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.meshwright.io.RecoveryBenchmark
 * </pre>
 */
public final class RecoveryBenchmark {

    private RecoveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = Integer.getInteger("nodes", 100_000);
        int runs = Integer.getInteger("runs", 5);
        Mesh mesh = MeshGenerator.generate(nodes, 42);
        Path dir = Files.createTempDirectory("meshwright-recovery-bench");
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        RecoveryStore.Key key = RecoveryStore.Key.of(dir.resolve("big.mesh.yaml"));
        System.out.printf(Locale.ROOT, "mesh: %,d nodes, %,d links; max heap %,d MiB%n", mesh.nodes().size(),
                mesh.links().size(), Runtime.getRuntime().maxMemory() >> 20);

        report("snapshot (Mesh.copy, UI thread)", runs, () -> time(() -> mesh.copy()));
        Mesh snapshot = mesh.copy();
        report("recovery save (background)", runs, () -> time(() -> store.save(key, snapshot)));
        RecoveryStore.Entry entry = store.find(key).orElseThrow();
        System.out.printf(Locale.ROOT, "  recovery file: %.1f MB%n", Files.size(entry.meshFile()) / 1e6);
        report("recovery list", runs, () -> time(store::list));
        report("recovery read back", Math.min(runs, 3), () -> time(() -> store.read(entry)));

        Path file = dir.resolve("big.mesh.yaml");
        byte[] saved = new MeshWriter().write(mesh).getBytes(StandardCharsets.UTF_8);
        Files.write(file, saved);
        try (FileWatch watch = new FileWatch(file, change -> { })) {
            report("file watch: acknowledge (hash)", runs, () -> time(() -> {
                watch.acknowledge();
                return null;
            }));
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
            watch.acknowledge();
            report("file watch: look, unchanged", runs, () -> time(watch::checkNow));
            report("file watch: look, touched (hash)", runs, () -> time(() -> {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.nanoTime()));
                return watch.checkNow();
            }));
        }
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    private static long time(Work work) {
        long t = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - t;
    }

    private static void report(String what, int runs, LongSupplier run) {
        run.getAsLong(); // warm-up
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = run.getAsLong();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-36s median %8.1f ms, min %8.1f ms%n", what, nanos[runs / 2] / 1e6,
                nanos[0] / 1e6);
    }
}
