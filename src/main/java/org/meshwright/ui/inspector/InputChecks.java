package org.meshwright.ui.inspector;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.meshwright.model.Domain;
import org.meshwright.model.Ids;
import org.meshwright.model.Keyword;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Slo;
import org.meshwright.ui.theme.KindStyle;

/** The format's rules for field inputs, each returning {@code null} or a reason a user reads. */
final class InputChecks {

    static final String ID_RULE =
            "1 to 63 lower-case letters, digits, '.', '_' or '-', starting and ending with a letter or digit";

    private InputChecks() {
    }

    /** Trimmed text, or {@code null} for blank input: an empty field means "not set". */
    static String blankToNull(String input) {
        if (input == null) {
            return null;
        }
        String s = input.strip();
        return s.isEmpty() ? null : s;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A required id: present and well-formed. */
    static String id(String input, String what) {
        String s = blankToNull(input);
        if (s == null) {
            return what + " is required";
        }
        return idPattern(s);
    }

    /** An optional id: blank, or well-formed. */
    static String optionalId(String input) {
        String s = blankToNull(input);
        return s == null ? null : idPattern(s);
    }

    static String idPattern(String s) {
        if (Ids.isValid(s)) {
            return null;
        }
        return "'" + s + "' is not a valid id: use " + ID_RULE;
    }

    /** A new id for the domain or node {@code currentId}: well-formed and not used by another element. */
    static String elementId(Mesh mesh, String currentId, String input) {
        String reason = id(input, "An id");
        if (reason != null) {
            return reason;
        }
        String s = input.strip();
        if (!s.equals(currentId) && mesh.isIdTaken(s)) {
            return "The id '" + s + "' is already taken by " + describe(mesh, s);
        }
        return null;
    }

    /** "the domain 'Sales'" or "the data product 'Orders'". */
    static String describe(Mesh mesh, String id) {
        Domain d = mesh.domain(id);
        if (d != null) {
            return "the domain '" + d.displayName() + "'";
        }
        MeshNode n = mesh.node(id);
        if (n != null) {
            return "the " + KindStyle.label(n.kind()) + " '" + n.displayName() + "'";
        }
        return "another element";
    }

    /** A keyword of {@code type}; blank is fine where {@code optional}. */
    static <E extends Enum<E> & Keyword> String keyword(Class<E> type, String input, String what, boolean optional) {
        String s = blankToNull(input);
        if (s == null) {
            return optional ? null : what + " is required";
        }
        if (Keyword.parse(type, s).isPresent()) {
            return null;
        }
        return "'" + s + "' is not a " + what.toLowerCase(Locale.ROOT) + "; choose one of "
                + String.join(", ", Keyword.keywords(type));
    }

    static <E extends Enum<E> & Keyword> E parse(Class<E> type, String input) {
        String s = blankToNull(input);
        return s == null ? null : Keyword.parse(type, s).orElseThrow();
    }

    static String bool(String input) {
        String s = blankToNull(input);
        return "true".equals(s) || "false".equals(s) ? null : "'" + input + "' is not true or false";
    }

    /** An optional availability: a number from 0 to 100. */
    static String availability(String input) {
        String s = blankToNull(input);
        if (s == null) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return "'" + s + "' is not a number: write a percentage from 0 to 100, e.g. 99.9";
        }
        if (Double.isNaN(v) || Double.isInfinite(v) || s.endsWith("d") || s.endsWith("f") || s.endsWith("D")
                || s.endsWith("F")) {
            return "'" + s + "' is not a number: write a percentage from 0 to 100, e.g. 99.9";
        }
        if (v < 0 || v > 100) {
            return "Availability is a percentage from 0 to 100; " + s + " is out of range";
        }
        return null;
    }

    /** An optional ISO-8601 duration. */
    static String duration(String input) {
        String s = blankToNull(input);
        if (s == null || Slo.isDuration(s)) {
            return null;
        }
        return "'" + s + "' is not an ISO-8601 duration: write e.g. PT15M (15 minutes), PT1H (an hour) or P1D (a day)";
    }

    /** A reference that must be one of {@code choices}; blank is fine where {@code optional}. */
    static String reference(String input, Collection<String> choices, boolean optional, String what) {
        String s = blankToNull(input);
        if (s == null) {
            return optional ? null : what + " is required";
        }
        String reason = idPattern(s);
        if (reason != null) {
            return reason;
        }
        return choices.contains(s) ? null : "'" + s + "' is not " + what;
    }

    /** Free strings: none blank, none twice. */
    static String tags(List<?> input) {
        var seen = new HashSet<String>();
        for (Object o : input) {
            if (!(o instanceof String s) || s.isBlank()) {
                return "A tag cannot be empty";
            }
            if (!seen.add(s.strip())) {
                return "The tag '" + s.strip() + "' is there already";
            }
        }
        return null;
    }

    /** A number as a user would write it: 99.9, 100 (not 100.0). */
    static String number(Double v) {
        if (v == null) {
            return "";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
