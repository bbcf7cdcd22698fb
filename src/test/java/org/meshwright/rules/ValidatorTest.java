package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;
import static org.meshwright.rules.RuleTestSupport.federated;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;
import static org.meshwright.rules.RuleTestSupport.harmonized;
import static org.meshwright.rules.RuleTestSupport.read;
import static org.meshwright.rules.RuleTestSupport.validate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

class ValidatorTest {

    // ---- threads -----------------------------------------------------------------------

    @Test
    void theEditorsValidatorFindsWhatTheParallelOneFinds() {
        for (Topology topology : Topology.values()) {
            Mesh mesh = org.meshwright.bench.MeshGenerator.builder().nodes(300).topology(topology).productCycles(2)
                    .build().generate();
            List<Finding> parallel = new Validator().validate(mesh);

            assertThat(parallel).as("the generated %s mesh has findings to compare", topology).isNotEmpty();
            assertThat(Validator.leavingOneProcessor().validate(mesh)).isEqualTo(parallel);
        }
    }

    // ---- severities policy -------------------------------------------------------------

    private static final String UNUSED_AND_UNCONTRACTED = """
            domains:
              - {id: a, owner: team}
              - {id: b, owner: team}
            nodes:
              - {id: g, kind: governance}
              - {id: h, kind: hub}
              - {id: a.s, kind: source-system, domain: a}
              - {id: a.p, kind: data-product, domain: a}
              - {id: b.q, kind: data-product, domain: b}
            links:
              - {from: a.s, to: a.p}
              - {from: a.p, to: b.q, via: [h]}
            """;

    @Test
    void meshWithoutPoliciesGetsTheDefaultSeverities() {
        List<Finding> found = validate(governed(UNUSED_AND_UNCONTRACTED));

        assertThat(found).extracting(Finding::rule, Finding::severity, Finding::elementIds).containsExactly(
                tuple(RuleIds.CONTRACT_REQUIRED, Severity.ERROR, List.of("a.p->b.q")),
                tuple(RuleIds.UNUSED_PRODUCT, Severity.WARNING, List.of("b.q")));
    }

    @Test
    void policyOverrideChangesTheSeverityAndTheOrder() {
        List<Finding> found = validate(governed(UNUSED_AND_UNCONTRACTED + """
                policies:
                  severities:
                    contract-required: warning
                    unused-product: error
                """));

        assertThat(found).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(RuleIds.UNUSED_PRODUCT, Severity.ERROR),
                tuple(RuleIds.CONTRACT_REQUIRED, Severity.WARNING));
    }

    @Test
    void policyOffRemovesTheRulesFindings() {
        List<Finding> found = validate(governed(UNUSED_AND_UNCONTRACTED + """
                policies:
                  severities:
                    unused-product: off
                    contract-required: "off"
                """));

        assertThat(found).isEmpty();
    }

    @Test
    void policyNeverAppliesARuleOutsideItsTopologies() {
        // No hub, a cross-domain link without hub, no platform declared by the domains.
        String spec = """
                domains:
                  - {id: a, owner: team}
                  - {id: b, owner: team}
                nodes:
                  - {id: g, kind: governance}
                  - {id: pl, kind: platform}
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: a.p, kind: data-product, domain: a, outputPorts: [{id: t, contract: k}]}
                  - {id: b.c, kind: consumer, domain: b}
                links:
                  - {from: a.s, to: a.p}
                  - {from: a.p, to: b.c}
                policies:
                  severities:
                    governed-hub-required: error
                    governed-hub-routing: error
                    governed-single-hub: error
                    harmonized-shared-platform: error
                    federated-platform-declared: error
                    topology-fit: error
                """;

        assertThat(validate(harmonized(spec))).extracting(Finding::rule)
                .containsOnly(RuleIds.HARMONIZED_SHARED_PLATFORM);
        assertThat(validate(federated(spec))).extracting(Finding::rule)
                .containsOnly(RuleIds.FEDERATED_PLATFORM_DECLARED);
        assertThat(validate(governed(spec))).extracting(Finding::rule)
                .containsOnly(RuleIds.GOVERNED_HUB_REQUIRED, RuleIds.GOVERNED_HUB_ROUTING);
    }

    @Test
    void overrideOfOneRuleLeavesTheOthersAtTheirDefaults() {
        List<Finding> found = validate(governed("""
                nodes:
                  - {id: p, kind: data-product, owner: team}
                policies:
                  severities:
                    lineage-source: warning
                """));

        assertThat(found).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(RuleIds.DOMAIN_REQUIRED, Severity.ERROR),
                tuple(RuleIds.GOVERNED_HUB_REQUIRED, Severity.ERROR),
                tuple(RuleIds.GOVERNANCE_NODE_REQUIRED, Severity.WARNING),
                tuple(RuleIds.LINEAGE_SOURCE, Severity.WARNING),
                tuple(RuleIds.UNUSED_PRODUCT, Severity.WARNING));
    }

    // ---- order ---------------------------------------------------------------------------

    @Test
    void findingsAreSortedBySeverityThenRuleThenFirstElement() {
        List<Finding> found = validate(governed("""
                domains:
                  - {id: b}
                  - {id: a.x}
                  - {id: a-x}
                  - {id: a}
                nodes:
                  - {id: b.p, kind: data-product, domain: b}
                  - {id: a.p, kind: data-product, domain: a}
                """));

        assertThat(found).extracting(Finding::severity, Finding::rule, Finding::elementIds).containsExactly(
                tuple(Severity.ERROR, RuleIds.GOVERNED_HUB_REQUIRED, List.of()),
                tuple(Severity.ERROR, RuleIds.OWNER_REQUIRED, List.of("a")),
                tuple(Severity.ERROR, RuleIds.OWNER_REQUIRED, List.of("a-x")),
                tuple(Severity.ERROR, RuleIds.OWNER_REQUIRED, List.of("a.p")),
                tuple(Severity.ERROR, RuleIds.OWNER_REQUIRED, List.of("a.x")),
                tuple(Severity.ERROR, RuleIds.OWNER_REQUIRED, List.of("b")),
                tuple(Severity.ERROR, RuleIds.OWNER_REQUIRED, List.of("b.p")),
                tuple(Severity.WARNING, RuleIds.GOVERNANCE_NODE_REQUIRED, List.of()),
                tuple(Severity.WARNING, RuleIds.UNUSED_PRODUCT, List.of("a.p")),
                tuple(Severity.WARNING, RuleIds.UNUSED_PRODUCT, List.of("b.p")),
                tuple(Severity.INFO, RuleIds.LINEAGE_SOURCE, List.of("a.p")),
                tuple(Severity.INFO, RuleIds.LINEAGE_SOURCE, List.of("b.p")));
    }

    @Test
    void findingsOfTheViolationsSampleAreInCatalogueOrder() throws Exception {
        Mesh mesh = new MeshReader().read(Path.of("samples/violations.mesh.yaml")).mesh();

        List<Finding> found = new Validator().validate(mesh);

        assertThat(found).hasSizeGreaterThan(20).isSortedAccordingTo(CATALOGUE_ORDER);
    }

    @Test
    void findingWithoutElementsSortsBeforeThoseWithAndIdsCompareByCodePoint() {
        // U+FF21 sorts before U+1F600 by code point, though not by UTF-16 char.
        Finding second = finding(Severity.WARNING, "a");
        Finding first = finding(Severity.WARNING);
        Finding fifth = finding(Severity.WARNING, "\uD83D\uDE00");
        Finding fourth = finding(Severity.WARNING, "\uFF21");
        Finding third = finding(Severity.WARNING, "b");
        Finding error = finding(Severity.ERROR, "z");

        List<Finding> found = new Validator(List.of(new FixedRule(second, first, fifth, fourth, third, error)))
                .validate(read(governed("")));

        assertThat(found).containsExactly(error, first, second, third, fourth, fifth);
    }

    @Test
    void eachFindingIsReportedOnce() {
        Finding once = finding(Severity.ERROR, "a");

        List<Finding> found = new Validator(List.of(new FixedRule(once, once, once))).validate(read(governed("")));

        assertThat(found).containsExactly(once);
    }

    @Test
    void noFindingOfTheViolationsSampleIsRepeated() throws Exception {
        Mesh mesh = new MeshReader().read(Path.of("samples/violations.mesh.yaml")).mesh();

        List<Finding> found = new Validator().validate(mesh);

        assertThat(new HashSet<>(found)).hasSameSizeAs(found);
    }

    // ---- robustness ----------------------------------------------------------------------

    @Test
    void emptyGovernedMeshLacksOnlyItsHubAndGovernance() {
        assertThat(validate(governed(""))).extracting(Finding::rule, Finding::severity, Finding::elementIds)
                .containsExactly(
                        tuple(RuleIds.GOVERNED_HUB_REQUIRED, Severity.ERROR, List.of()),
                        tuple(RuleIds.GOVERNANCE_NODE_REQUIRED, Severity.WARNING, List.of()));
    }

    @Test
    void emptyHarmonizedMeshLacksOnlyItsPlatformAndGovernance() {
        assertThat(validate(harmonized(""))).extracting(Finding::rule)
                .containsExactly(RuleIds.HARMONIZED_SHARED_PLATFORM, RuleIds.GOVERNANCE_NODE_REQUIRED);
    }

    @Test
    void emptyFederatedMeshLacksOnlyGovernance() {
        assertThat(validate(federated(""))).extracting(Finding::rule)
                .containsExactly(RuleIds.GOVERNANCE_NODE_REQUIRED);
    }

    @Test
    void brokenMeshIsValidatedWithoutThrowing() {
        String spec = """
                domains:
                  - {id: empty}
                  - {id: other, platform: ghost-platform}
                nodes:
                  - {id: p, kind: data-product, domain: ghost, pii: true}
                  - {id: s, kind: source-system}
                  - {id: c, kind: consumer, domain: empty}
                  - {id: h, kind: hub}
                  - {id: g, kind: governance}
                links:
                  - {from: p, to: p, fromPort: none}
                  - {from: s, to: s}
                  - {from: c, to: c}
                  - {from: h, to: h, via: [h, h, ghost]}
                  - {from: g, to: ghost, via: [p]}
                  - {from: ghost, to: p, fromPort: x}
                  - {id: again, from: p, to: p, via: [ghost, ghost]}
                  - {from: p, to: c}
                """;
        String layout = """
                layout:
                  nodes:
                    ghost: {x: 1, y: 2}
                  domains:
                    ghost: {x: 0, y: 0, width: 10, height: 10}
                """;
        for (String yaml : List.of(governed(spec) + layout, harmonized(spec) + layout, federated(spec) + layout)) {
            assertThatCode(() -> validate(yaml)).doesNotThrowAnyException();
            assertThat(validate(yaml)).isSortedAccordingTo(CATALOGUE_ORDER);
        }
        assertThat(findings(governed(spec) + layout, RuleIds.PRODUCT_CYCLE)).extracting(Finding::elementIds)
                .containsExactly(List.of("p"));
    }

    @Test
    void meshBuiltInMemoryWithDanglingReferencesIsValidatedWithoutThrowing() {
        Mesh mesh = new Mesh("in-memory", Topology.GOVERNED);
        mesh.addDomain(new Domain("d", null, null, null, "nothing", Map.of()));
        mesh.addDomain(new Domain("empty"));
        mesh.addNode(MeshNode.builder("p", NodeKind.DATA_PRODUCT).domain("nowhere").pii(true).build());
        mesh.addNode(MeshNode.builder("q", NodeKind.DATA_PRODUCT).domain("d").deidentified(true).build());
        mesh.addLink(Link.of("p", "p"));
        mesh.addLink(Link.of("p", "q"));
        mesh.addLink(Link.of("q", "p"));
        mesh.addLink(Link.builder("q", "missing").fromPort("none").via(List.of("p", "gone")).build());
        mesh.addLink(Link.of("missing", "also-missing"));
        mesh.diagram().setPosition("gone", new Point(0, 0));

        List<Finding> found = new Validator().validate(mesh);

        assertThat(found).isSortedAccordingTo(CATALOGUE_ORDER);
        assertThat(found).filteredOn(f -> f.rule().equals(RuleIds.PRODUCT_CYCLE)).extracting(Finding::elementIds)
                .containsExactly(List.of("p"), List.of("p", "q"));
    }

    @Test
    void meshWithNoLinksAtAllIsValidated() {
        List<Finding> found = validate(governed("""
                domains:
                  - {id: a, owner: team}
                nodes:
                  - {id: g, kind: governance}
                  - {id: h, kind: hub}
                  - {id: a.s, kind: source-system, domain: a}
                  - {id: a.c, kind: consumer, domain: a}
                """));

        assertThat(found).isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------

    /** The catalogue's order, written independently of {@link Finding#ORDER}. */
    static final Comparator<Finding> CATALOGUE_ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(Finding::rule, ValidatorTest::byCodePoint)
            .thenComparing((a, b) -> {
                if (a.elements().isEmpty() || b.elements().isEmpty()) {
                    return Boolean.compare(!a.elements().isEmpty(), !b.elements().isEmpty());
                }
                return byCodePoint(a.elements().get(0).id(), b.elements().get(0).id());
            });

    static int byCodePoint(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static Finding finding(Severity severity, String... nodeIds) {
        return new Finding("zz-test", severity, "test finding " + String.join(",", nodeIds),
                Arrays.stream(nodeIds).map(ElementRef::node).toList());
    }

    /** A rule that reports the given findings as they are, in the given order. */
    private record FixedRule(List<Finding> findings) implements Rule {

        FixedRule(Finding... findings) {
            this(List.of(findings));
        }

        @Override
        public String id() {
            return "zz-test";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String summary() {
            return "reports fixed findings";
        }

        @Override
        public String help() {
            return "for tests";
        }

        @Override
        public void check(RuleContext context, Consumer<Finding> report) {
            findings.forEach(report);
        }
    }
}
