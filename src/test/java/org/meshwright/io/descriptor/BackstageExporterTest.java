package org.meshwright.io.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;
import org.meshwright.model.Topology;
import org.meshwright.testutil.InertYaml;
import org.meshwright.testutil.YamlToJson;
import org.yaml.snakeyaml.Yaml;

/**
 * The Backstage catalog of every sample, and of a hostile mesh, passes what Backstage's
 * catalog checks: the envelope, entity and kind JSON Schemas (copied from Backstage under
 * src/test/resources/backstage), the field-format, reserved-field and root-field policies
 * (ported in {@link BackstageValidators}); and every entity reference resolves to an entity
 * of the same file, read with the default kinds Backstage's processor uses.
 */
class BackstageExporterTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("samples");
    private static final String SCHEMA_BASE = "https://backstage.io/catalog-model/schema/";
    private static final Map<String, String> SCHEMA_FILES = Map.of(
            "EntityEnvelope", "EntityEnvelope.schema.json",
            "Entity", "Entity.schema.json",
            "EntityMeta", "EntityMeta.schema.json",
            "common", "shared/common.schema.json",
            "ComponentV1alpha1", "kinds/Component.v1alpha1.schema.json",
            "DomainV1alpha1", "kinds/Domain.v1alpha1.schema.json",
            "SystemV1alpha1", "kinds/System.v1alpha1.schema.json",
            "ResourceV1alpha1", "kinds/Resource.v1alpha1.schema.json",
            "GroupV1alpha1", "kinds/Group.v1alpha1.schema.json");

    /** Fields holding entity references, per kind, with their default kind (BuiltinKindsEntityProcessor). */
    private static final Map<String, Map<String, String>> REFERENCE_FIELDS = Map.of(
            "Component", Map.of("owner", "Group", "subcomponentOf", "Component", "providesApis", "API",
                    "consumesApis", "API", "dependsOn", "", "system", "System"),
            "Resource", Map.of("owner", "Group", "dependsOn", "", "dependencyOf", "", "system", "System"),
            "System", Map.of("owner", "Group", "domain", "Domain"),
            "Domain", Map.of("owner", "Group", "subdomainOf", "Domain"),
            "Group", Map.of("parent", "Group", "children", "Group", "members", "User"));

    static final String HOSTILE = "<script>alert('x')</script> & \"q\" 'a' ]]> --> \uD83D\uDE80 "
            + "\u05E9\u05DC\u05D5\u05DD \u202Eevil\u202C # not: a comment\nno \u0007bell";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            builder -> builder.schemaMappers(mappers -> mappers.add(iri -> {
                String text = iri.toString();
                if (!text.startsWith(SCHEMA_BASE)) {
                    return null;
                }
                String id = text.substring(SCHEMA_BASE.length());
                int hash = id.indexOf('#');
                String file = SCHEMA_FILES.get(hash < 0 ? id : id.substring(0, hash));
                return file == null ? null
                        : com.networknt.schema.AbsoluteIri.of("classpath:backstage/" + file);
            })));

    private static JsonSchema schema(String id) {
        return FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + id));
    }

    /** Everything Backstage would say against one entity; empty when it would accept it. */
    static List<String> problems(JsonNode entity) {
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema("EntityEnvelope").validate(entity)) {
            problems.add("EntityEnvelope: " + m.getMessage());
        }
        for (ValidationMessage m : schema("Entity").validate(entity)) {
            problems.add("Entity: " + m.getMessage());
        }
        String kind = entity.path("kind").asText();
        assertThat(REFERENCE_FIELDS).as("a kind the test knows").containsKey(kind);
        for (ValidationMessage m : schema(kind + "V1alpha1").validate(entity)) {
            problems.add(kind + ": " + m.getMessage());
        }
        problems.addAll(BackstageValidators.fieldFormat(entity));
        problems.addAll(BackstageValidators.reservedFields(entity));
        problems.addAll(BackstageValidators.noForeignRootFields(entity));
        if (entity.path("metadata").has("links")) {
            problems.add("metadata.links: Meshwright has no URLs to link");
        }
        return problems;
    }

    /** References that name no entity of {@code entities}, and entities that share a kind and name. */
    static List<String> unresolved(List<JsonNode> entities) {
        Set<String> keys = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode e : entities) {
            String namespace = e.path("metadata").path("namespace").asText("default");
            var self = new BackstageValidators.Ref(e.path("kind").asText(), namespace,
                    e.path("metadata").path("name").asText());
            if (!keys.add(self.key())) {
                problems.add("two entities " + self.key());
            }
        }
        for (JsonNode e : entities) {
            String namespace = e.path("metadata").path("namespace").asText("default");
            Map<String, String> fields = REFERENCE_FIELDS.get(e.path("kind").asText());
            for (Map.Entry<String, String> field : fields.entrySet()) {
                JsonNode value = e.path("spec").get(field.getKey());
                if (value == null) {
                    continue;
                }
                List<JsonNode> refs = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(refs::add);
                } else {
                    refs.add(value);
                }
                for (JsonNode ref : refs) {
                    String where = e.path("kind").asText() + " " + e.path("metadata").path("name").asText() + " "
                            + field.getKey() + " " + ref;
                    try {
                        var target = BackstageValidators.parseEntityRef(ref.asText(),
                                field.getValue().isEmpty() ? null : field.getValue(), namespace);
                        if (!keys.contains(target.key())) {
                            problems.add(where + ": no such entity in the file");
                        }
                    } catch (IllegalArgumentException ex) {
                        problems.add(where + ": " + ex.getMessage());
                    }
                }
            }
        }
        return problems;
    }

    static List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".mesh.yaml")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static List<JsonNode> entities(Mesh mesh) {
        return YamlToJson.parseAll(new BackstageExporter().catalog(mesh));
    }

    private static JsonNode entity(List<JsonNode> entities, String kind, String name) {
        return entities.stream()
                .filter(e -> e.path("kind").asText().equals(kind) && e.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + entities));
    }

    @TestFactory
    Stream<DynamicTest> everySampleGivesValidEntitiesWhoseReferencesResolve() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            tests.add(dynamicTest(sample.getFileName().toString(), () -> {
                Mesh mesh = DescriptorSchemaTest.read(sample);
                String catalog = new BackstageExporter().catalog(mesh);
                List<JsonNode> entities = YamlToJson.parseAll(catalog);
                for (JsonNode entity : entities) {
                    assertThat(problems(entity)).as(entity.toString()).isEmpty();
                }
                assertThat(unresolved(entities)).isEmpty();

                long products = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.DATA_PRODUCT).count();
                long resources = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.SOURCE_SYSTEM
                        || n.kind() == NodeKind.PLATFORM || n.kind() == NodeKind.HUB).count();
                assertThat(count(entities, "Domain")).isEqualTo(mesh.domains().size());
                assertThat(count(entities, "System")).isEqualTo(mesh.domains().size());
                assertThat(count(entities, "Component")).isEqualTo(products);
                assertThat(count(entities, "Resource")).isEqualTo(resources);
                assertThat(count(entities, "Group")).isPositive();
                assertThat(catalog).isEqualTo(new BackstageExporter().catalog(DescriptorSchemaTest.read(sample)));
            }));
        }
        return tests.stream();
    }

    private static long count(List<JsonNode> entities, String kind) {
        return entities.stream().filter(e -> e.path("kind").asText().equals(kind)).count();
    }

    @Test
    void componentsDependOnTheirProvidersAndBelongToTheirDomainsSystem() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("sales", "Sales", "Sales Team", "Selling.", null, Map.of()));
        mesh.addNode(MeshNode.builder("crm", NodeKind.SOURCE_SYSTEM).domain("sales").build());
        mesh.addNode(MeshNode.builder("orders", NodeKind.DATA_PRODUCT).domain("sales").status(NodeStatus.DRAFT)
                .addPort(new Port("out", "table", "parquet", "orders-v1", Map.of())).build());
        mesh.addNode(MeshNode.builder("revenue", NodeKind.DATA_PRODUCT).domain("sales").owner("finance")
                .slo(new Slo(99.0, "PT1H", Map.of())).build());
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).build());
        mesh.addNode(MeshNode.builder("report", NodeKind.CONSUMER).build());
        mesh.addLink(Link.builder("crm", "orders").accessMode(AccessMode.STREAM).build());
        mesh.addLink(Link.builder("orders", "revenue").via(List.of("hub")).purpose("sum up").build());
        mesh.addLink(Link.builder("crm", "revenue").id("second").build());
        mesh.addLink(Link.builder("orders", "revenue").id("again").build());
        mesh.addLink(Link.builder("ghost", "revenue").build());
        mesh.addLink(Link.builder("revenue", "report").build());

        List<JsonNode> entities = entities(mesh);

        JsonNode revenue = entity(entities, "Component", "revenue");
        assertThat(revenue.path("spec").path("type").asText()).isEqualTo("data-product");
        assertThat(revenue.path("spec").path("system").asText()).isEqualTo("system:sales");
        assertThat(revenue.path("spec").path("owner").asText()).isEqualTo("group:finance");
        assertThat(revenue.path("spec").path("lifecycle").asText()).isEqualTo("production");
        // providers once each, in link order; via hubs and unknown nodes are no providers
        assertThat(revenue.path("spec").path("dependsOn").toString())
                .isEqualTo("[\"component:orders\",\"resource:crm\"]");
        assertThat(revenue.path("metadata").path("annotations").path("meshwright.org/inputs").asText())
                .startsWith("orders via hub: batch, contract orders-v1, purpose: sum up\ncrm: batch\n");
        assertThat(revenue.path("metadata").path("annotations").path("meshwright.org/slo-availability").asText())
                .isEqualTo("99");

        JsonNode orders = entity(entities, "Component", "orders");
        assertThat(orders.path("spec").path("lifecycle").asText()).isEqualTo("experimental");
        assertThat(orders.path("metadata").path("labels").path("meshwright.org/status").asText()).isEqualTo("draft");
        assertThat(orders.path("spec").path("owner").asText()).isEqualTo("group:sales-team");
        assertThat(orders.path("spec").path("dependsOn").toString()).isEqualTo("[\"resource:crm\"]");
        assertThat(orders.path("metadata").path("annotations").path("meshwright.org/output-ports").asText())
                .isEqualTo("out: table, parquet, contract orders-v1");

        assertThat(entity(entities, "Resource", "crm").path("spec").path("type").asText()).isEqualTo("source-system");
        assertThat(entity(entities, "Resource", "hub").path("spec").path("type").asText()).isEqualTo("hub");
        assertThat(entity(entities, "Resource", "hub").path("spec").path("owner").asText()).isEqualTo("group:unowned");
        assertThat(entity(entities, "System", "sales").path("spec").path("domain").asText()).isEqualTo("domain:sales");
        JsonNode team = entity(entities, "Group", "sales-team");
        assertThat(team.path("metadata").path("title").asText()).isEqualTo("Sales Team");
        assertThat(team.path("spec").path("type").asText()).isEqualTo("team");
        assertThat(entity(entities, "Group", "unowned").path("spec").path("children").isArray()).isTrue();
        assertThat(entities).noneMatch(e -> e.path("metadata").path("name").asText().equals("report"));
        assertThat(unresolved(entities)).isEmpty();
        entities.forEach(e -> assertThat(problems(e)).as(e.toString()).isEmpty());
    }

    @Test
    void groupUnownedOnlyAppearsWhereSomethingHasNoOwner() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("d", null, "team-a", null, null, Map.of()));
        mesh.addNode(MeshNode.builder("p", NodeKind.DATA_PRODUCT).domain("d").build());

        List<JsonNode> entities = entities(mesh);

        assertThat(entities).extracting(e -> e.path("kind").asText() + ":" + e.path("metadata").path("name").asText())
                .containsExactly("Domain:d", "System:d", "Component:p", "Group:team-a");
    }

    @Test
    void ownersThatNormalizeAlikeBecomeDistinctGroupsKeepingTheirText() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        List<String> owners = List.of("data-analytics", "Data & Analytics", "DATA \u2014 analytics", "\uD83D\uDE80",
                "\u05E6\u05D5\u05D5\u05EA", "Équipe Données", "team");
        for (int i = 0; i < owners.size(); i++) {
            mesh.addDomain(new Domain("d" + i, null, owners.get(i), null, null, Map.of()));
        }

        List<JsonNode> entities = entities(mesh);

        Map<String, String> groups = new LinkedHashMap<>();
        for (JsonNode e : entities) {
            if (e.path("kind").asText().equals("Group")) {
                groups.put(e.path("metadata").path("title").asText(), e.path("metadata").path("name").asText());
            }
        }
        assertThat(groups).containsOnlyKeys(owners);
        assertThat(new HashSet<>(groups.values())).hasSize(owners.size());
        assertThat(groups).containsEntry("data-analytics", "data-analytics")
                .containsEntry("DATA \u2014 analytics", "data-analytics-2")
                .containsEntry("Data & Analytics", "data-analytics-3")
                .containsEntry("Équipe Données", "equipe-donnees")
                .containsEntry("team", "team");
        assertThat(List.of(groups.get("\uD83D\uDE80"), groups.get("\u05E6\u05D5\u05D5\u05EA")))
                .containsExactlyInAnyOrder("team-2", "team-3");
        for (int i = 0; i < owners.size(); i++) {
            assertThat(entity(entities, "Domain", "d" + i).path("spec").path("owner").asText())
                    .isEqualTo("group:" + groups.get(owners.get(i)));
        }
        assertThat(unresolved(entities)).isEmpty();
        entities.forEach(e -> assertThat(problems(e)).as(e.toString()).isEmpty());
    }

    static Mesh hostileMesh() {
        Mesh mesh = new Mesh("hostile", Topology.GOVERNED);
        mesh.addDomain(new Domain("d", HOSTILE, HOSTILE, HOSTILE, "plat", Map.of()));
        mesh.addNode(MeshNode.builder("plat", NodeKind.PLATFORM).name(HOSTILE).owner("<b>ops</b>")
                .tags(List.of(HOSTILE, "C++", "#1", "--", "", "Ünïcödé tag")).build());
        mesh.addNode(MeshNode.builder("src", NodeKind.SOURCE_SYSTEM).domain("d").name(HOSTILE).description(HOSTILE)
                .owner("\u05E6\u05D5\u05D5\u05EA \u05E0\u05EA\u05D5\u05E0\u05D9\u05DD").build());
        mesh.addNode(MeshNode.builder("p", NodeKind.DATA_PRODUCT).domain("d").name(HOSTILE).description(HOSTILE)
                .owner("Team \"Q\" & <Co> \uD83D\uDE80").tags(List.of(HOSTILE, "no", "1.0", "~", "x".repeat(90)))
                .version(HOSTILE)
                .addPort(new Port("out", HOSTILE, "]]>", "c-1", Map.of())).build());
        mesh.addNode(MeshNode.builder("q", NodeKind.DATA_PRODUCT).name("yes").owner("team \"q\" & <co>").build());
        mesh.addLink(Link.builder("src", "p").purpose(HOSTILE).build());
        mesh.addLink(Link.builder("p", "q").build());
        return mesh;
    }

    @Test
    void hostileTextStaysInertQuotedTextAndEveryEntityIsValid() {
        Mesh mesh = hostileMesh();
        String catalog = new BackstageExporter().catalog(mesh);
        List<JsonNode> entities = YamlToJson.parseAll(catalog);

        entities.forEach(e -> assertThat(problems(e)).as(e.toString()).isEmpty());
        assertThat(unresolved(entities)).isEmpty();
        // The text comes back exactly, as YAML 1.2 reads it ...
        assertThat(entity(entities, "Component", "p").path("metadata").path("title").asText()).isEqualTo(HOSTILE);
        assertThat(entity(entities, "Component", "p").path("metadata").path("description").asText()).isEqualTo(HOSTILE);
        assertThat(entity(entities, "Domain", "d").path("metadata").path("title").asText()).isEqualTo(HOSTILE);
        assertThat(entity(entities, "Component", "q").path("metadata").path("title").asText()).isEqualTo("yes");
        assertThat(entity(entities, "Component", "p").path("metadata").path("tags").toString())
                .isEqualTo("[\"script-alert-x-script-q-a-evil-not-a-comment-no-bell\",\"no\",\"1-0\",\"" + "x".repeat(63) + "\"]");
        assertThat(entity(entities, "Resource", "plat").path("metadata").path("tags").toString())
                .isEqualTo("[\"script-alert-x-script-q-a-evil-not-a-comment-no-bell\",\"c\",\"1\",\"unicode-tag\"]");
        // ... and as YAML 1.1 (SnakeYAML, PyYAML) reads it: every value a double-quoted
        // string, no tags, anchors or aliases, so nothing in the text can change the structure.
        List<Object> documents = new ArrayList<>();
        new Yaml().loadAll(catalog).forEach(documents::add);
        assertThat(documents).hasSize(entities.size());
        assertThat(((Map<?, ?>) ((Map<?, ?>) documents.get(0)).get("metadata")).get("title")).isEqualTo(HOSTILE);
        assertThat(InertYaml.assertInert(catalog)).isEqualTo(entities.size());
        assertThat(catalog).doesNotContain("\u0000").doesNotContain("\u0007");
        // Owners that differ only in case and punctuation stay apart.
        assertThat(entity(entities, "Component", "p").path("spec").path("owner").asText())
                .isNotEqualTo(entity(entities, "Component", "q").path("spec").path("owner").asText());
    }

    @Test
    void anEmptyMeshGivesAnEmptyCatalog() {
        assertThat(new BackstageExporter().catalog(new Mesh("empty", Topology.FEDERATED))).isEmpty();
    }

    @Test
    void writeToAPathWritesTheSameBytes(@TempDir Path dir) throws Exception {
        Mesh mesh = hostileMesh();
        Path target = dir.resolve(BackstageExporter.FILE_NAME);
        new BackstageExporter().write(mesh, target);
        assertThat(Files.readString(target)).isEqualTo(new BackstageExporter().catalog(mesh));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** The checks are live: each catches what Backstage would refuse. */
    @Test
    void theChecksRejectWhatBackstageRejects() {
        Mesh mesh = new Mesh("m", Topology.GOVERNED);
        mesh.addDomain(new Domain("d", null, "t", null, null, Map.of()));
        mesh.addNode(MeshNode.builder("p", NodeKind.DATA_PRODUCT).domain("d").tags(List.of("a")).build());
        List<JsonNode> entities = entities(mesh);
        JsonNode component = entity(entities, "Component", "p");
        assertThat(problems(component)).isEmpty();

        ObjectNode noOwner = component.deepCopy();
        ((ObjectNode) noOwner.get("spec")).remove("owner");
        assertThat(problems(noOwner)).anyMatch(p -> p.startsWith("Component: "));
        ObjectNode emptyTag = component.deepCopy();
        ((ObjectNode) emptyTag.get("metadata")).putArray("tags").add("");
        assertThat(problems(emptyTag)).anyMatch(p -> p.startsWith("Entity: ")); // through $ref EntityMeta
        ObjectNode noName = component.deepCopy();
        ((ObjectNode) noName.get("metadata")).remove("name");
        assertThat(problems(noName)).anyMatch(p -> p.startsWith("EntityEnvelope: "));
        ObjectNode badName = component.deepCopy();
        ((ObjectNode) badName.get("metadata")).put("name", "-p");
        assertThat(problems(badName)).anyMatch(p -> p.contains("metadata.name"));
        ObjectNode badTag = component.deepCopy();
        ((ObjectNode) badTag.get("metadata")).putArray("tags").add("Big Tag");
        assertThat(problems(badTag)).anyMatch(p -> p.contains("tags.0"));
        ObjectNode badLabel = component.deepCopy();
        ((ObjectNode) badLabel.get("metadata").get("labels")).put("meshwright.org/x", "a b");
        assertThat(problems(badLabel)).anyMatch(p -> p.contains("labels.meshwright.org/x"));
        ObjectNode badAnnotationKey = component.deepCopy();
        ((ObjectNode) badAnnotationKey.get("metadata")).putObject("annotations").put("a/b/c", "x");
        assertThat(problems(badAnnotationKey)).anyMatch(p -> p.contains("annotations.a/b/c"));
        ObjectNode reserved = component.deepCopy();
        ((ObjectNode) reserved.get("spec")).put("name", "x");
        assertThat(problems(reserved)).anyMatch(p -> p.contains("reserved") || p.contains("may not contain"));
        ObjectNode foreign = component.deepCopy();
        foreign.put("extra", "x");
        assertThat(problems(foreign)).anyMatch(p -> p.contains("Unknown field extra"));

        List<JsonNode> dangling = new ArrayList<>(entities);
        ObjectNode ghost = component.deepCopy();
        ((ObjectNode) ghost.get("metadata")).put("name", "p2");
        ((ObjectNode) ghost.get("spec")).putArray("dependsOn").add("component:ghost").add("nokind");
        dangling.add(ghost);
        assertThat(unresolved(dangling)).hasSize(2);
        dangling.add(component);
        assertThat(unresolved(dangling)).anyMatch(p -> p.startsWith("two entities component:default/p"));
    }

    @Test
    void theValidatorPortAgreesWithBackstagesOwnExamples() {
        assertThat(BackstageValidators.isValidObjectName("a.b_c-d")).isTrue();
        assertThat(BackstageValidators.isValidObjectName("a".repeat(64))).isFalse();
        assertThat(BackstageValidators.isValidObjectName("a-")).isFalse();
        assertThat(BackstageValidators.isValidApiVersion("backstage.io/v1alpha1")).isTrue();
        assertThat(BackstageValidators.isValidApiVersion("backstage.io/v1/x")).isFalse();
        assertThat(BackstageValidators.isValidLabelKey("backstage.io/custom")).isTrue();
        assertThat(BackstageValidators.isValidLabelKey("/custom")).isFalse();
        assertThat(BackstageValidators.isValidLabelKey("a..b/custom")).isFalse();
        assertThat(BackstageValidators.isValidLabelValue("")).isTrue();
        assertThat(BackstageValidators.isValidTag("c++")).isTrue();
        assertThat(BackstageValidators.isValidTag("a--b")).isFalse();
        assertThat(BackstageValidators.isValidDnsLabel("c++")).isFalse();
        assertThat(BackstageValidators.isValidKind("Component")).isTrue();
        assertThat(BackstageValidators.isValidKind("1Component")).isFalse();
        assertThat(BackstageValidators.parseEntityRef("group:team", null, null).key()).isEqualTo("group:default/team");
        assertThat(BackstageValidators.parseEntityRef("ns/team", "Group", null).key()).isEqualTo("group:ns/team");
        assertThatThrownBy(() -> BackstageValidators.parseEntityRef("team", null, null))
                .hasMessageContaining("missing or empty kind");
        assertThatThrownBy(() -> BackstageValidators.parseEntityRef("group:", null, null))
                .hasMessageContaining("was not on the form");
    }
}
