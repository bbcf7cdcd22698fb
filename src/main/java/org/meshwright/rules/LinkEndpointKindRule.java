package org.meshwright.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.RuleIds;

/** A link whose from, to or via names an existing node of the wrong kind; one finding per link. */
final class LinkEndpointKindRule extends AbstractRule {

    LinkEndpointKindRule() {
        super(RuleIds.LINK_ENDPOINT_KIND, Severity.ERROR,
                "A link starts at a node that cannot provide data, ends at one that cannot consume it, or passes"
                        + " through a node that is no hub, anonymizer or virtualization service.",
                "Data flows from a data product or source system to a data product or consumer; hubs, anonymizers"
                        + " and virtualization services are passed through ('via'), and platforms and governance"
                        + " services are never on a link. Reconnect the link to nodes of the right kinds.");
    }

    @Override
    public void check(RuleContext context, Consumer<Finding> report) {
        Mesh mesh = context.mesh();
        for (LinkEnds ends : context.links()) {
            Link link = ends.link();
            List<String> problems = new ArrayList<>(0);
            MeshNode from = ends.from();
            if (from != null && !from.kind().canProvide()) {
                problems.add("it starts at " + quote(from.id()) + ", a " + from.kind().keyword()
                        + " (only data products and source systems provide data)");
            }
            MeshNode to = ends.to();
            if (to != null && !to.kind().canConsume()) {
                problems.add("it ends at " + quote(to.id()) + ", a " + to.kind().keyword()
                        + " (only data products and consumers consume data"
                        + (to.kind().isPassThrough() ? "; put it in 'via' instead" : "") + ")");
            }
            for (String id : link.via()) {
                MeshNode via = mesh.node(id);
                if (via != null && !via.kind().isPassThrough()) {
                    problems.add("it passes through " + quote(id) + ", a " + via.kind().keyword()
                            + " (only hubs, anonymizers and virtualization services can be in 'via')");
                }
            }
            if (!problems.isEmpty()) {
                String id = link.effectiveId();
                report.accept(finding("link " + quote(id) + " connects the wrong kinds of node: "
                        + String.join("; ", problems) + ". Reconnect it.", List.of(ElementRef.link(id))));
            }
        }
    }
}
