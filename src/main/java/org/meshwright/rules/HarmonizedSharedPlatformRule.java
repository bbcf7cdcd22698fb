package org.meshwright.rules;

import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.RuleIds;
import org.meshwright.model.Topology;

/** A harmonized mesh needs exactly one platform, and every domain on it. */
final class HarmonizedSharedPlatformRule extends AbstractRule {

    HarmonizedSharedPlatformRule() {
        super(RuleIds.HARMONIZED_SHARED_PLATFORM, Severity.ERROR,
                "A harmonized mesh has no platform node or several, or a domain does not run on the one shared"
                        + " platform.",
                "In a harmonized mesh all domains share one self-serve platform under central rules. Keep"
                        + " exactly one platform node and set every domain's 'platform' to it.", Topology.HARMONIZED);
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        List<MeshNode> platforms = context.nodesOfKind(NodeKind.PLATFORM).stream()
                .sorted(java.util.Comparator.comparing(MeshNode::id)).toList();
        if (platforms.isEmpty()) {
            report.accept(finding("the mesh is harmonized but has no platform node: all domains of a harmonized"
                    + " mesh share one platform. Add a node of kind 'platform' and set every domain's 'platform' to"
                    + " it.", List.of()));
            return;
        }
        if (platforms.size() > 1) {
            report.accept(finding("the mesh is harmonized but has " + platforms.size() + " platform nodes ("
                    + String.join(", ", platforms.stream().map(MeshNode::id).toList()) + "): all domains of a"
                    + " harmonized mesh share one. Keep one platform, or choose the federated topology.",
                    platforms.stream().map(p -> ElementRef.node(p.id())).toList()));
            return;
        }
        String shared = platforms.get(0).id();
        for (Domain domain : context.mesh().domains()) {
            if (!shared.equals(domain.platform())) {
                report.accept(finding("domain " + quote(domain.id()) + (domain.platform() == null
                        ? " names no platform; in a harmonized mesh every domain runs on the shared platform "
                        : " runs on " + quote(domain.platform()) + ", not on the shared platform ")
                        + quote(shared) + ". Set its 'platform' to " + quote(shared) + ".",
                        List.of(ElementRef.domain(domain.id()))));
            }
        }
    }
}
