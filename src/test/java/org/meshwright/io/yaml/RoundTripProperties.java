package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Bounds;
import org.meshwright.model.Classification;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Metadata;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Point;
import org.meshwright.model.Policies;
import org.meshwright.model.PolicySeverity;
import org.meshwright.model.Port;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Slo;
import org.meshwright.model.Topology;

/** Random valid meshes survive write and read exactly, and re-write to the same bytes. */
class RoundTripProperties {

    private final MeshWriter writer = new MeshWriter();
    private final MeshReader reader = new MeshReader();

    @Property(tries = 300)
    void randomValidMeshesRoundTripExactly(@ForAll("meshes") Mesh mesh) throws Exception {
        String yaml = writer.write(mesh);
        Mesh back = reader.read(yaml, "generated.mesh.yaml").mesh();
        assertThat(back.contentEquals(mesh)).as(yaml).isTrue();
        assertThat(writer.write(back)).isEqualTo(yaml);
    }

    @Property(tries = 100)
    void awkwardNumbersIdsAndLongTextsRoundTripThroughAFile(@ForAll("awkwardMeshes") Mesh mesh) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("round-trip", ".mesh.yaml");
        try {
            writer.save(mesh, file);
            Mesh back = reader.read(file).mesh();
            assertThat(back.contentEquals(mesh)).as(writer.write(mesh)).isTrue();
            assertThat(java.nio.file.Files.readString(file)).isEqualTo(writer.write(back));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** Coordinates, sizes and percentages at the edges of what a double and the format hold. */
    static Arbitrary<Double> awkwardDoubles(boolean nonNegative) {
        List<Double> values = new ArrayList<>(List.of(0.0, 0.1 + 0.2, 1e-300, Double.MIN_VALUE, 1e15, 1e15 + 1,
                9_007_199_254_740_993.0, 123_456_789.123_456_789, 1e300, Double.MAX_VALUE, 99.999_999_999_9, 1.0 / 3));
        if (!nonNegative) {
            values.addAll(List.of(-0.0, -1e-300, -Double.MAX_VALUE, -0.5, -1e15));
        }
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(values)),
                Tuple.of(1, nonNegative ? Arbitraries.doubles().between(0, 1e7) : Arbitraries.doubles()));
    }

    @Provide
    Arbitrary<Mesh> awkwardMeshes() {
        Arbitrary<String> longIds = Arbitraries.strings().withChars("abc0123456789.-_").ofLength(61)
                .map(s -> "a" + s + "z");
        Arbitrary<String> longTexts = Arbitraries.strings().withChars("ab \n\t:#-'\"\u05D0\u202E\u0085")
                .ofMinLength(1000).ofMaxLength(20_000);
        Arbitrary<Double> percent = awkwardDoubles(true).filter(d -> d <= 100);
        return Combinators.combine(longIds, longTexts, awkwardDoubles(false), awkwardDoubles(false),
                awkwardDoubles(true), awkwardDoubles(true), percent).as((id, text, x, y, w, h, availability) -> {
                    Mesh mesh = new Mesh(new Metadata(id, text, text, null, Map.of()), Topology.FEDERATED);
                    mesh.addDomain(new Domain("d", text, null, text, null, Map.of("x-t", text, "x-n", x)));
                    mesh.addNode(MeshNode.builder(id, NodeKind.DATA_PRODUCT).name(text).domain("d").description(text)
                            .tags(List.of(text, id)).slo(new Slo(availability, null, Map.of())).build());
                    mesh.diagram().setPosition(id, new Point(x, y));
                    mesh.diagram().setBounds("d", new Bounds(y, x, w, h));
                    return mesh;
                });
    }

    @Property(tries = 150)
    void randomValidMeshesReadTheSameFromTheFastParserAsFromSnakeYaml(@ForAll("meshes") Mesh mesh) throws Exception {
        String yaml = writer.write(mesh);
        YNode fast = BlockYamlParserTest.fast(yaml);
        if (fast != null) {
            assertThat(TreeText.of(fast)).isEqualTo(TreeText.of(BlockYamlParserTest.snakeYaml(yaml)));
        }
        StreamingReadTest.assertReadsAsFromTheWholeTree(yaml);
    }

    // ---- generators --------------------------------------------------------------------

    static Arbitrary<String> ids() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> tricky = Arbitraries.of("no", "yes", "off", "on", "true", "null", "123", "0x1f", "1e3",
                "1.5", "2024-01-01", "y", "n", "a.b_c-d", "x-ray");
        return Arbitraries.frequencyOf(Tuple.of(8, plain), Tuple.of(2, tricky));
    }

    static Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().allMatch(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF))
                .filter(RoundTripProperties::validUtf16);
        Arbitrary<String> special = Arbitraries.of("no", "off", "~", "", " ", "a: b", "#x", "- item", "multi\nline\n",
                "\ttab", "'q'", "\"dq\"", "}{", "line\r\nbreak", "trailing\n\n\n", "שלום", "🦄 emoji", "\u0000nul",
                "---", "...", "--- x", "&a", "*a", "!tag x", "!!str", "? k", "| x", "> y", "%YAML 1.2", "@x", "`x",
                "<<", "a\u0085nel", "a\u2028ls\u2029ps", "\u202Ertl\u202C", "\uFEFFbom", " leading", "trailing ",
                "\r", "a\rb", "\u001B[31mred", "\\", "\\n", "{{x}}", "${x}", "x".repeat(1200),
                "<script>alert(1)</script>", "\n", " \n ", "- - -", "[a, b]", "{a: b}", "1e3", ".inf", "0x1F");
        return Arbitraries.frequencyOf(Tuple.of(5, words), Tuple.of(2, unicode), Tuple.of(3, special));
    }

    private static boolean validUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static Arbitrary<Object> extensionValues(int depth) {
        List<Arbitrary<? extends Object>> scalars = List.of(
                texts(), Arbitraries.of(true, false), Arbitraries.longs(),
                Arbitraries.doubles().between(-1e9, 1e9), Arbitraries.just(null),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("9223372036854775808"),
                        new java.math.BigInteger("99999999999999999999999")));
        Arbitrary<Object> scalar = Arbitraries.oneOf(scalars.stream().map(a -> a.map(v -> (Object) v)).toList());
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = extensionValues(depth - 1).list().ofMaxSize(3).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(texts().filter(s -> s.length() < 100), extensionValues(depth - 1))
                .ofMaxSize(3).map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(2, list), Tuple.of(2, map));
    }

    static Arbitrary<Map<String, Object>> extensions() {
        return Arbitraries.maps(ids().map(s -> "x-" + s), extensionValues(2)).ofMaxSize(2)
                .map(LinkedHashMap::new);
    }

    private static <T> Arbitrary<T> maybe(Arbitrary<T> a) {
        return a.injectNull(0.5);
    }

    @Provide
    Arbitrary<Mesh> meshes() {
        Arbitrary<List<String>> idPool = ids().list().uniqueElements().ofMinSize(1).ofMaxSize(14);
        return idPool.flatMap(pool -> Combinators.combine(
                        Arbitraries.of(Topology.class), metadata(), domainsAndNodes(pool), extensions(), policies())
                .as((topology, metadata, elements, ext, policies) -> {
                    Mesh mesh = new Mesh(metadata, topology);
                    mesh.setExtensions(ext);
                    mesh.setPolicies(policies);
                    elements.forEach(e -> {
                        if (e instanceof Domain d) {
                            mesh.addDomain(d);
                        } else {
                            mesh.addNode((MeshNode) e);
                        }
                    });
                    return mesh;
                })
                .flatMap(mesh -> links(pool).map(links -> {
                    links.forEach(l -> {
                        if (mesh.link(l.effectiveId()) == null) {
                            mesh.addLink(l);
                        }
                    });
                    return mesh;
                }))
                .flatMap(mesh -> layout(mesh)));
    }

    private Arbitrary<Metadata> metadata() {
        return Combinators.combine(ids(), maybe(texts()), maybe(texts()), maybe(texts()), extensions())
                .as(Metadata::new);
    }

    private Arbitrary<Policies> policies() {
        return Arbitraries.maps(Arbitraries.of(RuleIds.ALL), Arbitraries.of(PolicySeverity.class)).ofMaxSize(4)
                .map(m -> new Policies(new LinkedHashMap<>(m), Map.of()));
    }

    private Arbitrary<List<Object>> domainsAndNodes(List<String> pool) {
        List<Arbitrary<Object>> elements = new ArrayList<>();
        for (String id : pool) {
            elements.add(Arbitraries.frequencyOf(Tuple.of(1, domain(id, pool)), Tuple.of(3, node(id, pool))));
        }
        return Combinators.combine(elements).as(list -> list);
    }

    private Arbitrary<Object> domain(String id, List<String> pool) {
        return Combinators.combine(maybe(texts()), maybe(texts()), maybe(texts()), maybe(Arbitraries.of(pool)),
                extensions()).as((name, owner, description, platform, ext) ->
                (Object) new Domain(id, name, owner, description, platform, ext));
    }

    private Arbitrary<Object> node(String id, List<String> pool) {
        Arbitrary<NodeKind> kinds = Arbitraries.of(NodeKind.class);
        return kinds.flatMap(kind -> {
            boolean product = kind == NodeKind.DATA_PRODUCT;
            Arbitrary<MeshNode.Builder> base = Combinators.combine(
                    maybe(texts()), maybe(Arbitraries.of(pool)), maybe(texts()),
                    Arbitraries.of(NodeStatus.class), Arbitraries.of(Classification.class),
                    Arbitraries.of(true, false), maybe(texts()), texts().list().ofMaxSize(3)
            ).as((name, domain, owner, status, classification, pii, description, tags) ->
                    MeshNode.builder(id, kind).name(name).domain(domain).owner(owner).status(status)
                            .classification(classification).pii(pii).description(description).tags(tags));
            Arbitrary<MeshNode.Builder> withExt = Combinators.combine(base, extensions()).as(MeshNode.Builder::extensions);
            if (!product) {
                return withExt.map(b -> (Object) b.build());
            }
            return Combinators.combine(withExt, maybe(Arbitraries.of(Archetype.class)), Arbitraries.of(true, false),
                    maybe(texts()), ports(), maybe(slos())).as((b, archetype, deidentified, version, ports, slo) ->
                    (Object) b.archetype(archetype).deidentified(deidentified).version(version).outputPorts(ports)
                            .slo(slo).build());
        });
    }

    private Arbitrary<List<Port>> ports() {
        Arbitrary<Port> port = Combinators.combine(ids(), maybe(texts()), maybe(texts()), maybe(ids()), extensions())
                .as(Port::new);
        return port.list().ofMaxSize(3).uniqueElements(Port::id);
    }

    private Arbitrary<Slo> slos() {
        return Combinators.combine(
                maybe(Arbitraries.doubles().between(0, 100).ofScale(3)),
                maybe(Arbitraries.of("PT15M", "P1D", "PT1H30M", "P1Y2M3DT4H5M6.5S", "P2W")),
                extensions()).as(Slo::new);
    }

    private Arbitrary<List<Link>> links(List<String> pool) {
        Arbitrary<Link> link = Combinators.combine(
                Arbitraries.of(pool), Arbitraries.of(pool), maybe(ids()), maybe(ids()),
                Arbitraries.of(pool).list().ofMaxSize(2), Arbitraries.of(AccessMode.class), maybe(ids()),
                Arbitraries.of(true, false)
        ).as((from, to, id, fromPort, via, mode, contract, anonymized) -> Link.builder(from, to).id(id)
                .fromPort(fromPort).via(via).accessMode(mode).contract(contract).anonymized(anonymized).build());
        Arbitrary<Link> full = Combinators.combine(link, maybe(texts()), Arbitraries.of(LinkStatus.class),
                maybe(texts()), extensions()).as((l, purpose, status, description, ext) ->
                l.toBuilder().purpose(purpose).status(status).description(description).extensions(ext).build());
        return full.list().ofMaxSize(10);
    }

    private Arbitrary<Mesh> layout(Mesh mesh) {
        Arbitrary<Double> coordinate = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-2000, 5000).map(Integer::doubleValue)),
                Tuple.of(1, Arbitraries.doubles().between(-1e6, 1e6)));
        Arbitrary<Double> size = Arbitraries.doubles().between(0, 5000).ofScale(1);
        Arbitrary<List<Point>> points = Combinators.combine(coordinate, coordinate).as(Point::new)
                .injectNull(0.3).list().ofSize(mesh.nodes().size());
        Arbitrary<List<Bounds>> bounds = Combinators.combine(coordinate, coordinate, size, size).as(Bounds::new)
                .injectNull(0.3).list().ofSize(mesh.domains().size());
        return Combinators.combine(points, bounds, extensions()).as((p, b, ext) -> {
            for (int i = 0; i < p.size(); i++) {
                mesh.diagram().setPosition(mesh.nodes().get(i).id(), p.get(i));
            }
            for (int i = 0; i < b.size(); i++) {
                mesh.diagram().setBounds(mesh.domains().get(i).id(), b.get(i));
            }
            mesh.diagram().setExtensions(ext);
            return mesh;
        });
    }
}
