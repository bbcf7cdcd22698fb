package org.meshwright.ui.inspector;

import static org.meshwright.ui.inspector.InputChecks.blankToNull;
import static org.meshwright.ui.inspector.InputChecks.nullToEmpty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.meshwright.edit.Edits;
import org.meshwright.model.AccessMode;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Ids;
import org.meshwright.model.Keyword;
import org.meshwright.model.Link;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;
import org.meshwright.ui.inspector.FieldBehaviour.Edit;

/** The fields of a sharing link. Changing its ends or id may change its effective id; the inspector follows. */
final class LinkFields {

    static final String SHARING = "Sharing";

    private final Mesh mesh;
    private final String effectiveId;
    private final FieldModel.Committer committer;

    LinkFields(Mesh mesh, String effectiveId, FieldModel.Committer committer) {
        this.mesh = mesh;
        this.effectiveId = effectiveId;
        this.committer = committer;
    }

    List<FieldModel> build() {
        Link l = mesh.link(effectiveId);
        List<FieldModel> fields = new ArrayList<>();

        List<String> providers = nodeIds(NodeKind::canProvide, l.from());
        fields.add(reference("from", "From", NodeFields.IDENTITY, providers, false, l.from(),
                "a data product or source system of this mesh", Link.Builder::from)
                .help("The provider the data comes from: a data product or a source system. A port of the "
                        + "old provider that the new one lacks is cleared with it.")
                .build());
        List<String> consumers = nodeIds(NodeKind::canConsume, l.to());
        fields.add(reference("to", "To", NodeFields.IDENTITY, consumers, false, l.to(),
                "a data product or consumer of this mesh", Link.Builder::to)
                .help("The consumer the data flows to: a data product or a consumer.")
                .build());
        fields.add(FieldModel.builder("id", "Id", NodeFields.IDENTITY, FieldKind.ID)
                .value(nullToEmpty(l.id()))
                .optional(true)
                .prompt(Ids.defaultLinkId(l.from(), l.to()))
                .help("Needed only where two links join the same pair; left empty, the link is known as "
                        + "FROM->TO. An id has " + InputChecks.ID_RULE + ".")
                .editing(FieldBehaviour.ofText(
                        s -> firstReason(InputChecks.optionalId(s), () -> collision(b -> b.id(blankToNull(s)))),
                        s -> replace("Change link id", b -> b.id(blankToNull(s)))), committer)
                .build());

        List<String> ports = portIds(l.from(), l.fromPort());
        fields.add(reference("fromPort", "From port", SHARING, ports, true, l.fromPort(),
                "an output port of '" + l.from() + "'", Link.Builder::fromPort)
                .prompt(ports.isEmpty() ? "the provider has no ports" : "no port")
                .help("The provider's output port the consumer reads. Its contract applies where the link "
                        + "names none.")
                .build());
        List<String> passThrough = nodeIds(k -> k.isPassThrough(), null);
        fields.add(FieldModel.builder("via", "Via", SHARING, FieldKind.ID_LIST)
                .items(l.via())
                .choices(passThrough)
                .choiceLabels(this::nodeLabel)
                .help("The hubs, anonymizers and virtualization services the data passes through, in order. "
                        + "An anonymizer protects personal data (rule pii-protection).")
                .editing(new NodeFields.ListBehaviour(this::checkVia,
                        list -> replace("Change via", b -> b.via(list.stream().map(o -> ((String) o).strip()).toList()))),
                        committer)
                .build());
        fields.add(FieldModel.builder("accessMode", "Access mode", SHARING, FieldKind.CHOICE)
                .value(l.accessMode().keyword())
                .choices(Keyword.keywords(AccessMode.class))
                .help("How the consumer reads the data: batch, stream, virtualized or api.")
                .editing(FieldBehaviour.ofText(s -> InputChecks.keyword(AccessMode.class, s, "Access mode", false),
                        s -> replace("Change access mode",
                                b -> b.accessMode(InputChecks.parse(AccessMode.class, s)))), committer)
                .build());
        fields.add(FieldModel.builder("contract", "Contract", SHARING, FieldKind.ID)
                .value(nullToEmpty(l.contract()))
                .optional(true)
                .prompt(contractPrompt(l))
                .help("Id of the data contract the link is governed by. Left empty, the contract of the "
                        + "port applies (rule contract-required).")
                .editing(FieldBehaviour.ofText(InputChecks::optionalId,
                        s -> replace("Change contract", b -> b.contract(blankToNull(s)))), committer)
                .build());
        fields.add(FieldModel.builder("anonymized", "Anonymized", SHARING, FieldKind.BOOLEAN)
                .value(String.valueOf(l.anonymized()))
                .help("Personal data is removed on this link, so it no longer carries it.")
                .editing(FieldBehaviour.ofText(InputChecks::bool,
                        s -> replace("Change anonymized", b -> b.anonymized(Boolean.parseBoolean(s.strip())))), committer)
                .build());
        fields.add(text("purpose", "Purpose", FieldKind.TEXT, Link::purpose, Link.Builder::purpose)
                .help("Why the consumer reads the data.")
                .build());
        fields.add(FieldModel.builder("status", "Status", SHARING, FieldKind.CHOICE)
                .value(l.status().keyword())
                .choices(Keyword.keywords(LinkStatus.class))
                .help("Lifecycle of the link: proposed, active or deprecated.")
                .editing(FieldBehaviour.ofText(s -> InputChecks.keyword(LinkStatus.class, s, "Status", false),
                        s -> replace("Change status", b -> b.status(InputChecks.parse(LinkStatus.class, s)))), committer)
                .build());
        fields.add(text("description", "Description", FieldKind.MULTILINE_TEXT, Link::description,
                Link.Builder::description)
                .help("Anything else worth knowing about this link.")
                .build());
        return fields;
    }

    // ---- field builders ----------------------------------------------------------------

    private FieldModel.Builder text(String name, String label, FieldKind kind, Function<Link, String> get,
                                    BiFunction<Link.Builder, String, Link.Builder> set) {
        return FieldModel.builder(name, label, SHARING, kind)
                .value(nullToEmpty(get.apply(mesh.link(effectiveId))))
                .optional(true)
                .editing(FieldBehaviour.ofText(s -> null,
                        s -> replace(NodeFields.changeLabel(label), b -> set.apply(b, blankToNull(s)))), committer);
    }

    private FieldModel.Builder reference(String name, String label, String section, List<String> choices,
                                         boolean optional, String value, String what,
                                         BiFunction<Link.Builder, String, Link.Builder> set) {
        UnaryOperator<Link.Builder> noChange = b -> b;
        Function<String, UnaryOperator<Link.Builder>> change = s -> b -> {
            set.apply(b, blankToNull(s));
            if (name.equals("from")) {
                keepPortOf(b, blankToNull(s));
            }
            return b;
        };
        return FieldModel.builder(name, label, section, FieldKind.ID_REFERENCE)
                .value(nullToEmpty(value))
                .optional(optional)
                .choices(choices)
                .choiceLabels(name.equals("fromPort") ? Function.identity() : this::nodeLabel)
                .editing(FieldBehaviour.ofText(
                        s -> firstReason(InputChecks.reference(s, choices, optional, what),
                                () -> collision(blankToNull(s) == null ? noChange : change.apply(s))),
                        s -> replace(NodeFields.changeLabel(label), change.apply(s))), committer);
    }

    /** Clears {@code fromPort} where the new provider has no such port. */
    private void keepPortOf(Link.Builder b, String newFrom) {
        Link l = current();
        if (l.fromPort() == null || l.from().equals(newFrom)) {
            return;
        }
        MeshNode provider = newFrom == null ? null : mesh.node(newFrom);
        if (provider == null || provider.port(l.fromPort()) == null) {
            b.fromPort(null);
        }
    }

    private List<String> nodeIds(Predicate<NodeKind> kind, String current) {
        List<String> ids = new ArrayList<>(mesh.nodes().stream().filter(n -> kind.test(n.kind()))
                .map(MeshNode::id).toList());
        if (current != null && !ids.contains(current)) {
            ids.add(current);
        }
        return ids;
    }

    private List<String> portIds(String from, String current) {
        MeshNode provider = mesh.node(from);
        List<String> ids = new ArrayList<>(provider == null ? List.of()
                : provider.outputPorts().stream().map(Port::id).toList());
        if (current != null && !ids.contains(current)) {
            ids.add(current);
        }
        return ids;
    }

    private String nodeLabel(String id) {
        MeshNode n = mesh.node(id);
        return n == null ? id + " (missing)" : NodeFields.label(n.displayName(), id);
    }

    private String contractPrompt(Link l) {
        MeshNode provider = mesh.node(l.from());
        if (provider == null) {
            return "no contract";
        }
        Port port = l.fromPort() != null ? provider.port(l.fromPort())
                : provider.outputPorts().size() == 1 ? provider.outputPorts().get(0) : null;
        return port != null && port.contract() != null ? "from port: " + port.contract() : "no contract";
    }

    private String checkVia(List<?> list) {
        List<String> allowed = new ArrayList<>(nodeIds(NodeKind::isPassThrough, null));
        allowed.addAll(current().via());
        Set<String> seen = new HashSet<>();
        for (Object o : list) {
            if (!(o instanceof String s) || s.isBlank()) {
                return "A via entry cannot be empty";
            }
            String id = s.strip();
            String reason = InputChecks.idPattern(id);
            if (reason != null) {
                return reason;
            }
            if (!allowed.contains(id)) {
                return "'" + id + "' is not a hub, anonymizer or virtualization service of this mesh";
            }
            if (!seen.add(id)) {
                return "The link passes '" + id + "' once only";
            }
        }
        return null;
    }

    // ---- edits -------------------------------------------------------------------------

    private static String firstReason(String reason, Supplier<String> next) {
        return reason != null ? reason : next.get();
    }

    /** Why the link as changed would clash with another link's effective id, or {@code null}. */
    private String collision(UnaryOperator<Link.Builder> change) {
        Link after = change.apply(current().toBuilder()).build();
        String newId = after.effectiveId();
        if (newId.equals(effectiveId) || mesh.link(newId) == null) {
            return null;
        }
        return after.id() == null
                ? "A link from '" + after.from() + "' to '" + after.to() + "' exists already; give one of them an id"
                : "Another link has the id '" + newId + "'";
    }

    private Link current() {
        Link l = mesh.link(effectiveId);
        if (l == null) {
            throw new IllegalStateException("The link '" + effectiveId + "' no longer exists");
        }
        return l;
    }

    private Edit replace(String label, UnaryOperator<Link.Builder> change) {
        Link before = current();
        Link after = change.apply(before.toBuilder()).build();
        if (after.equals(before)) {
            return null;
        }
        ElementRef follow = after.effectiveId().equals(effectiveId) ? null : ElementRef.link(after.effectiveId());
        return new Edit(Edits.replaceLink(mesh, effectiveId, after, label), ElementRef.link(effectiveId), follow);
    }
}
