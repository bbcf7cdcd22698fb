package org.meshwright.ui.editor;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.meshwright.model.Mesh;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Validator;

/**
 * Validates the open mesh off the UI thread. Each request validates a snapshot (a
 * {@link Mesh#copy()} nobody changes, see {@code EditorViewModel.snapshot()}); a result that
 * a newer request has overtaken is dropped, so the findings shown always belong to the
 * latest edit.
 */
public final class ValidationService {

    /** The findings of one validation, and how long it took from request to result. */
    public record Result(long generation, List<Finding> findings, long nanos) {
    }

    /** It leaves a processor free for the FX thread: validating a large mesh must not freeze the window. */
    private final Validator validator = Validator.leavingOneProcessor();
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param background where validations run (one thread, so they queue rather than compete)
     * @param ui         where results are delivered (the FX thread in the app)
     */
    public ValidationService(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Validates {@code snapshot}, which may be shared but not changed; {@code onResult} gets it unless overtaken. */
    public void request(Mesh snapshot, Consumer<Result> onResult) {
        long requested = System.nanoTime();
        long id = generation.incrementAndGet();
        background.execute(() -> {
            if (id != generation.get()) {
                return; // a newer request is queued: skip the work
            }
            List<Finding> findings = validator.validate(snapshot);
            long took = System.nanoTime() - requested;
            ui.execute(() -> {
                if (id == generation.get()) {
                    onResult.accept(new Result(id, findings, took));
                }
            });
        });
    }
}
