package org.meshwright.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a mesh was defined in the file it was read from (1-based line and
 * column), so that findings and messages can point at it. A mesh built in memory has an
 * empty source map.
 *
 * <p>A large file has an entry for each of hundreds of thousands of elements, so the map
 * keeps, per kind of element, the ids and the positions packed into numbers in arrays:
 * about 25 bytes an entry where a hash map of references and positions took over 80.
 */
public final class SourceMap {

    /** A 1-based position in a file. */
    public record Position(int line, int column) {
    }

    public static final SourceMap EMPTY = new SourceMap();

    private final Map<ElementKind, Table> tables = new EnumMap<>(ElementKind.class);
    private int size;

    /** Records where {@code ref} is defined; the first definition wins. */
    public void put(ElementRef ref, Position position) {
        Table table = tables.computeIfAbsent(ref.kind(), kind -> new Table());
        if (table.putIfAbsent(ref.id(), (long) position.line() << 32 | (position.column() & 0xFFFFFFFFL))) {
            size++;
        }
    }

    public Optional<Position> positionOf(ElementRef ref) {
        long packed = packed(ref);
        return packed < 0 ? Optional.empty() : Optional.of(new Position((int) (packed >>> 32), (int) packed));
    }

    /** The line of {@code ref}'s definition, or 0 where it is unknown. */
    public int lineOf(ElementRef ref) {
        long packed = packed(ref);
        return packed < 0 ? 0 : (int) (packed >>> 32);
    }

    public int size() {
        return size;
    }

    /** The packed position of {@code ref}, or -1. */
    private long packed(ElementRef ref) {
        Table table = tables.get(ref.kind());
        return table == null ? -1 : table.get(ref.id());
    }

    /**
     * Ids to packed positions (line in the high half, column in the low), open addressing.
     * The ids' hash codes sit in an array of their own, so that a probe compares numbers
     * and touches only the one id it finds.
     */
    private static final class Table {
        private String[] ids = new String[16];
        private int[] hashes = new int[16];
        private long[] positions = new long[16];
        private int count;

        /** Adds the entry unless {@code id} has one; whether it was added. */
        boolean putIfAbsent(String id, long position) {
            int hash = id.hashCode();
            int slot = slot(id, hash);
            if (ids[slot] != null) {
                return false;
            }
            ids[slot] = id;
            hashes[slot] = hash;
            positions[slot] = position;
            if (++count * 4 > ids.length * 3) {
                grow(); // at three quarters full: probes compare numbers, so a long one costs little
            }
            return true;
        }

        long get(String id) {
            int slot = slot(id, id.hashCode());
            return ids[slot] == null ? -1 : positions[slot];
        }

        /** The slot holding {@code id}, or the empty slot where it would go. */
        private int slot(String id, int hash) {
            int mask = ids.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (ids[slot] != null && (hashes[slot] != hash || !ids[slot].equals(id))) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            String[] oldIds = ids;
            int[] oldHashes = hashes;
            long[] oldPositions = positions;
            ids = new String[oldIds.length * 2];
            hashes = new int[oldIds.length * 2];
            positions = new long[oldIds.length * 2];
            for (int i = 0; i < oldIds.length; i++) {
                if (oldIds[i] != null) {
                    int slot = slot(oldIds[i], oldHashes[i]);
                    ids[slot] = oldIds[i];
                    hashes[slot] = oldHashes[i];
                    positions[slot] = oldPositions[i];
                }
            }
        }
    }
}
