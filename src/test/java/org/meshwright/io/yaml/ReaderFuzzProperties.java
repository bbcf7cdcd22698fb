package org.meshwright.io.yaml;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The short fuzzing run of CI: a few thousand hostile inputs (see {@link FuzzInputs}) each end
 * in a model or a read error, in time. {@link ReaderFuzz} runs the long one (a million and more).
 */
class ReaderFuzzProperties {

    private static final FuzzOracle ORACLE = new FuzzOracle(30_000);

    @AfterContainer
    static void stopWorker() {
        ORACLE.close();
    }

    @Property(tries = 2000)
    void everyInputEndsInAModelOrAReadError(@ForAll("inputs") byte[] input) {
        FuzzOracle.Outcome outcome = ORACLE.check(input);

        Statistics.collect(outcome);
        Statistics.coverage(c -> {
            c.check(FuzzOracle.Outcome.MODEL).percentage(p -> p > 1);
            c.check(FuzzOracle.Outcome.READ_ERROR).percentage(p -> p > 50);
        });
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        return FuzzInputs.inputs();
    }
}
