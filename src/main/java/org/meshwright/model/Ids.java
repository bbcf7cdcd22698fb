package org.meshwright.model;

import java.util.regex.Pattern;

/**
 * The id pattern of the mesh format: lower case, 1 to 63 characters, letters and digits at
 * both ends, {@code . _ -} inside. Every id and every reference to one matches it, except
 * the default link id {@code FROM->TO}.
 */
public final class Ids {

    /** {@code ^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$} */
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?");

    private Ids() {
    }

    /** Whether {@code s} is a valid id. */
    public static boolean isValid(String s) {
        // The PATTERN spelled out by hand: ids are checked for every reference of every file.
        if (s == null || s.isEmpty() || s.length() > 63) {
            return false;
        }
        if (!isEnd(s.charAt(0)) || !isEnd(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (!isEnd(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isEnd(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** Throws {@link IllegalArgumentException} unless {@code s} is a valid id. */
    public static String require(String s, String what) {
        if (!isValid(s)) {
            throw new IllegalArgumentException(what + " '" + s + "' is not a valid id");
        }
        return s;
    }

    /** Like {@link #require} but lets {@code null} through, for optional references. */
    public static String optional(String s, String what) {
        return s == null ? null : require(s, what);
    }

    /** The effective id of a link without an explicit one. */
    public static String defaultLinkId(String from, String to) {
        return from + "->" + to;
    }
}
