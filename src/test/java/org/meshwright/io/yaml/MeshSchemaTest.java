package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Classification;
import org.meshwright.model.Keyword;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.PolicySeverity;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;
import org.meshwright.testutil.YamlToJson;

/**
 * The published JSON Schema of the mesh file ({@code docs/schema/mesh-v1.schema.json}) is a
 * valid 2020-12 schema, accepts the samples, knows exactly the fields the reader knows, in
 * the writer's order, and rejects what the format calls read errors.
 */
class MeshSchemaTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path SCHEMA_FILE = BASEDIR.resolve("docs/schema/mesh-v1.schema.json");
    private static final Path SAMPLES = BASEDIR.resolve("samples");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** A small mesh that uses every section, so that each negative case changes one thing. */
    private static final String VALID_MESH = """
            apiVersion: meshwright/v1
            kind: Mesh
            metadata:
              name: shop-mesh
            spec:
              topology: governed
              domains:
                - id: shop
                  owner: shop-team
              nodes:
                - id: orders
                  kind: data-product
                  domain: shop
                  archetype: source-aligned
                  version: "1.0"
                  outputPorts:
                    - {id: orders-table, type: table, format: parquet, contract: orders-v1}
                  slo: {availability: 99.9, freshness: PT15M}
                - id: web-analytics
                  kind: consumer
              links:
                - from: orders
                  to: web-analytics
              policies:
                severities:
                  unused-product: off
            layout:
              nodes:
                orders: {x: 120, y: 80}
              domains:
                shop: {x: 0, y: 0, width: 420, height: 300}
            """;

    private static JsonNode schemaNode;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaNode = new ObjectMapper().readTree(SCHEMA_FILE.toFile());
        schema = FACTORY.getSchema(schemaNode);
    }

    // --- the schema itself -------------------------------------------------------------

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));

        assertThat(metaSchema.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.path("$schema").asText()).isEqualTo(SchemaId.V202012);
        assertThat(schemaNode.path("$id").asText()).isEqualTo("https://meshwright.org/schema/mesh-v1.schema.json");
        assertThat(schemaNode.path("title").asText()).isNotBlank();
        assertThat(schemaNode.path("description").asText()).isNotBlank();
    }

    @Test
    void everyReferenceResolvesAndEveryPatternCompiles() {
        List<String> refs = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        collect(schemaNode, refs, patterns);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(schemaNode.at(ref.substring(1)).isMissingNode()).as("target of %s", ref).isFalse();
        });
        assertThat(patterns).isNotEmpty().allSatisfy(Pattern::compile);
        schema.initializeValidators(); // throws where a $ref cannot be resolved
    }

    private static void collect(JsonNode node, List<String> refs, List<String> patterns) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
                    refs.add(e.getValue().asText());
                } else if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                    patterns.add(e.getValue().asText());
                }
                collect(e.getValue(), refs, patterns);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, refs, patterns));
        }
    }

    // --- samples -----------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everySampleValidates() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.isDirectory(SAMPLES) ? Files.list(SAMPLES) : Stream.empty()) {
            samples = files.filter(p -> p.getFileName().toString().endsWith(".mesh.yaml")).sorted().toList();
        }
        assertThat(samples).as("samples/*.mesh.yaml files").isNotEmpty();
        return samples.stream().map(sample -> dynamicTest(sample.getFileName().toString(),
                () -> assertThat(schema.validate(YamlToJson.read(sample))).isEmpty()));
    }

    @Test
    void aSmallMeshThatUsesEverySectionValidates() {
        assertThat(validate(VALID_MESH)).isEmpty();
    }

    // --- schema and reader agree on the fields -----------------------------------------

    @TestFactory
    Stream<DynamicTest> schemaPropertiesAreTheReadersFieldsInTheWritersOrder() {
        assertThat(MeshFields.SECTIONS.keySet()).containsExactlyInAnyOrder("root", "metadata", "spec",
                "policies", "domain", "node", "port", "slo", "link", "layout", "position", "bounds");
        return new TreeMap<>(MeshFields.SECTIONS).entrySet().stream().map(section -> dynamicTest(section.getKey(),
                () -> {
                    JsonNode properties = sectionSchema(section.getKey()).path("properties");
                    List<String> names = new ArrayList<>();
                    properties.fieldNames().forEachRemaining(names::add);
                    assertThat(names).containsExactlyElementsOf(section.getValue());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySectionRefusesUnknownFieldsAndAllButGeometryTakeExtensions() {
        return new TreeMap<>(MeshFields.SECTIONS).keySet().stream().map(name -> dynamicTest(name, () -> {
            JsonNode section = sectionSchema(name);
            assertThat(section.path("type").asText()).isEqualTo("object");
            assertThat(section.path("additionalProperties").isBoolean()
                    && !section.path("additionalProperties").booleanValue()).as("additionalProperties: false").isTrue();
            boolean geometry = name.equals("position") || name.equals("bounds");
            assertThat(section.path("patternProperties").has("^x-")).isEqualTo(!geometry);
        }));
    }

    @Test
    void severitiesNameEveryRuleIdInCatalogueOrder() {
        JsonNode severities = schemaNode.at("/$defs/policies/properties/severities/properties");
        List<String> names = new ArrayList<>();
        severities.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactlyElementsOf(RuleIds.ALL);
    }

    @Test
    void dataProductOnlyFieldsAreTheReadersList() {
        JsonNode forbidden = schemaNode.at("/$defs/node/then/properties");
        List<String> names = new ArrayList<>();
        forbidden.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactlyElementsOf(MeshFields.DATA_PRODUCT_ONLY);
        assertThat(schemaNode.at("/$defs/node/if/properties/kind/not/const").asText()).isEqualTo("data-product");
    }

    @Test
    void enumsAreTheModelsKeywords() {
        Map<String, List<String>> expected = Map.of(
                "/properties/spec/properties/topology/enum", Keyword.keywords(Topology.class),
                "/$defs/node/properties/kind/enum", Keyword.keywords(NodeKind.class),
                "/$defs/node/properties/archetype/enum", Keyword.keywords(Archetype.class),
                "/$defs/node/properties/status/enum", Keyword.keywords(NodeStatus.class),
                "/$defs/node/properties/classification/enum", Keyword.keywords(Classification.class),
                "/$defs/link/properties/accessMode/enum", Keyword.keywords(AccessMode.class),
                "/$defs/link/properties/status/enum", Keyword.keywords(LinkStatus.class),
                "/$defs/severity/enum", Keyword.keywords(PolicySeverity.class));
        expected.forEach((pointer, keywords) -> {
            List<String> values = new ArrayList<>();
            schemaNode.at(pointer).forEach(v -> values.add(v.asText()));
            assertThat(values).as(pointer).containsExactlyElementsOf(keywords);
        });
    }

    private static JsonNode sectionSchema(String section) {
        String pointer = switch (section) {
            case "root" -> "";
            case "spec" -> "/properties/spec";
            default -> "/$defs/" + section;
        };
        JsonNode node = schemaNode.at(pointer);
        assertThat(node.isObject()).as("schema for section %s at '%s'", section, pointer).isTrue();
        return node;
    }

    // --- what the schema refuses and accepts -------------------------------------------

    @Test
    void unknownFieldOnADomainIsRejected() {
        assertRejected(variant("      owner: shop-team", "      ownr: shop-team"), "ownr");
    }

    @Test
    void upperCaseIdIsRejected() {
        assertRejected(variant("    - id: shop\n", "    - id: Shop\n"), "$.spec.domains[0].id");
    }

    @Test
    void unknownNodeKindIsRejected() {
        assertRejected(variant("      kind: consumer", "      kind: warehouse"), "$.spec.nodes[1].kind");
    }

    @Test
    void archetypeOnAConsumerIsRejected() {
        assertRejected(variant("      kind: consumer\n", "      kind: consumer\n      archetype: aggregate\n"),
                "$.spec.nodes[1].archetype");
    }

    @Test
    void availabilityOver100IsRejected() {
        assertRejected(variant("availability: 99.9", "availability: 101"), "$.spec.nodes[0].slo.availability");
    }

    @Test
    void severityForAnUnknownRuleIdIsRejected() {
        assertRejected(variant("unused-product: off", "no-such-rule: off"), "no-such-rule");
    }

    @Test
    void extraKeyInAPositionIsRejected() {
        assertRejected(variant("orders: {x: 120, y: 80}", "orders: {x: 120, y: 80, color: red}"), "color");
    }

    @Test
    void missingTopologyIsRejected() {
        assertRejected(variant("  topology: governed\n", ""), "topology");
    }

    @Test
    void explicitLinkIdMustBeAnId() {
        assertRejected(variant("      to: web-analytics\n", "      to: web-analytics\n      id: orders->web\n"),
                "$.spec.links[0].id");
    }

    @Test
    void freshnessMustBeAnIsoDuration() {
        assertRejected(variant("freshness: PT15M", "freshness: 15 minutes"), "$.spec.nodes[0].slo.freshness");
    }

    @Test
    void extensionFieldOnANodeIsAccepted() {
        String yaml = variant("      kind: consumer\n", "      kind: consumer\n      x-team-channel: '#web-analytics'\n");

        assertThat(validate(yaml)).isEmpty();
    }

    private static String variant(String target, String replacement) {
        assertThat(VALID_MESH).contains(target);
        return VALID_MESH.replace(target, replacement);
    }

    private static Set<ValidationMessage> validate(String yaml) {
        return schema.validate(YamlToJson.parse(yaml));
    }

    private static void assertRejected(String yaml, String mentioned) {
        Set<ValidationMessage> messages = validate(yaml);
        assertThat(messages).isNotEmpty();
        assertThat(messages).map(ValidationMessage::toString).anySatisfy(m -> assertThat(m).contains(mentioned));
    }
}
