package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementKind;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class ReferenceUnknownRuleTest {

    private static final String RULE = RuleIds.REFERENCE_UNKNOWN;

    @Test
    void domainNamingAMissingPlatformIsReportedAtTheDomain() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d, platform: nowhere}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("d"));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).elements()).containsExactly(ElementRef.domain("d"));
        assertThat(found.get(0).message()).contains("nowhere");
    }

    @Test
    void domainNamingANodeThatIsNoPlatformIsReported() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d, platform: h}
                nodes:
                  - {id: h, kind: hub}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("d"));
    }

    @Test
    void nodeInAnUndeclaredDomainIsReportedAtTheNode() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: c, kind: consumer, domain: ghost}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.node("c")));
        assertThat(found.get(0).message()).contains("ghost");
    }

    @Test
    void linkWithSeveralBrokenReferencesGivesOneFindingPerReference() {
        List<Finding> found = findings(governed("""
                links:
                  - {from: ghost-a, to: ghost-b, via: [ghost-c, ghost-d]}
                """), RULE);

        assertThat(found).hasSize(4);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.elements()).containsExactly(ElementRef.link("ghost-a->ghost-b"));
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(found).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'ghost-a'"))
                .anySatisfy(m -> assertThat(m).contains("'ghost-b'"))
                .anySatisfy(m -> assertThat(m).contains("'ghost-c'"))
                .anySatisfy(m -> assertThat(m).contains("'ghost-d'"));
    }

    @Test
    void linkIsNamedByItsExplicitId() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product, domain: d}
                domains:
                  - {id: d}
                links:
                  - {id: feed, from: p, to: ghost}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("feed"));
    }

    @Test
    void fromPortThatTheProviderDoesNotHaveIsReportedAtTheLink() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d}
                nodes:
                  - id: p
                    kind: data-product
                    domain: d
                    outputPorts: [{id: table}]
                  - {id: q, kind: data-product, domain: d}
                links:
                  - {from: p, to: q, fromPort: csv}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p->q"));
        assertThat(found.get(0).message()).contains("csv");
    }

    @Test
    void layoutKeysNamingNoElementAreReportedByTheKeyItself() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d}
                nodes:
                  - {id: c, kind: consumer, domain: d}
                """) + """
                layout:
                  nodes:
                    c: {x: 0, y: 0}
                    gone: {x: 10, y: 10}
                  domains:
                    d: {x: 0, y: 0, width: 100, height: 100}
                    gone-domain: {x: 0, y: 0, width: 100, height: 100}
                """, RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(
                List.of(new ElementRef(ElementKind.LAYOUT_NODE, "gone")),
                List.of(new ElementRef(ElementKind.LAYOUT_DOMAIN, "gone-domain")));
    }

    @Test
    void layoutKeyNamingAnElementOfTheOtherSectionIsReported() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d}
                nodes:
                  - {id: c, kind: consumer, domain: d}
                """) + """
                layout:
                  nodes:
                    d: {x: 0, y: 0}
                  domains:
                    c: {x: 0, y: 0, width: 100, height: 100}
                """, RULE);

        assertThat(found).extracting(Finding::elements).containsExactlyInAnyOrder(
                List.of(ElementRef.layoutNode("d")), List.of(ElementRef.layoutDomain("c")));
    }

    @Test
    void nodesOfTheWrongKindInALinkAreNotReferenceUnknown() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d}
                nodes:
                  - {id: c, kind: consumer, domain: d}
                  - {id: h, kind: hub}
                  - {id: g, kind: governance}
                links:
                  - {from: c, to: h, via: [g]}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void meshWhoseReferencesAllResolveIsSilent() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d, platform: plat}
                nodes:
                  - {id: plat, kind: platform}
                  - {id: h, kind: hub}
                  - {id: s, kind: source-system, domain: d}
                  - id: p
                    kind: data-product
                    domain: d
                    outputPorts: [{id: table}]
                  - {id: c, kind: consumer}
                links:
                  - {from: s, to: p}
                  - {from: p, to: c, fromPort: table, via: [h]}
                """) + """
                layout:
                  nodes:
                    p: {x: 0, y: 0}
                  domains:
                    d: {x: 0, y: 0, width: 100, height: 100}
                """, RULE);

        assertThat(found).isEmpty();
    }
}
