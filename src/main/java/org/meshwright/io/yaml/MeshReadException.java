package org.meshwright.io.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** A mesh file could not be read: one or more {@link ReadError}s, in file order. */
public final class MeshReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ReadError> errors;

    public MeshReadException(List<ReadError> errors) {
        super(errors.stream().map(ReadError::format).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a read failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public MeshReadException(ReadError error) {
        this(List.of(error));
    }

    public List<ReadError> errors() {
        return errors;
    }

    /** The first error, the one to show where there is room for only one. */
    public ReadError first() {
        return errors.get(0);
    }
}
