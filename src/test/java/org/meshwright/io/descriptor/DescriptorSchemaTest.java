package org.meshwright.io.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;
import org.meshwright.model.Topology;
import org.meshwright.testutil.InertYaml;
import org.meshwright.testutil.YamlToJson;
import org.yaml.snakeyaml.Yaml;

/**
 * The descriptor exporters (ODPS, ODCS, DPDS) write, for every sample mesh, the right
 * number of documents, each valid against the official JSON Schema, byte-identical on a
 * second run; {@code write} creates a missing folder and writes exactly those files; and
 * hostile strings come back as the same strings from YAML 1.1 and 1.2 readers.
 */
class DescriptorSchemaTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path SAMPLES = BASEDIR.resolve("samples");

    /**
     * A hostile display name: quotes, colon, hash, newline, YAML 1.1 booleans, a number, an
     * emoji, markup, right-to-left text and a control character.
     */
    static final String HOSTILE = "it's \"quoted\": # not a comment\nno\n1.0 \uD83D\uDE80 <script>alert(1)</script> & ]]> --> "
            + "\u05E9\u05DC\u05D5\u05DD \u202Eevil\u202C \u0007bell";

    interface Writer {
        void write(Mesh mesh, Path folder) throws IOException;
    }

    record Format(String name, String suffix, String schemaFile,
                  Function<Mesh, Map<String, String>> documents, Writer writer,
                  Function<Mesh, Set<String>> expectedIds) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Format> formats() {
        List<Format> formats = new ArrayList<>();
        OdpsExporter odps = new OdpsExporter();
        formats.add(new Format("odps", ".odps.yaml", "odps-v1.0.0.json", odps::documents, odps::write,
                DescriptorSchemaTest::productIds));
        OdcsExporter odcs = new OdcsExporter();
        formats.add(new Format("odcs", ".odcs.yaml", "odcs-v3.1.0.json", odcs::documents, odcs::write,
                DescriptorSchemaTest::contractIds));
        DpdsExporter dpds = new DpdsExporter();
        formats.add(new Format("dpds", ".dpds.yaml", "dpds-v1.0.0.json", dpds::documents, dpds::write,
                DescriptorSchemaTest::productIds));
        return formats;
    }

    static Set<String> productIds(Mesh mesh) {
        Set<String> ids = new LinkedHashSet<>();
        for (MeshNode n : mesh.nodes()) {
            if (n.kind() == NodeKind.DATA_PRODUCT) {
                ids.add(n.id());
            }
        }
        return ids;
    }

    static Set<String> contractIds(Mesh mesh) {
        Set<String> ids = new LinkedHashSet<>();
        for (MeshNode n : mesh.nodes()) {
            for (Port p : n.outputPorts()) {
                if (p.contract() != null) {
                    ids.add(p.contract());
                }
            }
        }
        for (Link l : mesh.links()) {
            if (l.contract() != null) {
                ids.add(l.contract());
            }
        }
        return ids;
    }

    private static Path schemasFolder() {
        String shared = System.getProperty("meshwright.shared", BASEDIR.resolve("../shared").toString());
        Path folder = Path.of(shared).resolve("schemas");
        Assumptions.assumeTrue(Files.isDirectory(folder), "no shared schemas folder at " + folder);
        return folder;
    }

    private static JsonSchema schema(Format format) throws IOException {
        Path file = schemasFolder().resolve(format.schemaFile());
        assertThat(file).as("schema file of " + format).isRegularFile();
        JsonNode node = new ObjectMapper().readTree(file.toFile());
        String dialect = node.path("$schema").asText();
        SpecVersion.VersionFlag flag = SpecVersion.VersionFlag.fromId(dialect)
                .orElseThrow(() -> new AssertionError("unknown $schema " + dialect));
        return JsonSchemaFactory.getInstance(flag).getSchema(node);
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".mesh.yaml")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    static Mesh read(Path sample) throws Exception {
        return new MeshReader().read(sample).mesh();
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentOfEverySampleIsValid() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Format format : formats()) {
            for (Path sample : samples()) {
                tests.add(dynamicTest(format + " " + sample.getFileName(), () -> {
                    JsonSchema schema = schema(format);
                    Mesh mesh = read(sample);
                    Map<String, String> docs = format.documents().apply(mesh);
                    List<String> expectedNames = format.expectedIds().apply(mesh).stream()
                            .map(id -> id + format.suffix()).toList();
                    assertThat(docs.keySet()).containsExactlyElementsOf(expectedNames);
                    for (Map.Entry<String, String> doc : docs.entrySet()) {
                        JsonNode json = YamlToJson.parse(doc.getValue());
                        Set<ValidationMessage> errors = schema.validate(json);
                        assertThat(errors).as(doc.getKey() + "\n" + doc.getValue()).isEmpty();
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> outputIsDeterministic() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Format format : formats()) {
            for (Path sample : samples()) {
                tests.add(dynamicTest(format + " " + sample.getFileName(), () -> {
                    Map<String, String> first = format.documents().apply(read(sample));
                    Map<String, String> second = format.documents().apply(read(sample));
                    assertThat(List.copyOf(second.keySet())).isEqualTo(List.copyOf(first.keySet()));
                    assertThat(second).isEqualTo(first);
                    assertThat(first.values()).allSatisfy(text -> assertThat(text).doesNotStartWith("---"));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> writeCreatesTheFolderAndWritesExactlyTheDocuments(@TempDir Path temp) throws Exception {
        Path sample = samples().stream().filter(p -> p.getFileName().toString().equals("eshop-governed.mesh.yaml"))
                .findFirst().orElse(samples().get(0));
        return formats().stream().map(format -> dynamicTest(format.toString(), () -> {
            Mesh mesh = read(sample);
            Path base = temp.resolve(format.name());
            Files.createDirectories(base);
            Path folder = base.resolve("out").resolve("nested");
            format.writer().write(mesh, folder);
            Map<String, String> docs = format.documents().apply(mesh);
            assertThat(docs).isNotEmpty();
            try (Stream<Path> written = Files.list(folder)) {
                assertThat(written.map(p -> p.getFileName().toString()).sorted().toList())
                        .isEqualTo(docs.keySet().stream().sorted().toList());
            }
            for (Map.Entry<String, String> doc : docs.entrySet()) {
                assertThat(Files.readString(folder.resolve(doc.getKey()))).isEqualTo(doc.getValue());
            }
            try (Stream<Path> all = Files.walk(base)) {
                assertThat(all.filter(Files::isRegularFile).allMatch(p -> p.getParent().equals(folder))).isTrue();
            }
            // A second write into the now existing folder replaces the same files.
            format.writer().write(mesh, folder);
            try (Stream<Path> written = Files.list(folder)) {
                assertThat(written.count()).isEqualTo(docs.size());
            }
        }));
    }

    /** The schema check is live: a document without a required top-level field is refused. */
    @TestFactory
    Stream<DynamicTest> theSchemaCheckRejectsABrokenDocument() {
        Map<String, String> required = Map.of("odps", "id", "odcs", "kind", "dpds", "info");
        return formats().stream().map(format -> dynamicTest(format.toString(), () -> {
            JsonSchema schema = schema(format);
            String text = format.documents().apply(hostileMesh()).values().iterator().next();
            com.fasterxml.jackson.databind.node.ObjectNode json =
                    (com.fasterxml.jackson.databind.node.ObjectNode) YamlToJson.parse(text);
            assertThat(schema.validate(json)).isEmpty();
            json.remove(required.get(format.name()));
            assertThat(schema.validate(json)).isNotEmpty();
        }));
    }

    static Mesh hostileMesh() {
        Mesh mesh = new Mesh("hostile", Topology.values()[0]);
        mesh.addDomain(new Domain("d", "yes", "no", "on: off", null, Map.of()));
        mesh.addNode(MeshNode.builder("src", NodeKind.DATA_PRODUCT).domain("d").name("null").version("1.0")
                .addPort(new Port("p", "true", "1e3", "c-1", Map.of())).build());
        mesh.addNode(MeshNode.builder("p1", NodeKind.DATA_PRODUCT).domain("d").name(HOSTILE)
                .description(HOSTILE).tags(List.of("no", "1.0", "~", HOSTILE)).version("1.0")
                .slo(new Slo(99.5, "PT1H", Map.of()))
                .addPort(new Port("out", "table", "parquet", "c-2", Map.of())).build());
        mesh.addLink(Link.builder("src", "p1").fromPort("p").purpose(HOSTILE).build());
        return mesh;
    }

    @TestFactory
    Stream<DynamicTest> hostileStringsRoundTripAsStrings() throws Exception {
        return formats().stream().map(format -> dynamicTest(format.toString(), () -> {
            JsonSchema schema = schema(format);
            Map<String, String> docs = format.documents().apply(hostileMesh());
            String text = docs.get("p1" + format.suffix());
            if (text == null) { // the contract formats: the document of the hostile product's contract
                text = docs.get("c-2" + format.suffix());
            }
            assertThat(text).as(format + " documents " + docs.keySet()).isNotNull();
            // YAML 1.2 core schema, as editors and the schema check see it.
            JsonNode json = YamlToJson.parse(text);
            assertThat(schema.validate(json)).as(text).isEmpty();
            List<String> strings12 = new ArrayList<>();
            collectStrings(json, strings12);
            assertThat(strings12).as(text).contains(HOSTILE, "no", "1.0");
            // YAML 1.1, as SnakeYAML and PyYAML read it: no/yes/1.0/null stay strings, so both
            // readers see exactly the same strings in the same places.
            for (String other : docs.values()) {
                assertThat(InertYaml.assertInert(other)).isEqualTo(1);
                JsonNode node = YamlToJson.parse(other);
                assertThat(schema.validate(node)).as(other).isEmpty();
                List<String> yaml12 = new ArrayList<>();
                collectStrings(node, yaml12);
                List<Object> yaml11 = new ArrayList<>();
                collectScalars(new Yaml().load(other), yaml11);
                assertThat(yaml11.stream().filter(String.class::isInstance).toList()).as(other).isEqualTo(yaml12);
            }
            List<Object> scalars = new ArrayList<>();
            collectScalars(new Yaml().load(text), scalars);
            assertThat(scalars).as(text).contains(HOSTILE, "no", "1.0", "~");
        }));
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.forEach(child -> collectStrings(child, out));
    }

    @SuppressWarnings("unchecked")
    private static void collectScalars(Object value, List<Object> out) {
        if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collectScalars(v, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collectScalars(v, out));
        } else {
            out.add(value);
        }
    }
}
