package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Archetype;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Port;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

/** Validation findings, cycle paths included, do not depend on the order of the domains, nodes and links. */
class ValidationOrderProperties {

    private final Validator validator = new Validator();

    @Property(tries = 300)
    void findingsDoNotDependOnListOrder(@ForAll("meshes") Mesh mesh, @ForAll Random random) {
        List<Finding> expected = validator.validate(mesh);

        List<Finding> shuffled = validator.validate(shuffled(mesh, random));

        Statistics.label("product cycle").collect(hasRule(expected, RuleIds.PRODUCT_CYCLE))
                .coverage(c -> c.check(true).percentage(p -> p > 10));
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Property(tries = 200)
    void cyclePathsDoNotDependOnListOrder(@ForAll("productWebs") Mesh mesh, @ForAll Random random) {
        List<Finding> expected = cycleFindings(mesh);

        List<Finding> shuffled = cycleFindings(shuffled(mesh, random));

        Statistics.label("product cycle").collect(hasRule(expected, RuleIds.PRODUCT_CYCLE))
                .coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("domain cycle").collect(hasRule(expected, RuleIds.DOMAIN_CYCLE))
                .coverage(c -> c.check(true).percentage(p -> p > 10));
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Property(tries = 50)
    void sampleFindingsDoNotDependOnListOrder(
            @ForAll("samples") String sample, @ForAll Random random) throws Exception {
        Mesh mesh = new MeshReader().read(Path.of("samples", sample)).mesh();
        List<Finding> expected = validator.validate(mesh);

        List<Finding> shuffled = validator.validate(shuffled(mesh, random));

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Property(tries = 100)
    void findingsDoNotDependOnTheOrderOfTheFile(@ForAll("samples") String sample, @ForAll Random random)
            throws Exception {
        Mesh mesh = new MeshReader().read(Path.of("samples", sample)).mesh();
        // the same file in its own order (saving drops layout entries of missing elements)
        List<Finding> expected = validator.validate(reread(mesh));

        List<Finding> reordered = validator.validate(reorderedFile(mesh, random));

        assertThat(reordered).containsExactlyElementsOf(expected);
    }

    @Property(tries = 200)
    void randomMeshFindingsDoNotDependOnTheOrderOfTheFile(@ForAll("meshes") Mesh mesh, @ForAll Random random)
            throws Exception {
        List<Finding> expected = validator.validate(reread(mesh));

        List<Finding> reordered = validator.validate(reorderedFile(mesh, random));

        assertThat(reordered).containsExactlyElementsOf(expected);
    }

    @Property(tries = 50)
    void cycleWithSeveralShortestPathsAlwaysShowsTheSamePath(@ForAll Random random) {
        // From a, two cycles of length 3 (a -> b -> d -> a and a -> c -> d -> a) and one of length 4.
        Mesh mesh = new Mesh("diamond", Topology.FEDERATED);
        for (String id : List.of("e", "d", "c", "b", "a")) {
            mesh.addNode(MeshNode.builder(id, NodeKind.DATA_PRODUCT).build());
        }
        for (String[] pair : new String[][] {{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "a"},
                {"c", "e"}, {"e", "d"}}) {
            mesh.addLink(Link.of(pair[0], pair[1]));
        }

        List<Finding> found = cycleFindings(shuffled(mesh, random));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).elementIds()).containsExactly("a", "b", "c", "d", "e");
        assertThat(found.get(0).message()).contains("a -> b -> d -> a");
    }

    // ---- shuffling -----------------------------------------------------------------------

    /** The same mesh with its domains, nodes and links in a random order. */
    static Mesh shuffled(Mesh mesh, Random random) {
        List<Domain> domains = new ArrayList<>(mesh.domains());
        List<MeshNode> nodes = new ArrayList<>(mesh.nodes());
        List<Link> links = new ArrayList<>(mesh.links());
        Collections.shuffle(domains, random);
        Collections.shuffle(nodes, random);
        Collections.shuffle(links, random);
        Mesh copy = new Mesh(mesh.metadata(), mesh.topology());
        copy.setPolicies(mesh.policies());
        domains.forEach(copy::addDomain);
        nodes.forEach(copy::addNode);
        links.forEach(copy::addLink);
        mesh.diagram().positions().forEach(copy.diagram()::setPosition);
        mesh.diagram().bounds().forEach(copy.diagram()::setBounds);
        return copy;
    }

    /**
     * The mesh as a file that lists everything in another order (domains, nodes, links, each
     * product's ports, the layout entries and the policy severities), written and read back.
     */
    static Mesh reorderedFile(Mesh mesh, Random random) throws Exception {
        Mesh copy = shuffled(mesh, random);
        for (MeshNode node : List.copyOf(copy.nodes())) {
            List<Port> ports = new ArrayList<>(node.outputPorts());
            Collections.shuffle(ports, random);
            copy.replaceNode(node.id(), node.toBuilder().outputPorts(ports).build());
        }
        List<Map.Entry<String, org.meshwright.model.PolicySeverity>> severities =
                new ArrayList<>(mesh.policies().severities().entrySet());
        Collections.shuffle(severities, random);
        Map<String, org.meshwright.model.PolicySeverity> reordered = new java.util.LinkedHashMap<>();
        severities.forEach(e -> reordered.put(e.getKey(), e.getValue()));
        copy.setPolicies(new org.meshwright.model.Policies(reordered, mesh.policies().extensions()));
        List<String> positioned = new ArrayList<>(copy.diagram().positions().keySet());
        Collections.shuffle(positioned, random);
        var positions = new java.util.LinkedHashMap<>(copy.diagram().positions());
        positioned.forEach(id -> copy.diagram().setPosition(id, null));
        positioned.forEach(id -> copy.diagram().setPosition(id, positions.get(id)));
        return reread(copy);
    }

    private static Mesh reread(Mesh mesh) throws Exception {
        return new MeshReader().read(new MeshWriter().write(mesh), "reread.mesh.yaml").mesh();
    }

    private List<Finding> cycleFindings(Mesh mesh) {
        return validator.validate(mesh).stream()
                .filter(f -> f.rule().equals(RuleIds.PRODUCT_CYCLE) || f.rule().equals(RuleIds.DOMAIN_CYCLE))
                .toList();
    }

    private static boolean hasRule(List<Finding> findings, String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }

    // ---- generators ----------------------------------------------------------------------

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of("eshop-governed.mesh.yaml", "eshop-harmonized.mesh.yaml", "eshop-federated.mesh.yaml",
                "bank-governed.mesh.yaml", "violations.mesh.yaml", "violations-no-hub.mesh.yaml",
                "violations-harmonized.mesh.yaml", "violations-federated.mesh.yaml");
    }

    /** A node before it has an id: its kind and the index of its domain (past the declared ones: none, or unknown). */
    record NodeSpec(NodeKind kind, int domain, boolean pii, boolean deidentified, Archetype archetype,
                    NodeStatus status, boolean owner, int ports) {
    }

    /** A link between node indexes (taken modulo one more than the nodes: the last is a missing node). */
    record LinkSpec(int from, int to, List<Integer> via, boolean anonymized, boolean contract, boolean fromPort) {
    }

    private static final int DOMAINS = 4;
    private static final int NODES = 12;

    @Provide
    Arbitrary<Mesh> meshes() {
        Arbitrary<NodeKind> kinds = Arbitraries.frequency(
                Tuple.of(6, NodeKind.DATA_PRODUCT), Tuple.of(2, NodeKind.SOURCE_SYSTEM), Tuple.of(2, NodeKind.CONSUMER),
                Tuple.of(1, NodeKind.HUB), Tuple.of(1, NodeKind.ANONYMIZER), Tuple.of(1, NodeKind.PLATFORM),
                Tuple.of(1, NodeKind.GOVERNANCE), Tuple.of(1, NodeKind.VIRTUALIZATION));
        Arbitrary<NodeSpec> nodes = Combinators.combine(
                kinds, Arbitraries.integers().between(0, DOMAINS + 1), Arbitraries.of(true, false, false),
                Arbitraries.of(true, false, false), Arbitraries.of(Archetype.class).injectNull(0.3),
                Arbitraries.of(NodeStatus.class), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2))
                .as(NodeSpec::new);
        Arbitrary<LinkSpec> links = Combinators.combine(
                Arbitraries.integers().between(0, NODES), Arbitraries.integers().between(0, NODES),
                Arbitraries.integers().between(0, NODES).list().ofMaxSize(2),
                Arbitraries.of(true, false, false, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(LinkSpec::new);
        return Combinators.combine(
                Arbitraries.of(Topology.class), Arbitraries.integers().between(0, DOMAINS),
                Arbitraries.of(true, false).list().ofSize(DOMAINS), Arbitraries.integers().between(0, 3).list().ofSize(DOMAINS),
                nodes.list().ofMaxSize(NODES), links.list().ofMaxSize(30))
                .as(ValidationOrderProperties::build);
    }

    /** Data products only, densely linked across a few domains: many cycles, many equally short ones. */
    @Provide
    Arbitrary<Mesh> productWebs() {
        Arbitrary<NodeSpec> nodes = Arbitraries.integers().between(0, 2)
                .map(d -> new NodeSpec(NodeKind.DATA_PRODUCT, d, false, false, null, NodeStatus.ACTIVE, true, 0));
        Arbitrary<LinkSpec> links = Combinators.combine(
                        Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7))
                .as((from, to) -> new LinkSpec(from, to, List.of(), false, false, false));
        return Combinators.combine(nodes.list().ofMinSize(2).ofMaxSize(8), links.list().ofMinSize(2).ofMaxSize(20))
                .as((n, l) -> build(Topology.FEDERATED, 3, List.of(true, true, true), List.of(0, 0, 0), n, l));
    }

    static Mesh build(Topology topology, int domainCount, List<Boolean> domainOwners, List<Integer> domainPlatforms,
                      List<NodeSpec> nodeSpecs, List<LinkSpec> linkSpecs) {
        Mesh mesh = new Mesh("random", topology);
        List<String> nodeIds = new ArrayList<>();
        for (int i = 0; i < nodeSpecs.size(); i++) {
            nodeIds.add("n" + i);
        }
        List<String> platformIds = new ArrayList<>();
        for (int i = 0; i < nodeSpecs.size(); i++) {
            if (nodeSpecs.get(i).kind() == NodeKind.PLATFORM) {
                platformIds.add(nodeIds.get(i));
            }
        }
        for (int d = 0; d < domainCount; d++) {
            int platformChoice = domainPlatforms.get(d);
            String platform = platformChoice == 0 ? null
                    : platformChoice == 1 ? "ghost-platform"
                    : platformIds.isEmpty() ? null : platformIds.get((platformChoice - 2) % platformIds.size());
            mesh.addDomain(new Domain("d" + d, null, domainOwners.get(d) ? "team" + d : null, null, platform, Map.of()));
        }
        for (int i = 0; i < nodeSpecs.size(); i++) {
            NodeSpec spec = nodeSpecs.get(i);
            String domain = spec.domain() < domainCount ? "d" + spec.domain()
                    : spec.domain() == domainCount ? null : "ghost-domain";
            MeshNode.Builder node = MeshNode.builder(nodeIds.get(i), spec.kind()).domain(domain).pii(spec.pii())
                    .status(spec.status()).owner(spec.owner() ? "owner" + i : null);
            if (spec.kind() == NodeKind.DATA_PRODUCT) {
                node.deidentified(spec.deidentified()).archetype(spec.archetype());
                for (int p = 0; p < spec.ports(); p++) {
                    node.addPort(new Port("port" + p, null, null, p == 0 ? null : "contract" + p, Map.of()));
                }
            }
            mesh.addNode(node.build());
        }
        Set<String> linkIds = new HashSet<>();
        for (LinkSpec spec : linkSpecs) {
            String from = nodeOrGhost(nodeIds, spec.from(), "ghost-node");
            String to = nodeOrGhost(nodeIds, spec.to(), "ghost-node");
            List<String> via = spec.via().stream().map(v -> nodeOrGhost(nodeIds, v, "ghost-via")).toList();
            Link link = Link.builder(from, to).via(via).anonymized(spec.anonymized())
                    .contract(spec.contract() ? "link-contract" : null).fromPort(spec.fromPort() ? "port1" : null)
                    .build();
            if (linkIds.add(link.effectiveId())) {
                mesh.addLink(link);
            }
        }
        return mesh;
    }

    /** Index {@code i} modulo one more than the nodes: a node, or now and then one that does not exist. */
    private static String nodeOrGhost(List<String> nodeIds, int i, String ghost) {
        int index = i % (nodeIds.size() + 1);
        return index < nodeIds.size() ? nodeIds.get(index) : ghost;
    }
}
