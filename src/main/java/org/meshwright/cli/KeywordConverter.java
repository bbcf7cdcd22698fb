package org.meshwright.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value to an enum constant by its lower-case name, ignoring case, and
 * names the accepted values in lower case when the value is none of them.
 */
abstract class KeywordConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    KeywordConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw new TypeConversionException("'" + value + "' is not one of " + accepted);
    }

    static final class ForReportFormat extends KeywordConverter<ReportFormat> {
        ForReportFormat() {
            super(ReportFormat.class);
        }
    }

    static final class ForTopology extends KeywordConverter<org.meshwright.model.Topology> {
        ForTopology() {
            super(org.meshwright.model.Topology.class);
        }
    }

    static final class ForFailOn extends KeywordConverter<FailOn> {
        ForFailOn() {
            super(FailOn.class);
        }
    }
}
