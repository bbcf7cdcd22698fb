package org.meshwright.io.yaml;

/**
 * One copy of each short string read from a file: keys, keywords and ids recur many times
 * in a mesh file (an id at its definition, in references and in the layout), and one copy
 * each keeps large files, and the model built from them, small. It looks strings up by a
 * range of the text, so that a string already known costs no new copy, not even a
 * short-lived one (a 57 MB file holds 5.8 million scalars and 0.2 million distinct ones).
 * Strings longer than {@link #MAX_LENGTH} are not shared. A small cache in front holds the
 * strings met last by hash, the keys and keywords that make up most lookups, where the
 * processor's cache still has them. Not thread-safe.
 */
final class StringTable {

    /** Longer strings are rarely repeated: descriptions, purposes. */
    static final int MAX_LENGTH = 64;

    private static final int RECENT = 1024;

    private final String[] recent = new String[RECENT];
    private String[] slots;
    private int size;

    /** A table sized for about {@code expected} distinct strings. */
    StringTable(int expected) {
        slots = new String[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1];
    }

    /** The shared copy of {@code text.substring(from, to)}. */
    String get(String text, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return text.substring(from, to);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int spread = spread(hash);
        int r = spread & (RECENT - 1);
        String last = recent[r];
        if (last != null && last.length() == length && text.regionMatches(from, last, 0, length)) {
            return last;
        }
        String known = lookUp(text, from, to, spread);
        recent[r] = known;
        return known;
    }

    private String lookUp(String text, int from, int to, int spread) {
        int length = to - from;
        int mask = slots.length - 1;
        int slot = spread & mask;
        for (String known = slots[slot]; known != null; known = slots[slot]) {
            if (known.length() == length && text.regionMatches(from, known, 0, length)) {
                return known;
            }
            slot = (slot + 1) & mask;
        }
        String copy = text.substring(from, to);
        slots[slot] = copy;
        if (++size * 2 > slots.length) {
            grow();
        }
        return copy;
    }

    /** The shared copy of {@code s}. */
    String share(String s) {
        return s.length() > MAX_LENGTH ? s : get(s, 0, s.length());
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] old = slots;
        slots = new String[old.length * 2];
        int mask = slots.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = spread(s.hashCode()) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = s;
            }
        }
    }
}
