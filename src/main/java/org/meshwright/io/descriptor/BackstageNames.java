package org.meshwright.io.descriptor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns free text into the names Backstage accepts: entity names (1 to 63 characters,
 * {@code [a-z0-9]} runs joined by {@code -}, {@code _} or {@code .}) and tags ({@code [a-z0-9]}
 * runs joined by single {@code -}, at most 63 characters: a DNS label, which every
 * Backstage version's tag check accepts). Accents are folded ({@code é} to {@code e}),
 * letters lower-cased (Backstage compares names without case), anything else becomes a
 * separator.
 */
final class BackstageNames {

    static final int MAX = 63;

    private BackstageNames() {
    }

    /** {@code text} as a valid entity name, or {@code fallback} where nothing of it is usable. */
    static String entityName(String text, String fallback) {
        String s = fold(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            char out = keep ? c : '-';
            if (out == '-' && b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                continue;
            }
            b.append(out);
        }
        String name = trim(b, MAX);
        return name.isEmpty() ? fallback : name;
    }

    /** {@code text} as a valid tag, or {@code null} where nothing of it is usable. */
    static String tag(String text) {
        String s = fold(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        String tag = trim(b, MAX);
        return tag.isEmpty() ? null : tag;
    }

    /** The valid, distinct tags of {@code texts}, in their order. */
    static List<String> tags(List<String> texts) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : texts) {
            String tag = tag(t);
            if (tag != null) {
                tags.add(tag);
            }
        }
        return new ArrayList<>(tags);
    }

    /**
     * A distinct entity name for each text (trimmed, blank texts left out), the same for the
     * same set of texts whatever their order. A text that already is a valid name keeps it;
     * the others get their normalized name, or, where another text took it, that name with
     * {@code -2}, {@code -3}, ... so that two owners never silently become one group.
     */
    static Map<String, String> distinctNames(Set<String> texts, String fallback) {
        Set<String> sorted = new TreeSet<>();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                sorted.add(t.strip());
            }
        }
        Map<String, String> names = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String t : sorted) {
            if (entityName(t, fallback).equals(t)) {
                names.put(t, t);
                taken.add(t);
            }
        }
        for (String t : sorted) {
            if (names.containsKey(t)) {
                continue;
            }
            String base = entityName(t, fallback);
            String name = base;
            for (int n = 2; taken.contains(name); n++) {
                String suffix = "-" + n;
                name = trim(new StringBuilder(base), MAX - suffix.length()) + suffix;
            }
            names.put(t, name);
            taken.add(name);
        }
        return names;
    }

    /** NFKD without combining marks, lower case. */
    private static String fold(String text) {
        String lower = (text == null ? "" : text).toLowerCase(Locale.ROOT);
        // lower case again after decomposing: NFKD turns some symbols into capitals (U+210C to H)
        return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** At most {@code max} characters, starting and ending with a letter or digit. */
    private static String trim(StringBuilder b, int max) {
        int start = 0;
        while (start < b.length() && !isAlnum(b.charAt(start))) {
            start++;
        }
        int end = Math.min(b.length(), start + max);
        while (end > start && !isAlnum(b.charAt(end - 1))) {
            end--;
        }
        return b.substring(start, end);
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
