package org.meshwright.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundGateTest {

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final BackgroundGate gate = new BackgroundGate(thread);

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void aTaskWaitsWhileHeldAndRunsOnRelease() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        gate.hold();
        gate.execute(() -> {
            ran.add("task");
            done.countDown();
        });

        assertThat(done.await(200, TimeUnit.MILLISECONDS)).as("held: not started").isFalse();
        gate.release();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("task");
        assertThat(gate.isHeld()).isFalse();
    }

    @Test
    void aTaskMayHoldTheTasksAfterIt() throws Exception {
        CountDownLatch second = new CountDownLatch(1);
        gate.execute(gate::hold); // as the scene builder does before its scene is painted
        gate.execute(second::countDown);

        assertThat(second.await(200, TimeUnit.MILLISECONDS)).isFalse();
        gate.release();
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLostReleaseHoldsNoLongerThanTheLimit() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        gate.hold();
        long start = System.nanoTime();
        gate.execute(done::countDown);

        assertThat(done.await(BackgroundGate.MAX_HOLD_MILLIS + 5_000, TimeUnit.MILLISECONDS)).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(BackgroundGate.MAX_HOLD_MILLIS - 50);
        assertThat(gate.isHeld()).as("the lost hold is forgotten").isFalse();
    }

    @Test
    void releasingMoreThanHeldDoesNotOpenAFutureHold() throws Exception {
        gate.release();
        gate.hold();
        CountDownLatch done = new CountDownLatch(1);
        gate.execute(done::countDown);

        assertThat(done.await(200, TimeUnit.MILLISECONDS)).isFalse();
        gate.release();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
