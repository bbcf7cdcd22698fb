package org.meshwright.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meshwright.rules.RuleTestSupport.elementIds;
import static org.meshwright.rules.RuleTestSupport.findings;
import static org.meshwright.rules.RuleTestSupport.governed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.model.ElementRef;
import org.meshwright.model.RuleIds;

class OwnerRequiredRuleTest {

    private static final String RULE = RuleIds.OWNER_REQUIRED;

    @Test
    void domainWithoutOwnerIsReported() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d}
                """), RULE);

        assertThat(found).extracting(Finding::elements).containsExactly(List.of(ElementRef.domain("d")));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void productWithoutOwnerInADomainWithoutOwnerIsReportedBesideItsDomain() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d}
                nodes:
                  - {id: d.p, kind: data-product, domain: d}
                """), RULE);

        assertThat(found).extracting(Finding::elements)
                .containsExactly(List.of(ElementRef.domain("d")), List.of(ElementRef.node("d.p")));
    }

    @Test
    void productWithoutOwnerInheritsItsDomainsOwner() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d, owner: team}
                nodes:
                  - {id: d.p, kind: data-product, domain: d}
                """), RULE);

        assertThat(found).isEmpty();
    }

    @Test
    void productWithItsOwnOwnerNeedsNoDomainOwner() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d}
                nodes:
                  - {id: d.p, kind: data-product, domain: d, owner: team}
                  - {id: lone, kind: data-product, owner: team}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("d"));
    }

    @Test
    void productWithoutOwnerAndWithoutDomainIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p"));
    }

    @Test
    void productWithoutOwnerInAnUndeclaredDomainIsReported() {
        List<Finding> found = findings(governed("""
                nodes:
                  - {id: p, kind: data-product, domain: ghost}
                """), RULE);

        assertThat(elementIds(found)).containsExactly(List.of("p"));
    }

    @Test
    void nodesOtherThanDataProductsNeedNoOwner() {
        List<Finding> found = findings(governed("""
                domains:
                  - {id: d, owner: team}
                nodes:
                  - {id: s, kind: source-system, domain: d}
                  - {id: c, kind: consumer}
                  - {id: h, kind: hub}
                  - {id: pl, kind: platform}
                """), RULE);

        assertThat(found).isEmpty();
    }
}
