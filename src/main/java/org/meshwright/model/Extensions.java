package org.meshwright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extension fields ({@code x-...}) of a map in the mesh file, kept as read and written back
 * in the same order. Values are {@code null}, {@link String}, {@link Boolean}, {@link Long},
 * {@link java.math.BigInteger}, {@link Double}, lists of values and string-keyed maps of
 * values; copies are deeply unmodifiable.
 */
public final class Extensions {

    private Extensions() {
    }

    /** Whether {@code key} names an extension field. */
    public static boolean isExtensionKey(String key) {
        return key != null && key.startsWith("x-");
    }

    /**
     * An unmodifiable, order-keeping deep copy of {@code extensions}; {@code null} gives the
     * empty map. Every key must start with {@code x-}.
     */
    public static Map<String, Object> copyOf(Map<String, ?> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return Map.of();
        }
        for (String key : extensions.keySet()) {
            if (!isExtensionKey(key)) {
                throw new IllegalArgumentException("extension key '" + key + "' does not start with x-");
            }
        }
        return copyMap(extensions);
    }

    private static Map<String, Object> copyMap(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copyValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Long || value instanceof java.math.BigInteger || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copyValue(v)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!(k instanceof String s)) {
                    throw new IllegalArgumentException("extension map keys must be strings: " + k);
                }
                copy.put(s, copyValue(v));
            });
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException("unsupported extension value type: " + value.getClass().getName());
    }
}
