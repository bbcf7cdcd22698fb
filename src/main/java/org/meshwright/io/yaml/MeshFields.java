package org.meshwright.io.yaml;

import java.util.List;
import java.util.Map;

/**
 * The known fields of each map of the mesh file, in the order the writer puts them (the
 * order of the format page). Besides these, every such map takes {@code x-} extension
 * fields. The reader, the writer and the published JSON Schema agree on these lists; a
 * test checks the schema against them.
 */
public final class MeshFields {

    public static final String API_VERSION = "meshwright/v1";
    public static final String KIND = "Mesh";

    public static final List<String> ROOT = List.of("apiVersion", "kind", "metadata", "spec", "layout");
    public static final List<String> METADATA = List.of("name", "title", "description", "owner");
    public static final List<String> SPEC = List.of("topology", "domains", "nodes", "links", "policies");
    public static final List<String> POLICIES = List.of("severities");
    public static final List<String> DOMAIN = List.of("id", "name", "owner", "description", "platform");
    public static final List<String> NODE = List.of("id", "kind", "name", "domain", "archetype", "owner", "status",
            "classification", "pii", "deidentified", "description", "tags", "version", "outputPorts", "slo");
    /** Node fields that belong to data products only. */
    public static final List<String> DATA_PRODUCT_ONLY = List.of("archetype", "deidentified", "version",
            "outputPorts", "slo");
    public static final List<String> PORT = List.of("id", "type", "format", "contract");
    public static final List<String> SLO = List.of("availability", "freshness");
    public static final List<String> LINK = List.of("from", "to", "id", "fromPort", "via", "accessMode", "contract",
            "anonymized", "purpose", "status", "description");
    public static final List<String> LAYOUT = List.of("nodes", "domains");
    /** A node position; takes no extension fields, so that each entry stays on one line. */
    public static final List<String> POSITION = List.of("x", "y");
    /** A domain's bounds; takes no extension fields, so that each entry stays on one line. */
    public static final List<String> BOUNDS = List.of("x", "y", "width", "height");

    /** Every section by the name the schema test uses for it. */
    public static final Map<String, List<String>> SECTIONS = Map.ofEntries(
            Map.entry("root", ROOT), Map.entry("metadata", METADATA), Map.entry("spec", SPEC),
            Map.entry("policies", POLICIES), Map.entry("domain", DOMAIN), Map.entry("node", NODE),
            Map.entry("port", PORT), Map.entry("slo", SLO), Map.entry("link", LINK),
            Map.entry("layout", LAYOUT), Map.entry("position", POSITION), Map.entry("bounds", BOUNDS));

    private MeshFields() {
    }
}
