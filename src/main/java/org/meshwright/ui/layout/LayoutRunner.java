package org.meshwright.ui.layout;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.meshwright.edit.Command;
import org.meshwright.edit.CompoundCommand;
import org.meshwright.edit.Edits;
import org.meshwright.layout.AutoLayout;
import org.meshwright.layout.LayoutCancelledException;
import org.meshwright.layout.LayoutMonitor;
import org.meshwright.layout.LayoutOptions;
import org.meshwright.layout.LayoutResult;
import org.meshwright.model.Mesh;

/**
 * Runs an {@link AutoLayout} for the editor: on a {@link Mesh#copy() snapshot}, on the
 * background executor, with progress and a cancel, and hands back one undoable command
 * that moves everything the layout placed. Nothing touches the editor's mesh until the
 * caller executes that command.
 */
public final class LayoutRunner {

    /** How a layout run ended. */
    public sealed interface Outcome {
        /** Done: execute {@code command} (it is a no-op where nothing moves); {@code moved} counts elements. */
        record Done(Command command, int moved) implements Outcome {
        }

        record Cancelled() implements Outcome {
        }

        record Failed(String message) implements Outcome {
        }
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    public LayoutRunner(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done, 0 to 1; -1 before the first report. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the layout is doing, for a person. */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /**
     * Lays out a snapshot of {@code mesh}; {@code done} gets the outcome on the UI executor.
     * The command it carries is made against {@code mesh} as it is when the layout ends.
     */
    public void run(Mesh mesh, LayoutOptions options, String label, Consumer<Outcome> done) {
        if (running.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        Mesh snapshot = mesh.copy();
        running.set(true);
        progress.set(-1);
        step.set("Laying out " + snapshot.nodes().size() + " nodes\u2026");
        background.execute(() -> {
            Outcome outcome;
            LayoutResult result = null;
            try {
                result = new AutoLayout().layout(snapshot, options, new LayoutMonitor() {
                    @Override
                    public void progress(double fraction, String what) {
                        ui.execute(() -> {
                            progress.set(fraction);
                            step.set(what);
                        });
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get();
                    }
                });
                outcome = null;
            } catch (LayoutCancelledException e) {
                outcome = new Outcome.Cancelled();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                outcome = new Outcome.Failed("the layout stopped unexpectedly (" + e.getClass().getSimpleName()
                        + "); your diagram is unchanged");
            }
            LayoutResult placed = result;
            Outcome early = outcome;
            ui.execute(() -> {
                running.set(false);
                step.set("");
                if (early != null) {
                    done.accept(early);
                } else if (cancelled.get()) {
                    done.accept(new Outcome.Cancelled());
                } else {
                    done.accept(commandFor(mesh, placed, label));
                }
            });
        });
    }

    /** Asks the running layout to stop; its outcome is then {@link Outcome.Cancelled}. */
    public void cancel() {
        cancel.set(true);
    }

    private static Outcome commandFor(Mesh mesh, LayoutResult result, String label) {
        // Ids that vanished while the layout ran (it runs on a snapshot) are left out.
        var positions = new java.util.LinkedHashMap<>(result.positions());
        positions.keySet().removeIf(id -> mesh.node(id) == null);
        var bounds = new java.util.LinkedHashMap<>(result.bounds());
        bounds.keySet().removeIf(id -> mesh.domain(id) == null);
        Command move = Edits.move(mesh, positions, bounds);
        long moved = positions.entrySet().stream()
                .filter(e -> !e.getValue().equals(mesh.diagram().position(e.getKey()))).count()
                + bounds.entrySet().stream().filter(e -> !e.getValue().equals(mesh.diagram().bounds(e.getKey()))).count();
        return new Outcome.Done(new CompoundCommand(label, java.util.List.of(move)), (int) moved);
    }
}
