package org.meshwright.io.yaml;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshwright.model.Mesh;

/**
 * What every input to {@link MeshReader} must end in: a model, or a {@link MeshReadException}
 * whose errors name the file, have a position that is 0 or 1-based and a one-line message
 * free of control characters;
 * never another exception, an out-of-memory error or a hang (each read has a time limit).
 * A model must also survive writing and reading back exactly, as any mesh does (but for
 * layout entries of elements that do not exist, which the writer drops by design).
 */
final class FuzzOracle implements AutoCloseable {

    /** The two acceptable ends of a read. */
    enum Outcome { MODEL, READ_ERROR }

    static final String FILE = "fuzz.mesh.yaml";

    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    FuzzOracle(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** Reads {@code input} under the time limit; an {@link AssertionError} says what went wrong. */
    Outcome check(byte[] input) {
        Future<Outcome> result = worker.submit(() -> read(input));
        try {
            return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is left behind, a daemon
            throw new AssertionError("hang: no result within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError failure) {
                throw failure;
            }
            throw new AssertionError("the reader threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The check without a time limit, on the calling thread. */
    static Outcome read(byte[] input) {
        MeshDocument document;
        try {
            document = new MeshReader().read(input, FILE);
        } catch (MeshReadException e) {
            checkErrors(e);
            return Outcome.READ_ERROR;
        }
        roundTrip(document.mesh());
        return Outcome.MODEL;
    }

    private static void checkErrors(MeshReadException e) {
        if (e.errors().isEmpty()) {
            throw new AssertionError("a read error without errors");
        }
        for (ReadError error : e.errors()) {
            boolean positioned = error.line() > 0 && error.column() > 0;
            boolean unpositioned = error.line() == 0 && error.column() == 0;
            if (!FILE.equals(error.file()) || !(positioned || unpositioned) || error.message() == null
                    || error.message().isBlank() || !TreeReader.printable(error.message()).equals(error.message())) {
                throw new AssertionError("malformed read error: " + error.file() + ":" + error.line() + ":"
                        + error.column() + ": [" + error.message() + "]");
            }
        }
    }

    private static void roundTrip(Mesh mesh) {
        MeshWriter writer = new MeshWriter();
        String written = writer.write(mesh);
        Mesh back;
        try {
            back = new MeshReader().read(written, "rewritten.mesh.yaml").mesh();
        } catch (MeshReadException e) {
            throw new AssertionError("a model read from the input does not read back once written: "
                    + e.getMessage() + "\n" + written, e);
        }
        if (!back.contentEquals(withoutStaleLayout(mesh))) {
            throw new AssertionError("a model read from the input changes when written and read back:\n" + written);
        }
        if (!writer.write(back).equals(written)) {
            throw new AssertionError("a model read from the input is written differently the second time");
        }
    }

    /** The mesh as the writer saves it: layout entries only for elements that exist. */
    static Mesh withoutStaleLayout(Mesh mesh) {
        Mesh copy = mesh.copy();
        for (String id : List.copyOf(copy.diagram().positions().keySet())) {
            if (copy.node(id) == null) {
                copy.diagram().setPosition(id, null);
            }
        }
        for (String id : List.copyOf(copy.diagram().bounds().keySet())) {
            if (copy.domain(id) == null) {
                copy.diagram().setBounds(id, null);
            }
        }
        return copy;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
