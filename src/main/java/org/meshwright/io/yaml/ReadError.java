package org.meshwright.io.yaml;

/**
 * One reason a mesh file could not be read, at a 1-based line and column (0 where the
 * problem has no position, such as a missing file).
 */
public record ReadError(String file, int line, int column, String message) {

    /** {@code FILE:LINE:COLUMN: message}, the form the command line prints. */
    public String format() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
