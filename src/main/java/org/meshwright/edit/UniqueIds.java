package org.meshwright.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meshwright.model.Ids;

/**
 * Makes ids that are free: {@code orders} when it is, else {@code orders-2},
 * {@code orders-3}, ... Every id made matches the id pattern of the mesh format (lower case,
 * at most 63 characters); a base is shortened where the suffix would make it too long.
 */
public final class UniqueIds {

    /** Where no letter or digit is left of a display name. */
    static final String FALLBACK = "unnamed";

    private static final int MAX_LENGTH = 63;
    private static final int MAX_TRIES = 1_000_000;
    private static final Pattern NUMBERED = Pattern.compile("(.*[a-z0-9])-(\\d{1,9})");

    private UniqueIds() {
    }

    /**
     * {@code wanted} itself where {@code taken} says it is free, else the first free one of
     * {@code wanted-2}, {@code wanted-3}, ... A {@code wanted} that ends in {@code -n} counts on
     * from there: a copy of {@code orders-2} is {@code orders-3}.
     *
     * @throws IllegalArgumentException where {@code wanted} is not a valid id
     */
    public static String unique(String wanted, Predicate<String> taken) {
        if (!Ids.isValid(wanted)) {
            throw new IllegalArgumentException("'" + wanted + "' is not a valid id");
        }
        Objects.requireNonNull(taken, "taken");
        if (!taken.test(wanted)) {
            return wanted;
        }
        String base = wanted;
        long next = 2;
        Matcher m = NUMBERED.matcher(wanted);
        if (m.matches()) {
            base = m.group(1);
            next = Long.parseLong(m.group(2)) + 1;
        }
        for (int i = 0; i < MAX_TRIES; i++, next++) {
            String candidate = withSuffix(base, "-" + next);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free id found for '" + wanted + "'");
    }

    /**
     * An id made from a display name, made unique as by {@link #unique}: lower case, accents
     * dropped, every run of other characters a single {@code -}: "Sales Order" gives
     * {@code sales-order}. A name with no letter or digit gives {@code unnamed}.
     */
    public static String fromName(String displayName, Predicate<String> taken) {
        return unique(slug(displayName), taken);
    }

    /** The id {@link #fromName} starts from, before making it unique. */
    static String slug(String displayName) {
        String s = displayName == null ? "" : displayName;
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        s = trimSeparators(s);
        if (s.length() > MAX_LENGTH) {
            s = trimSeparators(s.substring(0, MAX_LENGTH));
        }
        return s.isEmpty() ? FALLBACK : s;
    }

    private static String withSuffix(String base, String suffix) {
        String b = base;
        int room = MAX_LENGTH - suffix.length();
        if (b.length() > room) {
            b = trimSeparators(b.substring(0, room));
        }
        return b + suffix;
    }

    private static String trimSeparators(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSeparator(s.charAt(start))) {
            start++;
        }
        while (end > start && isSeparator(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '_';
    }
}
