package org.meshwright.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Service level objectives of a data product.
 *
 * @param availability percent from 0 to 100 (e.g. 99.9), or {@code null}
 * @param freshness    an ISO-8601 duration such as {@code PT15M}, or {@code null}
 * @param extensions   {@code x-} fields, in file order
 */
public record Slo(Double availability, String freshness, Map<String, Object> extensions) {

    /** ISO-8601 durations: {@code PnYnMnWnDTnHnMnS}, each part optional but at least one. */
    public static final Pattern DURATION = Pattern.compile(
            "P(?=\\d|T\\d)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");

    public Slo {
        if (availability != null && !(availability >= 0 && availability <= 100)) {
            throw new IllegalArgumentException("availability must be a number from 0 to 100: " + availability);
        }
        if (freshness != null && !isDuration(freshness)) {
            throw new IllegalArgumentException("freshness must be an ISO-8601 duration: " + freshness);
        }
        extensions = Extensions.copyOf(extensions);
    }

    public static boolean isDuration(String s) {
        return s != null && DURATION.matcher(s).matches();
    }

    /** No objective and no extension: the same as no {@code slo} at all. */
    public boolean isEmpty() {
        return availability == null && freshness == null && extensions.isEmpty();
    }
}
