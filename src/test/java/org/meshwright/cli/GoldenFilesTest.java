package org.meshwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.testutil.Golden;

/**
 * Every sample exported through the command line in every format, compared exactly with
 * the golden files in {@code src/test/resources/golden/<sample>/} (see {@link Golden}; run
 * with {@code -Dmeshwright.golden.update=true} to regenerate them). The PNG is drawn at
 * {@code --scale 1} to keep the golden files small.
 */
class GoldenFilesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("samples");

    /** One golden entry per sample: its name in the sample's folder, and the export options that make it. */
    record Variant(String golden, String format, List<String> options) {
        @Override
        public String toString() {
            return golden;
        }
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("diagram.svg", "svg", List.of()),
            new Variant("diagram-findings.svg", "svg", List.of("--findings")),
            new Variant("diagram.png", "png", List.of("--scale", "1")),
            new Variant("graph.dot", "dot", List.of()),
            new Variant("graph.graphml", "graphml", List.of()),
            new Variant("flowchart.mmd", "mermaid", List.of()),
            new Variant("mesh.yaml", "yaml", List.of()),
            new Variant("odps", "odps", List.of()),
            new Variant("odcs", "odcs", List.of()),
            new Variant("dpds", "dpds", List.of()),
            new Variant("catalog-info.yaml", "backstage", List.of()));

    @TempDir
    Path tmp;

    static List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mesh.yaml")).sorted().toList();
        }
    }

    static String sampleName(Path sample) {
        String file = sample.getFileName().toString();
        return file.substring(0, file.length() - ".mesh.yaml".length());
    }

    @TestFactory
    Stream<DynamicTest> everySampleInEveryFormatMatchesItsGoldenFile() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            for (Variant variant : VARIANTS) {
                String name = sampleName(sample) + "/" + variant.golden();
                tests.add(dynamicTest(name, () -> {
                    Path out = tmp.resolve(sampleName(sample)).resolve(variant.golden());
                    Files.createDirectories(out.getParent());
                    List<String> args = new ArrayList<>(List.of("export", "--format", variant.format()));
                    args.addAll(variant.options());
                    args.addAll(List.of("-o", out.toString(), sample.toString()));

                    CliRun run = CliRun.of(args.toArray(String[]::new));

                    assertThat(run.exitCode()).as(run.err()).isZero();
                    Golden.check(out, Golden.ROOT.resolve(name));
                }));
            }
        }
        return tests.stream();
    }

    /** No golden file is left over from a renamed sample or format; an update removes such leftovers. */
    @Test
    void theGoldenFolderHoldsExactlyOneEntryPerSampleAndVariant() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Path sample : samples()) {
            for (Variant variant : VARIANTS) {
                expected.add(sampleName(sample) + "/" + variant.golden());
            }
        }
        if (Golden.updating()) {
            // the other tests of this class (re)write the expected entries, in whatever order JUnit runs them
            for (Path stale : entries()) {
                if (!expected.contains(Golden.ROOT.relativize(stale).toString().replace('\\', '/'))) {
                    Golden.delete(stale);
                }
            }
            return;
        }
        assertThat(entries()).extracting(p -> Golden.ROOT.relativize(p).toString().replace('\\', '/'))
                .as("entries of " + Golden.ROOT + "; regenerate with -D" + Golden.UPDATE_PROPERTY + "=true")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The sample folders' entries (files and the descriptor folders), not what lies inside those folders. */
    private static List<Path> entries() throws Exception {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(Golden.ROOT)) {
            return entries;
        }
        try (Stream<Path> folders = Files.list(Golden.ROOT)) {
            for (Path folder : folders.sorted().toList()) {
                if (!Files.isDirectory(folder)) {
                    entries.add(folder);
                    continue;
                }
                try (Stream<Path> inside = Files.list(folder)) {
                    inside.sorted().forEach(entries::add);
                }
            }
        }
        return entries;
    }
}
