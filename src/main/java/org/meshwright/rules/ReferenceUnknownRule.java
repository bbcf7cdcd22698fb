package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;

/**
 * A reference names nothing: a domain's platform, a node's domain, a link's from, to, via
 * or fromPort, or a layout key. One finding per broken reference, naming its holder.
 */
final class ReferenceUnknownRule extends AbstractRule {

    ReferenceUnknownRule() {
        super(RuleIds.REFERENCE_UNKNOWN, Severity.ERROR,
                "A reference names no element: a domain's platform, a node's domain, a link's from, to, via or"
                        + " fromPort, or a layout key.",
                "Every reference must name an existing element of the right section. Fix the id (often a typo"
                        + " or a renamed element), add the missing element, or remove the reference.");
    }

    /** A finding on {@code link}: "link 'ID'" and then {@code problem}. */
    private Finding linkFinding(Link link, String problem) {
        String id = link.effectiveId();
        return finding("link " + quote(id) + problem, List.of(ElementRef.link(id)));
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Mesh mesh = context.mesh();
        for (Domain domain : mesh.domains()) {
            String platform = domain.platform();
            if (platform != null) {
                MeshNode node = mesh.node(platform);
                if (node == null || node.kind() != NodeKind.PLATFORM) {
                    report.accept(finding("domain " + quote(domain.id()) + " runs on platform " + quote(platform)
                            + ", but there is no platform node " + quote(platform)
                            + (node == null ? "" : " (it is a " + node.kind().keyword() + ")")
                            + ". Add a platform node with that id or name an existing platform.",
                            List.of(ElementRef.domain(domain.id()))));
                }
            }
        }
        for (MeshNode node : mesh.nodes()) {
            if (node.domain() != null && mesh.domain(node.domain()) == null) {
                report.accept(finding("node " + quote(node.id()) + " belongs to domain " + quote(node.domain())
                        + ", which does not exist. Add the domain or move the node to an existing one.",
                        List.of(ElementRef.node(node.id()))));
            }
        }
        for (LinkEnds ends : context.links()) {
            Link link = ends.link();
            MeshNode from = ends.from();
            if (from == null) {
                report.accept(linkFinding(link, " reads from " + quote(link.from())
                        + ", which is no node. Fix 'from' or add the node."));
            }
            if (ends.to() == null) {
                report.accept(linkFinding(link, " delivers to " + quote(link.to())
                        + ", which is no node. Fix 'to' or add the node."));
            }
            for (String via : link.via()) {
                if (mesh.node(via) == null) {
                    report.accept(linkFinding(link, " passes through " + quote(via)
                            + ", which is no node. Fix the 'via' entry or add the hub, anonymizer or virtualization"
                            + " service."));
                }
            }
            if (link.fromPort() != null && from != null && from.port(link.fromPort()) == null) {
                report.accept(linkFinding(link, " reads port " + quote(link.fromPort())
                        + ", but " + quote(from.id()) + " has no output port with that id. Name one of its ports"
                        + (from.outputPorts().isEmpty() ? " (it has none: add one)" : "") + "."));
            }
        }
        for (String key : mesh.diagram().positions().keySet()) {
            if (mesh.node(key) == null) {
                report.accept(finding("layout.nodes has a position for " + quote(key) + ", which is no node."
                        + " Remove the entry (saving from the app drops it) or fix the id.",
                        List.of(ElementRef.layoutNode(key))));
            }
        }
        for (String key : mesh.diagram().bounds().keySet()) {
            if (mesh.domain(key) == null) {
                report.accept(finding("layout.domains has bounds for " + quote(key) + ", which is no domain."
                        + " Remove the entry (saving from the app drops it) or fix the id.",
                        List.of(ElementRef.layoutDomain(key))));
            }
        }
    }
}
