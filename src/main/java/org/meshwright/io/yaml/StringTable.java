package org.meshwright.io.yaml;

/**
 * One copy of each short string read from a file: keys, keywords and ids recur many times
 * in a mesh file (an id at its definition, in references and in the layout), and one copy
 * each keeps large files, and the model built from them, small. It looks strings up by a
 * range of the file's UTF-8 bytes, so that a string already known costs no new copy, not
 * even a short-lived one (a 57 MB file holds 5.8 million scalars and 0.2 million distinct ones).
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

    /** The shared copy of the string that the UTF-8 bytes from {@code from} to {@code to} encode. */
    String get(byte[] utf8, int from, int to) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return Utf8.decode(utf8, from, to);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            byte b = utf8[i];
            if (b < 0) {
                return share(Utf8.decode(utf8, from, to)); // not ASCII: by the decoded string
            }
            hash = 31 * hash + b; // as String.hashCode: an ASCII byte is its character
        }
        int spread = spread(hash);
        int r = spread & (RECENT - 1);
        String last = recent[r];
        if (last != null && matches(last, utf8, from, length)) {
            return last;
        }
        int mask = slots.length - 1;
        int slot = spread & mask;
        for (String known = slots[slot]; known != null; known = slots[slot]) {
            if (matches(known, utf8, from, length)) {
                recent[r] = known;
                return known;
            }
            slot = (slot + 1) & mask;
        }
        String copy = Utf8.decode(utf8, from, to);
        add(slot, copy);
        recent[r] = copy;
        return copy;
    }

    /** Whether {@code s} is the ASCII text of the bytes from {@code from}. */
    private static boolean matches(String s, byte[] ascii, int from, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != ascii[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The shared copy of {@code s}. */
    String share(String s) {
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        int mask = slots.length - 1;
        int slot = spread(s.hashCode()) & mask;
        for (String known = slots[slot]; known != null; known = slots[slot]) {
            if (known.equals(s)) {
                return known;
            }
            slot = (slot + 1) & mask;
        }
        add(slot, s);
        return s;
    }

    private void add(int slot, String s) {
        slots[slot] = s;
        if (++size * 2 > slots.length) {
            grow();
        }
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
