package org.meshwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.ReadError;

/** Reads the mesh files the commands are given, and reports read failures the way the command line shows them. */
final class MeshInputs {

    private final MeshReader reader;

    MeshInputs() {
        this(new MeshReader());
    }

    MeshInputs(MeshReader reader) {
        this.reader = reader;
    }

    /** Reads {@code file}; a missing or unreadable file is a {@link MeshReadException} as well. */
    MeshDocument read(Path file) throws MeshReadException {
        return reader.read(file);
    }

    /** Prints each error as {@code FILE:LINE:COLUMN: message}, one a line. */
    static void printErrors(MeshReadException failure, PrintWriter err) {
        for (ReadError error : failure.errors()) {
            err.println(error.format());
        }
        err.flush();
    }
}
