package org.meshwright.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/** The facilitator's sequence and the lineage spotlight, without a window. */
class PresentationModelTest {

    private static Mesh eshop() throws Exception {
        return new MeshReader().read(Path.of("samples/eshop-governed.mesh.yaml")).mesh();
    }

    private static Set<String> litNodes(Mesh mesh, PresentationModel.Step step) {
        return mesh.nodes().stream().map(MeshNode::id)
                .filter(id -> !step.dimmed().contains(ElementRef.node(id))).collect(Collectors.toSet());
    }

    @Test
    void buildsTheMeshUpColumnByColumnThenDomainByDomainThenTheWhole() throws Exception {
        Mesh mesh = eshop();
        List<PresentationModel.Step> steps = new PresentationModel(mesh).steps();

        assertThat(steps).extracting(PresentationModel.Step::title).startsWith("Source systems",
                "Source-aligned data products", "Aggregate data products", "Consumer-aligned data products",
                "Consumers", "Hubs, platforms and governance");
        assertThat(steps.subList(6, 6 + mesh.domains().size())).extracting(PresentationModel.Step::title)
                .containsExactlyElementsOf(mesh.domains().stream().map(d -> "Domain: " + d.displayName()).toList());
        PresentationModel.Step last = steps.get(steps.size() - 1);
        assertThat(last.dimmed()).isEmpty();
        assertThat(last.title()).isEqualTo(mesh.metadata().title());
    }

    @Test
    void theFirstStepLightsOnlySourceSystemsAndHighlightsThem() throws Exception {
        Mesh mesh = eshop();
        PresentationModel.Step first = new PresentationModel(mesh).steps().get(0);
        Set<String> sources = mesh.nodes().stream().filter(n -> n.kind() == NodeKind.SOURCE_SYSTEM)
                .map(MeshNode::id).collect(Collectors.toSet());

        assertThat(litNodes(mesh, first)).isEqualTo(sources);
        assertThat(first.highlighted()).isEqualTo(sources.stream().map(ElementRef::node).collect(Collectors.toSet()));
        // no link has both ends among source systems: every link is dimmed
        assertThat(mesh.links()).allMatch(l -> first.dimmed().contains(ElementRef.link(l.effectiveId())));
    }

    @Test
    void eachColumnKeepsTheEarlierOnesLitAndBringsTheHubsItsLinksPass() throws Exception {
        Mesh mesh = eshop();
        List<PresentationModel.Step> steps = new PresentationModel(mesh).steps();
        for (int i = 1; i < 6; i++) {
            assertThat(litNodes(mesh, steps.get(i))).containsAll(litNodes(mesh, steps.get(i - 1)));
        }
        // by the consumers' step every link between flow nodes is lit, with the hub it passes
        PresentationModel.Step consumers = steps.get(4);
        assertThat(mesh.links()).noneMatch(l -> consumers.dimmed().contains(ElementRef.link(l.effectiveId())));
        assertThat(litNodes(mesh, consumers)).contains("mesh-hub");
        assertThat(litNodes(mesh, consumers)).doesNotContain("governance-catalog");
    }

    @Test
    void aDomainStepDimsTheOtherDomainsAndWhatDoesNotTouchIt() throws Exception {
        Mesh mesh = eshop();
        PresentationModel model = new PresentationModel(mesh);
        PresentationModel.Step sales = model.steps().stream()
                .filter(s -> s.title().equals("Domain: Sales Order")).findFirst().orElseThrow();

        assertThat(sales.highlighted()).containsExactly(ElementRef.domain("sales-order"));
        assertThat(sales.dimmed()).contains(ElementRef.domain("shop")).doesNotContain(ElementRef.domain("sales-order"));
        assertThat(litNodes(mesh, sales)).contains("sales-order.orders", "sales-order.returns", "sales-order.sales-daily", "sales-order.order-management")
                .doesNotContain("interactions.sessions", "customer.crm");
        assertThat(sales.subtitle()).contains("owned by");
    }

    @Test
    void spotlightLightsUpstreamAndDownstreamOnly() throws Exception {
        Mesh mesh = eshop();
        PresentationModel.Step spot = new PresentationModel(mesh).spotlight("sales-order.sales-daily");

        Set<String> lit = litNodes(mesh, spot);
        assertThat(lit).contains("sales-order.sales-daily", "sales-order.orders", "sales-order.returns", "sales-order.order-management", "mesh-hub")
                .doesNotContain("customer.crm", "interactions.sessions", "shop.cart-events");
        assertThat(spot.highlighted()).contains(ElementRef.node("sales-order.sales-daily"));
        assertThat(spot.subtitle()).contains("3 nodes upstream");
        // every lit link touches the lineage
        mesh.links().stream().filter(l -> !spot.dimmed().contains(ElementRef.link(l.effectiveId())))
                .forEach(l -> assertThat(lit).contains(l.from(), l.to()));
    }

    @Test
    void theEditorsMeshIsNeverTouched() throws Exception {
        Mesh mesh = eshop();
        Mesh before = mesh.copy();
        PresentationModel model = new PresentationModel(mesh);
        model.spotlight("sales-order.sales-daily");
        model.mesh().removeNode("sales-order.sales-daily");
        assertThat(mesh.contentEquals(before)).isTrue();
    }
}
