package org.meshwright.io.yaml;

import java.nio.charset.StandardCharsets;

/** The UTF-8 facts {@link BlockYamlParser} needs of a file's bytes, without decoding the file. */
final class Utf8 {

    /** {@link #check}: every byte is printable ASCII or a line feed. */
    static final int ASCII = 1;
    /** {@link #check}: valid UTF-8 of characters the parser's subset allows, some beyond ASCII. */
    static final int SIMPLE = 2;
    /** {@link #check}: anything else. */
    static final int OTHER = 0;

    private Utf8() {
    }

    static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Whether the bytes from {@code from} on are valid UTF-8 of the characters the subset
     * allows: printable ones of the Basic Multilingual Plane as SnakeYAML's reader accepts
     * them, and line feeds; no tab, no carriage return, none of the characters YAML 1.1
     * takes as a line break (U+0085, U+2028, U+2029), no byte order mark inside.
     */
    static int check(byte[] bytes, int from) {
        int result = ASCII;
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i];
            if (b >= 0x20 && b <= 0x7E || b == '\n') {
                continue;
            }
            if (b >= 0) {
                return OTHER; // a control character
            }
            int lead = b & 0xFF;
            int c;
            if (lead >= 0xC2 && lead <= 0xDF && isContinuation(bytes, i + 1)) {
                c = (lead & 0x1F) << 6 | bytes[i + 1] & 0x3F;
                i += 1;
            } else if (lead >= 0xE0 && lead <= 0xEF && isContinuation(bytes, i + 1) && isContinuation(bytes, i + 2)) {
                c = (lead & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F;
                i += 2;
                if (c < 0x800 || c >= 0xD800 && c <= 0xDFFF) {
                    return OTHER; // an overlong form or a surrogate
                }
            } else {
                return OTHER; // beyond the Basic Multilingual Plane, or not UTF-8
            }
            if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) {
                return OTHER;
            }
            result = SIMPLE;
        }
        return result;
    }

    private static boolean isContinuation(byte[] bytes, int i) {
        return i < bytes.length && (bytes[i] & 0xC0) == 0x80;
    }

    /** The number of characters the bytes from {@code from} to {@code to} encode (of valid UTF-8). */
    static int characters(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    static String decode(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
