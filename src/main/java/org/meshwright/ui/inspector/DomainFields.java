package org.meshwright.ui.inspector;

import static org.meshwright.ui.inspector.InputChecks.blankToNull;
import static org.meshwright.ui.inspector.InputChecks.nullToEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.meshwright.edit.Edits;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.ui.inspector.FieldBehaviour.Edit;

/** The fields of a domain: id, name, description, owner and platform. */
final class DomainFields {

    private final Mesh mesh;
    private final String id;
    private final FieldModel.Committer committer;

    DomainFields(Mesh mesh, String id, FieldModel.Committer committer) {
        this.mesh = mesh;
        this.id = id;
        this.committer = committer;
    }

    List<FieldModel> build() {
        Domain d = mesh.domain(id);
        List<FieldModel> fields = new ArrayList<>();
        fields.add(FieldModel.builder("id", "Id", NodeFields.IDENTITY, FieldKind.ID)
                .value(d.id())
                .help("Unique among all domains and nodes: " + InputChecks.ID_RULE
                        + ". Renaming updates the nodes of the domain and its layout entry.")
                .editing(FieldBehaviour.ofText(s -> InputChecks.elementId(mesh, id, s), this::rename), committer)
                .build());
        fields.add(text("name", "Name", NodeFields.IDENTITY, FieldKind.TEXT, Domain::name, Domain::withName)
                .prompt(d.id())
                .help("Display name. Left empty, the id is shown.")
                .build());
        fields.add(text("description", "Description", NodeFields.IDENTITY, FieldKind.MULTILINE_TEXT,
                Domain::description, Domain::withDescription)
                .help("What the domain covers, in a few sentences.")
                .build());
        fields.add(text("owner", "Owner", NodeFields.OWNERSHIP, FieldKind.TEXT, Domain::owner, Domain::withOwner)
                .prompt("no owner (rule owner-required)")
                .help("Owning team. Data products of the domain without an owner of their own inherit it.")
                .build());

        List<String> platforms = new ArrayList<>(mesh.nodes().stream()
                .filter(n -> n.kind() == NodeKind.PLATFORM).map(MeshNode::id).toList());
        if (d.platform() != null && !platforms.contains(d.platform())) {
            platforms.add(d.platform());
        }
        fields.add(FieldModel.builder("platform", "Platform", NodeFields.OWNERSHIP, FieldKind.ID_REFERENCE)
                .value(nullToEmpty(d.platform()))
                .optional(true)
                .choices(platforms)
                .choiceLabels(ref -> mesh.node(ref) == null ? ref + " (missing)"
                        : NodeFields.label(mesh.node(ref).displayName(), ref))
                .prompt("no platform")
                .help("The self-serve platform node this domain runs on. A federated mesh wants one per domain "
                        + "(rule federated-platform-declared); a harmonized one shares a platform.")
                .editing(FieldBehaviour.ofText(
                        s -> InputChecks.reference(s, platforms, true, "a platform node of this mesh"),
                        s -> replace("Change platform", x -> x.withPlatform(blankToNull(s)))), committer)
                .build());
        return fields;
    }

    private FieldModel.Builder text(String name, String label, String section, FieldKind kind,
                                    Function<Domain, String> get, BiFunction<Domain, String, Domain> set) {
        return FieldModel.builder(name, label, section, kind)
                .value(nullToEmpty(get.apply(mesh.domain(id))))
                .optional(true)
                .editing(FieldBehaviour.ofText(s -> null,
                        s -> replace(NodeFields.changeLabel(label), x -> set.apply(x, blankToNull(s)))), committer);
    }

    private Domain current() {
        Domain d = mesh.domain(id);
        if (d == null) {
            throw new IllegalStateException("The domain '" + id + "' no longer exists");
        }
        return d;
    }

    private Edit replace(String label, UnaryOperator<Domain> change) {
        Domain before = current();
        Domain after = change.apply(before);
        return after.equals(before) ? null : Edit.of(Edits.replaceDomain(mesh, id, after, label));
    }

    private Edit rename(String input) {
        String newId = input.strip();
        if (newId.equals(current().id())) {
            return null;
        }
        return new Edit(Edits.renameId(mesh, id, newId), ElementRef.domain(id), ElementRef.domain(newId));
    }
}
