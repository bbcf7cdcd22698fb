package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/** A domain without an owner; a data product without one that cannot inherit its domain's. */
final class OwnerRequiredRule extends AbstractRule {

    OwnerRequiredRule() {
        super(RuleIds.OWNER_REQUIRED, Severity.ERROR,
                "A domain has no owner, or a data product has none and cannot inherit one from its domain.",
                "Every domain and every data product needs an accountable owning team. Set 'owner' on the domain"
                        + " (its products inherit it) or on the product.");
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Mesh mesh = context.mesh();
        for (Domain domain : mesh.domains()) {
            if (!hasText(domain.owner())) {
                report.accept(finding("domain " + quote(domain.id()) + " has no owner. Set 'owner' to the team"
                        + " accountable for it; its data products inherit it.", List.of(ElementRef.domain(domain.id()))));
            }
        }
        for (MeshNode node : mesh.nodes()) {
            if (node.kind() != NodeKind.DATA_PRODUCT || hasText(node.owner())) {
                continue;
            }
            Domain domain = node.domain() == null ? null : mesh.domain(node.domain());
            if (domain == null || !hasText(domain.owner())) {
                String why = node.domain() == null ? "it belongs to no domain"
                        : domain == null ? "its domain " + quote(node.domain()) + " does not exist"
                        : "its domain " + quote(domain.id()) + " has no owner either";
                report.accept(finding("data product " + quote(node.id()) + " has no owner and " + why
                        + ". Set 'owner' on the product or on its domain.", List.of(ElementRef.node(node.id()))));
            }
        }
    }
}
