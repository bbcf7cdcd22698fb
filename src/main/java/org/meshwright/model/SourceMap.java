package org.meshwright.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a mesh was defined in the file it was read from (1-based line and
 * column), so that findings and messages can point at it. A mesh built in memory has an
 * empty source map.
 */
public final class SourceMap {

    /** A 1-based position in a file. */
    public record Position(int line, int column) {
    }

    public static final SourceMap EMPTY = new SourceMap();

    private final Map<ElementRef, Position> positions = new HashMap<>();

    /** Records where {@code ref} is defined; the first definition wins. */
    public void put(ElementRef ref, Position position) {
        positions.putIfAbsent(ref, position);
    }

    public Optional<Position> positionOf(ElementRef ref) {
        return Optional.ofNullable(positions.get(ref));
    }

    /** The line of {@code ref}'s definition, or 0 where it is unknown. */
    public int lineOf(ElementRef ref) {
        Position p = positions.get(ref);
        return p == null ? 0 : p.line();
    }

    public int size() {
        return positions.size();
    }
}
