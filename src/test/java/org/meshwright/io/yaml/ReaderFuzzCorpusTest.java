package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the fuzz corpus (src/test/resources/fuzz-corpus): each input found by fuzzing, and
 * representative edge cases, still ends as its name says: {@code ok-*} in a model,
 * {@code err-*} in a read error, within the rules of {@link FuzzOracle}.
 */
class ReaderFuzzCorpusTest {

    private static final FuzzOracle ORACLE = new FuzzOracle(60_000);

    @AfterAll
    static void stopWorker() {
        ORACLE.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusInputEndsAsItsNameSays() throws Exception {
        return corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            FuzzOracle.Outcome expected = file.getFileName().toString().startsWith("ok-")
                    ? FuzzOracle.Outcome.MODEL : FuzzOracle.Outcome.READ_ERROR;
            assertThat(ORACLE.check(Files.readAllBytes(file))).isEqualTo(expected);
        }));
    }

    @Test
    void theCorpusNamesSayWhatToExpect() throws Exception {
        assertThat(corpus()).hasSizeGreaterThan(20)
                .allSatisfy(f -> assertThat(f.getFileName().toString()).matches("(ok|err)-[a-z0-9-]+\\.yaml"));
    }

    private static List<Path> corpus() throws Exception {
        try (Stream<Path> files = Files.list(FuzzInputs.CORPUS)) {
            return files.sorted().toList();
        }
    }
}
