package org.meshwright.io.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A faithful Java port of the checks Backstage's catalog makes in code, beside its JSON
 * Schemas (see src/test/resources/backstage/README.md): {@code KubernetesValidatorFunctions},
 * {@code CommonValidatorFunctions} and the default validators of {@code makeValidator}; the
 * entity policies {@code FieldFormatEntityPolicy}, {@code ReservedFieldsEntityPolicy} and
 * {@code NoForeignRootFieldsEntityPolicy}; and {@code parseEntityRef}. JavaScript's
 * {@code split} keeps trailing empty parts, hence {@code split(sep, -1)} throughout.
 */
final class BackstageValidators {

    private static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]+(\\-[a-z0-9]+)*$");
    private static final Pattern TAG = Pattern.compile("^[a-z0-9+#]+(\\-[a-z0-9+#]+)*$");
    private static final Pattern OBJECT_NAME = Pattern.compile("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$");
    private static final Pattern KIND = Pattern.compile("^[a-zA-Z][a-z0-9A-Z]*$");
    private static final Pattern API_VERSION_SUFFIX = Pattern.compile("^[a-z0-9A-Z]+$");
    private static final List<String> RESERVED = List.of("apiVersion", "kind", "uid", "etag", "generation", "name",
            "namespace", "labels", "annotations", "spec");
    private static final List<String> ROOT_FIELDS = List.of("apiVersion", "kind", "metadata", "spec");

    private BackstageValidators() {
    }

    // CommonValidatorFunctions

    static boolean isValidPrefixAndOrSuffix(Object value, String separator, Predicate<String> prefix,
                                            Predicate<String> suffix) {
        if (!(value instanceof String s)) {
            return false;
        }
        String[] parts = s.split(Pattern.quote(separator), -1);
        if (parts.length == 1) {
            return suffix.test(parts[0]);
        } else if (parts.length == 2) {
            return prefix.test(parts[0]) && suffix.test(parts[1]);
        }
        return false;
    }

    static boolean isValidDnsSubdomain(Object value) {
        if (!(value instanceof String s) || s.length() < 1 || s.length() > 253) {
            return false;
        }
        for (String label : s.split("\\.", -1)) {
            if (!isValidDnsLabel(label)) {
                return false;
            }
        }
        return true;
    }

    static boolean isValidDnsLabel(Object value) {
        return value instanceof String s && s.length() >= 1 && s.length() <= 63 && DNS_LABEL.matcher(s).matches();
    }

    /** The tag rule of current Backstage ({@code CommonValidatorFunctions.isValidTag}). */
    static boolean isValidTag(Object value) {
        return value instanceof String s && s.length() >= 1 && s.length() <= 63 && TAG.matcher(s).matches();
    }

    static boolean isValidString(Object value) {
        return value instanceof String s && s.trim().length() >= 1;
    }

    // KubernetesValidatorFunctions

    static boolean isValidApiVersion(Object value) {
        return isValidPrefixAndOrSuffix(value, "/", BackstageValidators::isValidDnsSubdomain,
                n -> n.length() >= 1 && n.length() <= 63 && API_VERSION_SUFFIX.matcher(n).matches());
    }

    static boolean isValidKind(Object value) {
        return value instanceof String s && s.length() >= 1 && s.length() <= 63 && KIND.matcher(s).matches();
    }

    static boolean isValidObjectName(Object value) {
        return value instanceof String s && s.length() >= 1 && s.length() <= 63 && OBJECT_NAME.matcher(s).matches();
    }

    static boolean isValidNamespace(Object value) {
        return isValidDnsLabel(value);
    }

    static boolean isValidLabelKey(Object value) {
        return isValidPrefixAndOrSuffix(value, "/", BackstageValidators::isValidDnsSubdomain,
                BackstageValidators::isValidObjectName);
    }

    static boolean isValidLabelValue(Object value) {
        return "".equals(value) || isValidObjectName(value);
    }

    static boolean isValidAnnotationKey(Object value) {
        return isValidPrefixAndOrSuffix(value, "/", BackstageValidators::isValidDnsSubdomain,
                BackstageValidators::isValidObjectName);
    }

    static boolean isValidAnnotationValue(Object value) {
        return value instanceof String;
    }

    // Entity policies: each returns its complaints, empty when the entity passes.

    /** {@code FieldFormatEntityPolicy} with the default validators (tags by both old and new rule). */
    static List<String> fieldFormat(JsonNode entity) {
        List<String> problems = new ArrayList<>();
        require(problems, "apiVersion", entity.get("apiVersion"), BackstageValidators::isValidApiVersion);
        require(problems, "kind", entity.get("kind"), BackstageValidators::isValidKind);
        JsonNode metadata = entity.path("metadata");
        require(problems, "metadata.name", metadata.get("name"), BackstageValidators::isValidObjectName);
        if (metadata.has("namespace")) {
            require(problems, "metadata.namespace", metadata.get("namespace"), BackstageValidators::isValidNamespace);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.path("labels").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            check(problems, "labels." + e.getKey(), e.getKey(), BackstageValidators::isValidLabelKey);
            require(problems, "labels." + e.getKey(), e.getValue(), BackstageValidators::isValidLabelValue);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.path("annotations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            check(problems, "annotations." + e.getKey(), e.getKey(), BackstageValidators::isValidAnnotationKey);
            require(problems, "annotations." + e.getKey(), e.getValue(), BackstageValidators::isValidAnnotationValue);
        }
        JsonNode tags = metadata.path("tags");
        for (int i = 0; i < tags.size(); i++) {
            require(problems, "tags." + i, tags.get(i), BackstageValidators::isValidTag);
            // Older Backstage releases checked tags as DNS labels: stay valid there too.
            require(problems, "tags." + i + " (DNS label)", tags.get(i), BackstageValidators::isValidDnsLabel);
        }
        // links: url, title and icon are checked there too; Meshwright writes no links (asserted by the test).
        return problems;
    }

    /** {@code ReservedFieldsEntityPolicy}: no reserved key in spec, labels or annotations. */
    static List<String> reservedFields(JsonNode entity) {
        List<String> problems = new ArrayList<>();
        for (String field : RESERVED) {
            if (entity.path("spec").has(field)) {
                problems.add("The spec may not contain the field " + field);
            }
            if (entity.path("metadata").path("labels").has(field)) {
                problems.add("A label may not have the field " + field);
            }
            if (entity.path("metadata").path("annotations").has(field)) {
                problems.add("An annotation may not have the field " + field);
            }
        }
        return problems;
    }

    /** {@code NoForeignRootFieldsEntityPolicy}: only apiVersion, kind, metadata, spec at the root. */
    static List<String> noForeignRootFields(JsonNode entity) {
        List<String> problems = new ArrayList<>();
        entity.fieldNames().forEachRemaining(f -> {
            if (!ROOT_FIELDS.contains(f)) {
                problems.add("Unknown field " + f);
            }
        });
        return problems;
    }

    /** A parsed entity reference; names compare without case, as the catalog does. */
    record Ref(String kind, String namespace, String name) {
        String key() {
            return (kind + ":" + namespace + "/" + name).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code parseEntityRef} on a string reference; throws where Backstage would. */
    static Ref parseEntityRef(String ref, String defaultKind, String defaultNamespace) {
        if (ref == null || ref.isEmpty()) {
            throw new IllegalArgumentException("Entity reference must not be empty");
        }
        int colon = ref.indexOf(':');
        int slash = ref.indexOf('/');
        if (slash != -1 && slash < colon) {
            colon = -1;
        }
        String kind = colon == -1 ? null : ref.substring(0, colon);
        String namespace = slash == -1 ? null : ref.substring(colon + 1, slash);
        String name = ref.substring(Math.max(colon + 1, slash + 1));
        if ("".equals(kind) || "".equals(namespace) || name.isEmpty()) {
            throw new IllegalArgumentException("Entity reference \"" + ref
                    + "\" was not on the form [<kind>:][<namespace>/]<name>");
        }
        kind = kind != null ? kind : defaultKind;
        namespace = namespace != null ? namespace : (defaultNamespace == null || defaultNamespace.isEmpty()
                ? "default" : defaultNamespace);
        if (kind == null || kind.isEmpty()) {
            throw new IllegalArgumentException("Entity reference \"" + ref + "\" had missing or empty kind");
        }
        return new Ref(kind, namespace, name);
    }

    private static void require(List<String> problems, String field, JsonNode value, Predicate<Object> validator) {
        if (value == null || value.isNull()) {
            problems.add(field + " must have a value");
            return;
        }
        check(problems, field, value.isTextual() ? value.textValue() : value, validator);
    }

    private static void check(List<String> problems, String field, Object value, Predicate<Object> validator) {
        if (!validator.test(value)) {
            problems.add("\"" + field + "\" is not valid; found \"" + value + "\"");
        }
    }
}
