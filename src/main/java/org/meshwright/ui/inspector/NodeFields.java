package org.meshwright.ui.inspector;

import static org.meshwright.ui.inspector.InputChecks.blankToNull;
import static org.meshwright.ui.inspector.InputChecks.nullToEmpty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.meshwright.edit.Command;
import org.meshwright.edit.CompoundCommand;
import org.meshwright.edit.Edits;
import org.meshwright.model.Archetype;
import org.meshwright.model.Classification;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Keyword;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;
import org.meshwright.ui.inspector.FieldBehaviour.Edit;
import org.meshwright.ui.inspector.FieldBehaviour.PortCell;

/** The fields of a node; data-product-only fields appear for data products only. */
final class NodeFields {

    static final String IDENTITY = "Identity";
    static final String OWNERSHIP = "Ownership";
    static final String DATA = "Data";
    static final String QUALITY = "Quality (SLO)";
    static final String PORTS = "Ports";

    private final Mesh mesh;
    private final String id;
    private final FieldModel.Committer committer;

    NodeFields(Mesh mesh, String id, FieldModel.Committer committer) {
        this.mesh = mesh;
        this.id = id;
        this.committer = committer;
    }

    List<FieldModel> build() {
        MeshNode n = mesh.node(id);
        boolean product = n.isDataProduct();
        List<FieldModel> fields = new ArrayList<>();

        fields.add(FieldModel.builder("id", "Id", IDENTITY, FieldKind.ID)
                .value(n.id())
                .help("Unique among all domains and nodes: " + InputChecks.ID_RULE
                        + ". Renaming updates every link, domain and layout entry that names it.")
                .editing(FieldBehaviour.ofText(s -> InputChecks.elementId(mesh, id, s), this::rename), committer)
                .build());
        fields.add(FieldModel.builder("kind", "Kind", IDENTITY, FieldKind.CHOICE)
                .value(n.kind().keyword())
                .choices(Keyword.keywords(NodeKind.class))
                .help("What this node is. Changing a data product into another kind removes its archetype, "
                        + "version, output ports, SLO and de-identified flag in the same step; Undo brings them back.")
                .editing(FieldBehaviour.ofText(s -> InputChecks.keyword(NodeKind.class, s, "Kind", false),
                        s -> replace("Change kind", b -> changeKind(b, InputChecks.parse(NodeKind.class, s)))), committer)
                .build());
        fields.add(text("name", "Name", IDENTITY, FieldKind.TEXT, MeshNode::name, MeshNode.Builder::name)
                .prompt(n.id())
                .help("Display name. Left empty, the id is shown.")
                .build());
        if (product) {
            fields.add(choice("archetype", "Archetype", IDENTITY, Archetype.class, true,
                    x -> x.archetype(), MeshNode.Builder::archetype)
                    .help("The product's role in the flow: source-aligned, aggregate or consumer-aligned. "
                            + "Data should flow towards consumer-aligned products (rule flow-direction).")
                    .build());
            fields.add(text("version", "Version", IDENTITY, FieldKind.TEXT, MeshNode::version, MeshNode.Builder::version)
                    .prompt("e.g. 1.2.0")
                    .help("Semantic version of the data product.")
                    .build());
        }

        fields.add(domainField(n));
        fields.add(text("owner", "Owner", OWNERSHIP, FieldKind.TEXT, MeshNode::owner, MeshNode.Builder::owner)
                .prompt(ownerPrompt(n))
                .help(product
                        ? "Owning team. Left empty, the product inherits its domain's owner (rule owner-required)."
                        : "Owning team.")
                .build());

        fields.add(choice("status", "Status", DATA, NodeStatus.class, false, MeshNode::status, MeshNode.Builder::status)
                .help("Lifecycle of the node; consuming a deprecated or retired node is reported "
                        + "(rule lifecycle-consumption).")
                .build());
        fields.add(choice("classification", "Classification", DATA, Classification.class, false,
                MeshNode::classification, MeshNode.Builder::classification)
                .help("Confidentiality class of the node's data.")
                .build());
        fields.add(bool("pii", "Personal data", DATA, MeshNode::pii, MeshNode.Builder::pii)
                .help("The node holds personal data. Links carrying it on must be anonymized or pass an "
                        + "anonymizer (rule pii-protection).")
                .build());
        if (product) {
            fields.add(bool("deidentified", "De-identified", DATA, MeshNode::deidentified,
                    MeshNode.Builder::deidentified)
                    .help("The product removes the personal data it receives, so it does not pass it on.")
                    .build());
        }
        fields.add(FieldModel.builder("tags", "Tags", DATA, FieldKind.TAGS)
                .items(n.tags())
                .help("Free labels, e.g. for search and export.")
                .editing(new ListBehaviour(InputChecks::tags,
                        list -> replace("Change tags", b -> b.tags(list.stream().map(o -> ((String) o).strip()).toList()))),
                        committer)
                .build());
        fields.add(text("description", "Description", DATA, FieldKind.MULTILINE_TEXT, MeshNode::description,
                MeshNode.Builder::description)
                .help("What the node is for, in a few sentences.")
                .build());

        if (product) {
            Slo slo = n.slo();
            fields.add(FieldModel.builder("slo.availability", "Availability (%)", QUALITY, FieldKind.NUMBER)
                    .value(slo == null ? "" : InputChecks.number(slo.availability()))
                    .optional(true)
                    .prompt("e.g. 99.9")
                    .help("Promised availability, a percentage from 0 to 100.")
                    .editing(FieldBehaviour.ofText(InputChecks::availability,
                            s -> replace("Change availability", b -> b.slo(withAvailability(mesh.node(id).slo(),
                                    blankToNull(s) == null ? null : Double.valueOf(s.strip()))))), committer)
                    .build());
            fields.add(FieldModel.builder("slo.freshness", "Freshness", QUALITY, FieldKind.DURATION)
                    .value(slo == null ? "" : nullToEmpty(slo.freshness()))
                    .optional(true)
                    .prompt("e.g. PT15M")
                    .help("Promised maximum age of the data, an ISO-8601 duration: PT15M is 15 minutes, "
                            + "PT1H an hour, P1D a day.")
                    .editing(FieldBehaviour.ofText(InputChecks::duration,
                            s -> replace("Change freshness",
                                    b -> b.slo(withFreshness(mesh.node(id).slo(), blankToNull(s))))), committer)
                    .build());
            fields.add(FieldModel.builder("outputPorts", "Output ports", PORTS, FieldKind.PORTS)
                    .ports(n.outputPorts())
                    .help("The ways consumers read the product. A port's contract names the data contract "
                            + "that governs it (rule contract-required).")
                    .editing(new PortsBehaviour(), committer)
                    .build());
        }
        return fields;
    }

    // ---- field builders ----------------------------------------------------------------

    private FieldModel.Builder text(String name, String label, String section, FieldKind kind,
                                    Function<MeshNode, String> get,
                                    BiFunction<MeshNode.Builder, String, MeshNode.Builder> set) {
        MeshNode n = mesh.node(id);
        return FieldModel.builder(name, label, section, kind)
                .value(nullToEmpty(get.apply(n)))
                .optional(true)
                .editing(FieldBehaviour.ofText(s -> null,
                        s -> replace(changeLabel(label), b -> set.apply(b, blankToNull(s)))), committer);
    }

    private <E extends Enum<E> & Keyword> FieldModel.Builder choice(
            String name, String label, String section, Class<E> type, boolean optional,
            Function<MeshNode, E> get, BiFunction<MeshNode.Builder, E, MeshNode.Builder> set) {
        E current = get.apply(mesh.node(id));
        return FieldModel.builder(name, label, section, FieldKind.CHOICE)
                .value(current == null ? "" : current.keyword())
                .optional(optional)
                .choices(Keyword.keywords(type))
                .editing(FieldBehaviour.ofText(s -> InputChecks.keyword(type, s, label, optional),
                        s -> replace(changeLabel(label), b -> set.apply(b, InputChecks.parse(type, s)))), committer);
    }

    private FieldModel.Builder bool(String name, String label, String section,
                                    Function<MeshNode, Boolean> get,
                                    BiFunction<MeshNode.Builder, Boolean, MeshNode.Builder> set) {
        return FieldModel.builder(name, label, section, FieldKind.BOOLEAN)
                .value(String.valueOf(get.apply(mesh.node(id))))
                .editing(FieldBehaviour.ofText(InputChecks::bool,
                        s -> replace(changeLabel(label), b -> set.apply(b, Boolean.parseBoolean(s.strip())))), committer);
    }

    private FieldModel domainField(MeshNode n) {
        List<String> choices = new ArrayList<>(mesh.domains().stream().map(Domain::id).toList());
        if (n.domain() != null && !choices.contains(n.domain())) {
            choices.add(n.domain());
        }
        boolean expected = n.kind() == NodeKind.DATA_PRODUCT || n.kind() == NodeKind.SOURCE_SYSTEM;
        return FieldModel.builder("domain", "Domain", OWNERSHIP, FieldKind.ID_REFERENCE)
                .value(nullToEmpty(n.domain()))
                .optional(true)
                .choices(choices)
                .choiceLabels(ref -> mesh.domain(ref) == null ? ref + " (undeclared)"
                        : label(mesh.domain(ref).displayName(), ref))
                .prompt(expected ? "no domain (rule domain-required)" : "none: outside every domain")
                .help(expected
                        ? "The owning domain. Data products and source systems are expected to have one."
                        : "The owning domain; optional for this kind (a consumer without one is external).")
                .editing(FieldBehaviour.ofText(
                        s -> InputChecks.reference(s, choices, true, "a domain of this mesh"),
                        s -> replace("Change domain", b -> b.domain(blankToNull(s)))), committer)
                .build();
    }

    static String label(String name, String id) {
        return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }

    private String ownerPrompt(MeshNode n) {
        if (n.isDataProduct() && n.domain() != null) {
            Domain d = mesh.domain(n.domain());
            if (d != null && d.owner() != null) {
                return "inherits " + d.owner();
            }
        }
        return "no owner";
    }

    // ---- edits -------------------------------------------------------------------------

    private MeshNode current() {
        MeshNode n = mesh.node(id);
        if (n == null) {
            throw new IllegalStateException("The node '" + id + "' no longer exists");
        }
        return n;
    }

    private Edit replace(String label, UnaryOperator<MeshNode.Builder> change) {
        MeshNode before = current();
        MeshNode after = change.apply(before.toBuilder()).build();
        return after.equals(before) ? null : Edit.of(Edits.replaceNode(mesh, id, after, label));
    }

    /** "Change owner", as the Undo menu item reads. */
    static String changeLabel(String fieldLabel) {
        String s = fieldLabel.replaceAll(" \\(.*\\)$", "");
        return "Change " + s.toLowerCase(Locale.ROOT);
    }

    private Edit rename(String input) {
        String newId = input.strip();
        if (newId.equals(current().id())) {
            return null;
        }
        return new Edit(Edits.renameId(mesh, id, newId), ElementRef.node(id), ElementRef.node(newId));
    }

    /** A kind change; away from data product it drops the product-only fields, which the model refuses elsewhere. */
    static MeshNode.Builder changeKind(MeshNode.Builder b, NodeKind kind) {
        b.kind(kind);
        if (kind != NodeKind.DATA_PRODUCT) {
            b.archetype(null).deidentified(false).version(null).outputPorts(List.of()).slo(null);
        }
        return b;
    }

    private static Slo withAvailability(Slo slo, Double availability) {
        return slo == null ? new Slo(availability, null, Map.of())
                : new Slo(availability, slo.freshness(), slo.extensions());
    }

    private static Slo withFreshness(Slo slo, String freshness) {
        return slo == null ? new Slo(null, freshness, Map.of())
                : new Slo(slo.availability(), freshness, slo.extensions());
    }

    /** A list field: one check for the whole list, one edit from it. */
    record ListBehaviour(Function<List<?>, String> check, Function<List<?>, Edit> change) implements FieldBehaviour {
        @Override
        public String validate(Object input) {
            return input instanceof List<?> list ? check.apply(list) : "expected a list";
        }

        @Override
        public Edit edit(Object input) {
            return change.apply((List<?>) input);
        }
    }

    /** The output ports: a whole new list (add, remove, reorder) or one changed cell. */
    private final class PortsBehaviour implements FieldBehaviour {
        @Override
        public String validate(Object input) {
            if (input instanceof List<?> list) {
                Set<String> ids = new HashSet<>();
                for (Object o : list) {
                    if (!(o instanceof Port p)) {
                        return "expected a list of ports";
                    }
                    if (!ids.add(p.id())) {
                        return "Two ports have the id '" + p.id() + "'; port ids are unique within the product";
                    }
                }
                return null;
            }
            if (input instanceof PortCell cell) {
                List<Port> ports = current().outputPorts();
                if (cell.index() < 0 || cell.index() >= ports.size()) {
                    return "There is no port number " + (cell.index() + 1);
                }
                return switch (cell.column()) {
                    case ID -> portId(ports, cell.index(), cell.text());
                    case CONTRACT -> InputChecks.optionalId(cell.text());
                    case TYPE, FORMAT -> null;
                };
            }
            return "expected a list of ports";
        }

        private String portId(List<Port> ports, int index, String input) {
            String reason = InputChecks.id(input, "A port id");
            if (reason != null) {
                return reason;
            }
            String s = input.strip();
            for (int i = 0; i < ports.size(); i++) {
                if (i != index && ports.get(i).id().equals(s)) {
                    return "This product has a port '" + s + "' already";
                }
            }
            return null;
        }

        @Override
        public Edit edit(Object input) {
            if (input instanceof PortCell cell) {
                Port before = current().outputPorts().get(cell.index());
                Port after = withCell(before, cell);
                Edit edit = replace("Change output port", b -> {
                    List<Port> ports = new ArrayList<>(current().outputPorts());
                    ports.set(cell.index(), after);
                    return b.outputPorts(ports);
                });
                return edit == null || after.id().equals(before.id()) ? edit : withReadersFollowing(edit, before, after);
            }
            List<Port> ports = ((List<?>) input).stream().map(Port.class::cast).toList();
            return replace("Change output ports", b -> b.outputPorts(ports));
        }

        /** A renamed port keeps its readers: the links that read it follow, in the same undo step. */
        private Edit withReadersFollowing(Edit edit, Port before, Port after) {
            List<Command> parts = new ArrayList<>();
            parts.add(edit.command());
            for (Link l : mesh.links()) {
                if (l.from().equals(id) && before.id().equals(l.fromPort())) {
                    parts.add(Edits.replaceLink(mesh, l.effectiveId(), l.toBuilder().fromPort(after.id()).build()));
                }
            }
            return parts.size() == 1 ? edit
                    : Edit.of(new CompoundCommand("Rename port " + before.id(), parts));
        }

        private static Port withCell(Port p, PortCell cell) {
            String v = blankToNull(cell.text());
            return switch (cell.column()) {
                case ID -> new Port(v, p.type(), p.format(), p.contract(), p.extensions());
                case TYPE -> new Port(p.id(), v, p.format(), p.contract(), p.extensions());
                case FORMAT -> new Port(p.id(), p.type(), v, p.contract(), p.extensions());
                case CONTRACT -> new Port(p.id(), p.type(), p.format(), v, p.extensions());
            };
        }
    }
}
