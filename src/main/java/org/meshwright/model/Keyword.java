package org.meshwright.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An enum constant that the mesh file spells as a lower-case keyword ({@code data-product},
 * {@code source-aligned}, ...). The keyword is the constant's only external name.
 */
public interface Keyword {

    /** The spelling used in the mesh file and every export. */
    String keyword();

    /** The constant of {@code type} spelled {@code keyword}, if any. */
    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String keyword) {
        for (E e : type.getEnumConstants()) {
            if (e.keyword().equals(keyword)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** All keywords of {@code type}, in declaration order. */
    static <E extends Enum<E> & Keyword> List<String> keywords(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
    }
}
