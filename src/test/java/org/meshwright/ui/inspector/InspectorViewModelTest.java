package org.meshwright.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshwright.edit.CommandStack;
import org.meshwright.edit.Edits;
import org.meshwright.model.Archetype;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;
import org.meshwright.model.Topology;
import org.meshwright.ui.inspector.FieldModel.PortColumn;

/** The inspector's state without a window: every field kind, its checks, undo and refresh. */
class InspectorViewModelTest {

    private final Mesh mesh = InspectorMeshes.shop();
    private final Mesh original = mesh.copy();
    private final CommandStack stack = new CommandStack(mesh);
    private final InspectorViewModel inspector = new InspectorViewModel(mesh, stack);

    private FieldModel field(String name) {
        FieldModel f = inspector.field(name);
        assertThat(f).as("field " + name).isNotNull();
        return f;
    }

    private void showNode(String id) {
        inspector.show(List.of(ElementRef.node(id)));
    }

    /** One command on the stack, and undoing it restores the mesh exactly. */
    private void assertOneUndoableCommand() {
        assertThat(stack.undoDepth()).isEqualTo(1);
        stack.undo();
        assertThat(mesh.contentEquals(original)).as("undo restores the mesh").isTrue();
    }

    private void assertRefused(FieldModel f, String input, String reasonPart) {
        assertThat(f.validate(input)).contains(reasonPart);
        assertThat(f.commit(input)).isFalse();
        assertThat(f.error()).contains(reasonPart);
        assertThat(stack.undoDepth()).isZero();
        assertThat(mesh.contentEquals(original)).as("a refused input leaves the mesh as it was").isTrue();
    }

    // ---- what is shown ---------------------------------------------------------------------

    @Test
    void nothingSelectedShowsTheMeshMetadataTopologyAndPolicies() {
        inspector.show(List.of());

        assertThat(inspector.mode()).isEqualTo(InspectorViewModel.Mode.MESH);
        assertThat(inspector.titleProperty().get()).isEqualTo("Shop mesh");
        assertThat(inspector.fields()).extracting(FieldModel::name).containsExactly(
                "metadata.name", "metadata.title", "metadata.description", "metadata.owner", "topology", "policies");
        assertThat(field("metadata.owner").value()).isEqualTo("governance-guild");
        assertThat(field("topology").value()).isEqualTo("governed");
        assertThat(field("topology").choices()).containsExactly("governed", "harmonized", "federated");
        FieldModel policies = field("policies");
        assertThat(policies.isEditable()).isFalse();
        assertThat(policies.value()).isEqualTo("unused-product: off\ncontract-required: warning");
        assertThat(policies.commit("x")).isFalse();
    }

    @Test
    void aDataProductShowsEveryNodeFieldInSections() {
        showNode("orders");

        assertThat(inspector.mode()).isEqualTo(InspectorViewModel.Mode.NODE);
        assertThat(inspector.kindLabelProperty().get()).isEqualTo("Data product");
        assertThat(inspector.titleProperty().get()).isEqualTo("Orders");
        assertThat(inspector.subtitleProperty().get()).isEqualTo("orders");
        assertThat(inspector.nodeKindProperty().get()).isEqualTo(NodeKind.DATA_PRODUCT);
        assertThat(inspector.fields()).extracting(FieldModel::name).containsExactlyInAnyOrder(
                "id", "kind", "name", "domain", "archetype", "owner", "status", "classification", "pii",
                "deidentified", "description", "tags", "version", "outputPorts", "slo.availability", "slo.freshness");
        assertThat(inspector.sections()).containsExactly("Identity", "Ownership", "Data", "Quality (SLO)", "Ports");
        assertThat(field("slo.availability").value()).isEqualTo("99.9");
        assertThat(field("slo.freshness").value()).isEqualTo("PT15M");
        assertThat(field("tags").items()).containsExactly("core", "sales");
        assertThat(field("outputPorts").ports()).extracting(Port::id).containsExactly("orders-table");
        assertThat(field("owner").prompt()).isEqualTo("inherits sales-team");
    }

    @Test
    void productOnlyFieldsAreLeftOutForOtherKinds() {
        showNode("shop-db");

        assertThat(inspector.fields()).extracting(FieldModel::name)
                .doesNotContain("archetype", "deidentified", "version", "outputPorts", "slo.availability",
                        "slo.freshness")
                .contains("id", "kind", "name", "domain", "owner", "status", "classification", "pii", "tags");
    }

    @Test
    void aDomainShowsItsFieldsWithPlatformNodesAsChoices() {
        inspector.show(List.of(ElementRef.domain("sales")));

        assertThat(inspector.mode()).isEqualTo(InspectorViewModel.Mode.DOMAIN);
        assertThat(inspector.fields()).extracting(FieldModel::name)
                .containsExactly("id", "name", "description", "owner", "platform");
        assertThat(field("platform").kind()).isEqualTo(FieldKind.ID_REFERENCE);
        assertThat(field("platform").choices()).containsExactly("core-platform");
        assertThat(field("platform").choiceLabel("core-platform")).isEqualTo("Core platform (core-platform)");
    }

    @Test
    void aLinkShowsItsFieldsWithTheRightChoices() {
        inspector.show(List.of(ElementRef.link("orders->revenue")));

        assertThat(inspector.mode()).isEqualTo(InspectorViewModel.Mode.LINK);
        assertThat(inspector.titleProperty().get()).isEqualTo("Orders \u2192 Revenue");
        assertThat(inspector.fields()).extracting(FieldModel::name).containsExactly("from", "to", "id", "fromPort",
                "via", "accessMode", "contract", "anonymized", "purpose", "status", "description");
        assertThat(inspector.sections()).containsExactly("Identity", "Sharing");
        assertThat(field("from").choices()).containsExactly("shop-db", "orders", "revenue");
        assertThat(field("to").choices()).containsExactly("orders", "revenue", "board");
        assertThat(field("fromPort").choices()).containsExactly("orders-table");
        assertThat(field("via").choices()).containsExactly("hub", "masker");
        assertThat(field("via").items()).containsExactly("hub", "masker");
        assertThat(field("id").prompt()).isEqualTo("orders->revenue");
        assertThat(field("contract").prompt()).isEqualTo("from port: orders-v1");
    }

    @Test
    void severalElementsShowTheirCommonFieldsReadOnly() {
        inspector.show(List.of(ElementRef.node("orders"), ElementRef.node("revenue"), ElementRef.link("revenue->board")));

        assertThat(inspector.mode()).isEqualTo(InspectorViewModel.Mode.MULTIPLE);
        assertThat(inspector.titleProperty().get()).isEqualTo("3 elements selected");
        assertThat(inspector.subtitleProperty().get()).isEqualTo("2 nodes, 1 link");
        assertThat(inspector.fields()).extracting(FieldModel::name).containsExactly("status", "description");
        assertThat(inspector.fields()).noneMatch(FieldModel::isEditable);
        assertThat(field("status").value()).isEqualTo("active");

        inspector.show(List.of(ElementRef.node("orders"), ElementRef.node("revenue")));
        assertThat(field("domain").value()).isEmpty();
        assertThat(field("domain").prompt()).isEqualTo(SelectionSummary.MIXED);
        assertThat(field("kind").value()).isEqualTo("data-product");
        assertThat(field("owner").prompt()).as("each inherits from another domain").isEqualTo(SelectionSummary.NOT_SET);
        assertThat(field("owner").commit("someone")).isFalse();
        assertThat(stack.undoDepth()).isZero();
    }

    @Test
    void aPortOrLayoutSelectionShowsItsElementAndUnknownRefsAreIgnored() {
        inspector.show(List.of(ElementRef.port("orders", "orders-table")));
        assertThat(inspector.selection()).containsExactly(ElementRef.node("orders"));

        inspector.show(List.of(ElementRef.node("nowhere"), ElementRef.MESH));
        assertThat(inspector.mode()).isEqualTo(InspectorViewModel.Mode.MESH);
    }

    // ---- every field kind is one undoable command ----------------------------------------

    @Test
    void editingTextIsOneUndoableCommand() {
        showNode("orders");

        assertThat(field("owner").commit("  orders-team ")).isTrue();

        assertThat(mesh.node("orders").owner()).isEqualTo("orders-team");
        assertThat(field("owner").value()).isEqualTo("orders-team");
        assertThat(stack.undoLabel()).contains("Change owner");
        assertOneUndoableCommand();
        assertThat(field("owner").value()).as("the field shows the undone value").isEmpty();
    }

    @Test
    void clearingATextFieldUnsetsIt() {
        showNode("orders");

        assertThat(field("name").commit("")).isTrue();

        assertThat(mesh.node("orders").name()).isNull();
        assertThat(field("name").value()).isEmpty();
        assertThat(field("name").prompt()).isEqualTo("orders");
        assertOneUndoableCommand();
    }

    @Test
    void committingTheCurrentValueChangesNothing() {
        showNode("orders");

        assertThat(field("owner").commit("")).isTrue();
        assertThat(field("status").commit("active")).isTrue();

        assertThat(stack.undoDepth()).isZero();
    }

    @Test
    void editingMultilineTextIsOneUndoableCommand() {
        showNode("revenue");

        assertThat(field("description").commit("Revenue per day.\nBooked at close.")).isTrue();

        assertThat(mesh.node("revenue").description()).isEqualTo("Revenue per day.\nBooked at close.");
        assertOneUndoableCommand();
    }

    @Test
    void editingAChoiceIsOneUndoableCommand() {
        showNode("orders");

        assertThat(field("classification").commit("restricted")).isTrue();
        assertThat(mesh.node("orders").classification().keyword()).isEqualTo("restricted");
        assertOneUndoableCommand();
        assertThat(field("classification").value()).isEqualTo("internal");
    }

    @Test
    void anOptionalChoiceMayBeCleared() {
        showNode("orders");

        assertThat(field("archetype").isOptional()).isTrue();
        assertThat(field("archetype").commit("")).isTrue();
        assertThat(mesh.node("orders").archetype()).isNull();
        assertOneUndoableCommand();
        assertThat(mesh.node("orders").archetype()).isEqualTo(Archetype.SOURCE_ALIGNED);
    }

    @Test
    void editingABooleanIsOneUndoableCommand() {
        showNode("orders");

        assertThat(field("deidentified").commit("true")).isTrue();
        assertThat(mesh.node("orders").deidentified()).isTrue();
        assertOneUndoableCommand();
    }

    @Test
    void editingANumberIsOneUndoableCommand() {
        showNode("orders");

        assertThat(field("slo.availability").commit("99.95")).isTrue();
        assertThat(mesh.node("orders").slo().availability()).isEqualTo(99.95);
        assertThat(mesh.node("orders").slo().freshness()).as("the other objective stays").isEqualTo("PT15M");
        assertOneUndoableCommand();
    }

    @Test
    void editingADurationIsOneUndoableCommand() {
        showNode("revenue");

        assertThat(field("slo.freshness").commit("P1D")).isTrue();
        assertThat(mesh.node("revenue").slo().freshness()).isEqualTo("P1D");
        assertOneUndoableCommand();
        assertThat(mesh.node("revenue").slo()).isNull();
    }

    @Test
    void editingAReferenceIsOneUndoableCommand() {
        showNode("revenue");

        assertThat(field("domain").commit("sales")).isTrue();
        assertThat(mesh.node("revenue").domain()).isEqualTo("sales");
        assertOneUndoableCommand();
    }

    @Test
    void editingTagsIsOneUndoableCommand() {
        showNode("orders");

        assertThat(field("tags").commit(List.of("core", "sales", "gold"))).isTrue();
        assertThat(mesh.node("orders").tags()).containsExactly("core", "sales", "gold");
        assertThat(field("tags").items()).containsExactly("core", "sales", "gold");
        assertOneUndoableCommand();
        assertThat(field("tags").items()).containsExactly("core", "sales");
    }

    @Test
    void editingViaIsOneUndoableCommand() {
        inspector.show(List.of(ElementRef.link("orders->revenue")));

        assertThat(field("via").commit(List.of("masker", "hub"))).isTrue();
        assertThat(mesh.link("orders->revenue").via()).containsExactly("masker", "hub");
        assertOneUndoableCommand();
        assertThat(field("via").items()).containsExactly("hub", "masker");
    }

    @Test
    void editingAPortCellIsOneUndoableCommand() {
        showNode("orders");

        assertThat(field("outputPorts").commitPort(0, PortColumn.FORMAT, "delta")).isTrue();
        assertThat(mesh.node("orders").port("orders-table").format()).isEqualTo("delta");
        assertOneUndoableCommand();
    }

    @Test
    void renamingAPortTakesTheLinksThatReadItAlongInOneStep() {
        showNode("orders");

        assertThat(field("outputPorts").commitPort(0, PortColumn.ID, "orders-topic")).isTrue();

        assertThat(mesh.node("orders").port("orders-topic")).isNotNull();
        assertThat(mesh.link("orders->revenue").fromPort()).isEqualTo("orders-topic");
        assertOneUndoableCommand();
    }

    @Test
    void addingAndRemovingPortsIsOneUndoableCommandEach() {
        showNode("revenue");
        FieldModel ports = field("outputPorts");

        assertThat(ports.commit(List.of(new Port("revenue-api")))).isTrue();
        assertThat(ports.ports()).extracting(Port::id).containsExactly("revenue-api");
        assertThat(ports.commit(List.of())).isTrue();
        assertThat(mesh.node("revenue").outputPorts()).isEmpty();
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void editingTheTopologyAndMetadataIsUndoable() {
        inspector.show(List.of());

        assertThat(field("topology").commit("federated")).isTrue();
        assertThat(mesh.topology()).isEqualTo(Topology.FEDERATED);
        assertOneUndoableCommand();
        assertThat(field("topology").value()).isEqualTo("governed");

        assertThat(field("metadata.title").commit("The shop")).isTrue();
        assertThat(mesh.metadata().title()).isEqualTo("The shop");
        assertThat(inspector.titleProperty().get()).isEqualTo("The shop");
        assertOneUndoableCommand();
    }

    @Test
    void editingALinkFieldIsOneUndoableCommand() {
        inspector.show(List.of(ElementRef.link("orders->revenue")));

        assertThat(field("accessMode").commit("stream")).isTrue();
        assertThat(field("anonymized").commit("true")).isTrue();
        assertThat(field("purpose").commit("Monthly close")).isTrue();
        Link link = mesh.link("orders->revenue");
        assertThat(link.accessMode().keyword()).isEqualTo("stream");
        assertThat(link.anonymized()).isTrue();
        assertThat(link.purpose()).isEqualTo("Monthly close");
        assertThat(stack.undoDepth()).isEqualTo(3);
    }

    // ---- refusals ------------------------------------------------------------------------

    @Test
    void aMalformedIdIsRefusedWithThePattern() {
        showNode("orders");

        assertRefused(field("id"), "Orders!", "not a valid id: use 1 to 63 lower-case letters");
        assertRefused(field("id"), "-orders", "starting and ending with a letter or digit");
        assertRefused(field("id"), "", "An id is required");
        assertThat(field("id").value()).isEqualTo("orders");
    }

    @Test
    void aTakenIdIsRefusedNamingItsHolder() {
        showNode("orders");

        assertRefused(field("id"), "revenue", "already taken by the data product 'Revenue'");
        assertRefused(field("id"), "sales", "already taken by the domain 'Sales'");
    }

    @Test
    void anAvailabilityAbove100IsRefused() {
        showNode("orders");

        assertRefused(field("slo.availability"), "101", "from 0 to 100");
        assertRefused(field("slo.availability"), "-1", "from 0 to 100");
        assertRefused(field("slo.availability"), "high", "not a number");
        assertThat(field("slo.availability").value()).isEqualTo("99.9");
    }

    @Test
    void aMalformedDurationIsRefused() {
        showNode("orders");

        assertRefused(field("slo.freshness"), "15 minutes", "not an ISO-8601 duration: write e.g. PT15M");
        assertRefused(field("slo.freshness"), "PT", "not an ISO-8601 duration");
    }

    @Test
    void anUnknownKeywordIsRefusedListingTheChoices() {
        showNode("orders");

        assertRefused(field("status"), "obsolete",
                "'obsolete' is not a status; choose one of proposed, draft, active, deprecated, retired");
        assertRefused(field("kind"), "table", "is not a kind");
        assertRefused(field("pii"), "yes", "not true or false");
        inspector.show(List.of());
        assertRefused(field("topology"), "mesh", "choose one of governed, harmonized, federated");
    }

    @Test
    void aReferenceToNothingOrTheWrongKindIsRefused() {
        showNode("revenue");
        assertRefused(field("domain"), "marketing", "is not a domain of this mesh");

        inspector.show(List.of(ElementRef.link("orders->revenue")));
        assertRefused(field("from"), "board", "is not a data product or source system");
        assertRefused(field("to"), "shop-db", "is not a data product or consumer");
        assertRefused(field("via"), List.of("hub", "board"), "'board' is not a hub, anonymizer or virtualization");
        assertRefused(field("via"), List.of("hub", "hub"), "once only");
        assertRefused(field("fromPort"), "nope", "is not an output port of 'orders'");
        assertRefused(field("contract"), "Orders V1", "not a valid id");
    }

    private void assertRefused(FieldModel f, List<String> input, String reasonPart) {
        assertThat(f.validate(input)).contains(reasonPart);
        assertThat(f.commit(input)).isFalse();
        assertThat(f.error()).contains(reasonPart);
        assertThat(mesh.contentEquals(original)).isTrue();
    }

    @Test
    void badTagsAndPortsAreRefused() {
        showNode("orders");

        assertRefused(field("tags"), List.of("core", "core"), "The tag 'core' is there already");
        assertRefused(field("tags"), List.of(" "), "A tag cannot be empty");
        assertThat(field("outputPorts").validatePort(0, PortColumn.ID, "Bad Id")).contains("not a valid id");
        assertThat(field("outputPorts").commitPort(0, PortColumn.CONTRACT, "v 1")).isFalse();
        assertThat(field("outputPorts").error()).contains("not a valid id");
        assertThat(mesh.contentEquals(original)).isTrue();
    }

    @Test
    void aSuccessfulCommitClearsThePreviousRefusal() {
        showNode("orders");
        FieldModel id = field("id");

        id.commit("Bad");
        assertThat(id.error()).isNotNull();
        id.commit("orders");
        assertThat(id.error()).isNull();
    }

    @Test
    void aLinkChangeThatWouldDuplicateAnotherLinkIsRefused() {
        mesh.addLink(Link.of("shop-db", "revenue"));
        Mesh before = mesh.copy();
        inspector.show(List.of(ElementRef.link("orders->revenue")));

        assertThat(field("from").commit("shop-db")).isFalse();
        assertThat(field("from").error()).contains("A link from 'shop-db' to 'revenue' exists already");
        assertThat(field("id").commit("shop-db->revenue")).isFalse();
        assertThat(mesh.contentEquals(before)).isTrue();
    }

    // ---- renames, kind changes and refresh -----------------------------------------------

    @Test
    void renamingANodeUpdatesItsReferencesAndTheInspectorFollows() {
        showNode("orders");
        FieldModel owner = field("owner");

        assertThat(field("id").commit("sales-orders")).isTrue();

        assertThat(mesh.node("orders")).isNull();
        assertThat(mesh.link("sales-orders->revenue")).isNotNull();
        assertThat(mesh.link("shop-db->sales-orders")).isNotNull();
        assertThat(mesh.diagram().position("sales-orders")).isNotNull();
        assertThat(inspector.selection()).containsExactly(ElementRef.node("sales-orders"));
        assertThat(inspector.subtitleProperty().get()).isEqualTo("sales-orders");
        assertThat(field("id").value()).isEqualTo("sales-orders");
        assertThat(field("owner")).as("the same fields, refreshed in place").isSameAs(owner);

        assertThat(owner.commit("order-team")).isTrue();
        assertThat(mesh.node("sales-orders").owner()).isEqualTo("order-team");

        stack.undo();
        stack.undo();
        assertThat(mesh.contentEquals(original)).isTrue();
        assertThat(inspector.selection()).containsExactly(ElementRef.node("orders"));
        assertThat(field("id").value()).isEqualTo("orders");
    }

    @Test
    void renamingADomainMovesItsNodes() {
        inspector.show(List.of(ElementRef.domain("sales")));

        assertThat(field("id").commit("retail")).isTrue();

        assertThat(mesh.node("orders").domain()).isEqualTo("retail");
        assertThat(mesh.node("shop-db").domain()).isEqualTo("retail");
        assertThat(inspector.selection()).containsExactly(ElementRef.domain("retail"));
        assertOneUndoableCommand();
        assertThat(inspector.selection()).containsExactly(ElementRef.domain("sales"));
    }

    @Test
    void changingALinkEndChangesItsIdAndTheInspectorFollows() {
        inspector.show(List.of(ElementRef.link("orders->revenue")));

        assertThat(field("to").commit("board")).isTrue();

        assertThat(mesh.link("orders->board")).isNotNull();
        assertThat(inspector.selection()).containsExactly(ElementRef.link("orders->board"));
        assertThat(field("id").prompt()).isEqualTo("orders->board");
        assertOneUndoableCommand();
        assertThat(inspector.selection()).containsExactly(ElementRef.link("orders->revenue"));
    }

    @Test
    void changingTheProviderClearsAPortItDoesNotHave() {
        inspector.show(List.of(ElementRef.link("orders->revenue")));

        assertThat(field("from").commit("shop-db")).isTrue();

        Link link = mesh.link("shop-db->revenue");
        assertThat(link.fromPort()).isNull();
        assertThat(link.via()).containsExactly("hub", "masker");
        assertOneUndoableCommand();
    }

    @Test
    void changingAProductIntoAnotherKindDropsTheProductFieldsInOneCommand() {
        showNode("orders");
        assertThat(field("kind").help()).contains("removes its archetype, version, output ports, SLO");

        assertThat(field("kind").commit("source-system")).isTrue();

        MeshNode node = mesh.node("orders");
        assertThat(node.kind()).isEqualTo(NodeKind.SOURCE_SYSTEM);
        assertThat(node.archetype()).isNull();
        assertThat(node.version()).isNull();
        assertThat(node.outputPorts()).isEmpty();
        assertThat(node.slo()).isNull();
        assertThat(node.pii()).as("fields of every kind stay").isTrue();
        assertThat(node.tags()).containsExactly("core", "sales");
        assertThat(inspector.fields()).extracting(FieldModel::name).doesNotContain("archetype", "outputPorts");
        assertThat(inspector.kindLabelProperty().get()).isEqualTo("Source system");

        assertOneUndoableCommand();
        assertThat(mesh.node("orders").port("orders-table")).isNotNull();
        assertThat(inspector.fields()).extracting(FieldModel::name).contains("archetype", "outputPorts");
    }

    @Test
    void fieldsFollowChangesMadeElsewhere() {
        showNode("orders");
        FieldModel owner = field("owner");

        stack.execute(Edits.replaceNode(mesh, "orders", mesh.node("orders").toBuilder().owner("ops").build()));
        assertThat(owner.value()).isEqualTo("ops");

        stack.undo();
        assertThat(owner.value()).isEmpty();
        stack.redo();
        assertThat(owner.value()).isEqualTo("ops");
    }

    @Test
    void choicesFollowTheMesh() {
        showNode("revenue");

        stack.execute(Edits.addDomain(mesh, new org.meshwright.model.Domain("marketing"), null));

        assertThat(field("domain").choices()).containsExactly("sales", "finance", "marketing");
        assertThat(field("domain").commit("marketing")).isTrue();
    }

    @Test
    void aDeletedElementGivesWayToTheMesh() {
        showNode("board");

        stack.execute(Edits.delete(mesh, List.of(ElementRef.node("board"))));

        assertThat(inspector.mode()).isEqualTo(InspectorViewModel.Mode.MESH);
        stack.undo();
        assertThat(mesh.node("board")).isNotNull();
    }

    @Test
    void aDisposedInspectorNoLongerFollows() {
        showNode("orders");
        FieldModel owner = field("owner");
        inspector.dispose();

        stack.execute(Edits.replaceNode(mesh, "orders", mesh.node("orders").toBuilder().owner("ops").build()));

        assertThat(owner.value()).isEmpty();
    }
}
