package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.ElementRef;

/**
 * The samples against the rule catalogue: the clean samples are clean, and the violation
 * samples break every rule exactly where their {@code # violates: RULE} comments say.
 */
class SampleFindingsTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Pattern VIOLATES = Pattern.compile("#\\s*violates:\\s*([a-z][a-z-]*)");

    static Stream<Path> violationFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().matches("violations.*\\.mesh\\.yaml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eshop-governed", "eshop-harmonized", "eshop-federated", "bank-governed"})
    void cleanSampleHasNoErrorsAndNoWarnings(String name) throws Exception {
        MeshDocument doc = read(SAMPLES.resolve(name + ".mesh.yaml"));

        List<Finding> found = new Validator().validate(doc.mesh());

        assertThat(found).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void violationFilesTogetherBreakEveryRuleOfTheCatalogue() throws Exception {
        Set<String> broken = new TreeSet<>();
        for (Path file : violationFiles().toList()) {
            new Validator().validate(read(file).mesh()).forEach(f -> broken.add(f.rule()));
        }

        assertThat(RuleCatalog.rules()).hasSize(20);
        assertThat(broken).containsExactlyInAnyOrderElementsOf(RuleCatalog.rules().stream().map(Rule::id).toList());
    }

    @ParameterizedTest
    @MethodSource("violationFiles")
    void everyViolatesCommentHasAFindingOfItsRuleAtItsElement(Path file) throws Exception {
        MeshDocument doc = read(file);
        List<Finding> found = new Validator().validate(doc.mesh());
        List<Marker> markers = markers(file);

        assertThat(markers).isNotEmpty();
        for (Marker marker : markers) {
            assertThat(found)
                    .as("%s:%d: violates %s (element on line %d)", file, marker.commentLine(), marker.rule(),
                            marker.elementLine())
                    .anySatisfy(f -> {
                        assertThat(f.rule()).isEqualTo(marker.rule());
                        assertThat(lineOf(doc, f)).isIn(marker.commentLine(), marker.elementLine());
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("violationFiles")
    void everyFindingOfAViolationFileIsMarkedByAComment(Path file) throws Exception {
        MeshDocument doc = read(file);
        List<Marker> markers = markers(file);

        for (Finding f : new Validator().validate(doc.mesh())) {
            int line = lineOf(doc, f);
            assertThat(markers).as("%s:%d: %s %s is not marked", file, line, f.rule(), f.elementIds())
                    .anySatisfy(m -> {
                        assertThat(m.rule()).isEqualTo(f.rule());
                        assertThat(line).isIn(m.commentLine(), m.elementLine());
                    });
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    /** A {@code # violates: RULE} comment, and the line of the element it marks. */
    record Marker(String rule, int commentLine, int elementLine) {
    }

    /** The markers of a file; a whole-line comment marks the next line that is no comment. */
    static List<Marker> markers(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = VIOLATES.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            int target = i + 1;
            if (lines.get(i).strip().startsWith("#")) {
                target = i + 2;
                while (target <= lines.size() && isCommentOrBlank(lines.get(target - 1))) {
                    target++;
                }
            }
            markers.add(new Marker(m.group(1), i + 1, target));
        }
        return markers;
    }

    private static boolean isCommentOrBlank(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** The line of a finding's first element, or of {@code spec.topology} for a finding about the mesh. */
    static int lineOf(MeshDocument doc, Finding finding) {
        ElementRef ref = finding.elements().isEmpty() ? ElementRef.MESH : finding.elements().get(0);
        int line = doc.sourceMap().lineOf(ref);
        assertThat(line).as("source line of %s", ref).isPositive();
        return line;
    }

    private static MeshDocument read(Path file) throws Exception {
        return new MeshReader().read(file);
    }
}
