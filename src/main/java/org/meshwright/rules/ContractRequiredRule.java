package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;
import org.meshwright.model.RuleIds;

/** A cross-domain link from a data product that no data contract governs. */
final class ContractRequiredRule extends AbstractRule {

    ContractRequiredRule() {
        super(RuleIds.CONTRACT_REQUIRED, Severity.ERROR,
                "A cross-domain link from a data product has no data contract: none on the link, none on its"
                        + " port.",
                "Data shared across domains is governed by a contract (schema, semantics, quality, terms)."
                        + " Set 'contract' on the link, or on the output port it reads ('fromPort').");
    }

    /** The contract that applies to a link: its own, else its port's, else the provider's only port's. */
    static String effectiveContract(Link link, MeshNode provider) {
        if (link.contract() != null) {
            return link.contract();
        }
        if (link.fromPort() != null) {
            Port port = provider.port(link.fromPort());
            return port == null ? null : port.contract();
        }
        return provider.outputPorts().size() == 1 ? provider.outputPorts().get(0).contract() : null;
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        for (FlowLink fl : context.flowLinks()) {
            Link link = fl.link();
            MeshNode provider = fl.from();
            if (provider.kind() != NodeKind.DATA_PRODUCT || !fl.crossDomain()
                    || effectiveContract(link, provider) != null) {
                continue;
            }
            String where = link.fromPort() != null
                    ? "nor on its port " + quote(link.fromPort())
                    : provider.outputPorts().size() > 1 ? "and it names no 'fromPort' of the " + provider.outputPorts().size()
                            + " ports of " + quote(provider.id())
                    : provider.outputPorts().isEmpty() ? "and " + quote(provider.id()) + " has no output port"
                    : "nor on the only port of " + quote(provider.id());
            report.accept(finding("cross-domain link " + quote(fl.id()) + " has no data contract on the link "
                    + where + ". Set 'contract' on the link or on the output port it reads.",
                    List.of(ElementRef.link(fl.id()))));
        }
    }
}
