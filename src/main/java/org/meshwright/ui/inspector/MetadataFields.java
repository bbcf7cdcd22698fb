package org.meshwright.ui.inspector;

import static org.meshwright.ui.inspector.InputChecks.blankToNull;
import static org.meshwright.ui.inspector.InputChecks.nullToEmpty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meshwright.edit.Edits;
import org.meshwright.model.Keyword;
import org.meshwright.model.Mesh;
import org.meshwright.model.Metadata;
import org.meshwright.model.PolicySeverity;
import org.meshwright.model.Topology;
import org.meshwright.ui.inspector.FieldBehaviour.Edit;

/** The fields of the mesh itself, shown when nothing is selected: metadata, topology and a policies summary. */
final class MetadataFields {

    static final String GOVERNANCE = "Governance";

    private final Mesh mesh;
    private final FieldModel.Committer committer;

    MetadataFields(Mesh mesh, FieldModel.Committer committer) {
        this.mesh = mesh;
        this.committer = committer;
    }

    List<FieldModel> build() {
        Metadata m = mesh.metadata();
        List<FieldModel> fields = new ArrayList<>();
        fields.add(FieldModel.builder("metadata.name", "Name", NodeFields.IDENTITY, FieldKind.ID)
                .value(m.name())
                .help("The mesh's name, an id: " + InputChecks.ID_RULE + ".")
                .editing(FieldBehaviour.ofText(s -> InputChecks.id(s, "A name"),
                        s -> set(new Metadata(s.strip(), m().title(), m().description(), m().owner(),
                                m().extensions()))), committer)
                .build());
        fields.add(text("metadata.title", "Title", FieldKind.TEXT, Metadata::title, NodeFields.IDENTITY,
                s -> new Metadata(m().name(), s, m().description(), m().owner(), m().extensions()))
                .prompt(m.name())
                .help("Display title, shown in the window title and exports. Left empty, the name is shown.")
                .build());
        fields.add(text("metadata.description", "Description", FieldKind.MULTILINE_TEXT, Metadata::description,
                NodeFields.IDENTITY, s -> new Metadata(m().name(), m().title(), s, m().owner(), m().extensions()))
                .help("What the mesh covers, in a few sentences.")
                .build());
        fields.add(text("metadata.owner", "Owner", FieldKind.TEXT, Metadata::owner, NodeFields.OWNERSHIP,
                s -> new Metadata(m().name(), m().title(), m().description(), s, m().extensions()))
                .prompt("no owner")
                .help("The team that owns the mesh as a whole, e.g. a data governance guild.")
                .build());
        fields.add(FieldModel.builder("topology", "Topology", GOVERNANCE, FieldKind.CHOICE)
                .value(mesh.topology().keyword())
                .choices(Keyword.keywords(Topology.class))
                .help("How domains share data: governed (through a central hub), harmonized (point to point "
                        + "on one shared platform) or federated (on platforms of their own). Some rules apply "
                        + "to one topology only.")
                .editing(FieldBehaviour.ofText(s -> InputChecks.keyword(Topology.class, s, "Topology", false),
                        s -> {
                            Topology t = InputChecks.parse(Topology.class, s);
                            return t == mesh.topology() ? null : Edit.of(Edits.setTopology(mesh, t));
                        }), committer)
                .build());
        fields.add(FieldModel.builder("policies", "Rule severities", GOVERNANCE, FieldKind.MULTILINE_TEXT)
                .value(policies(mesh.policies().severities()))
                .prompt("Every rule at its default severity")
                .help("Severities this mesh gives rules instead of their defaults (spec.policies.severities).")
                .build());
        return fields;
    }

    static String policies(Map<String, PolicySeverity> severities) {
        return severities.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().keyword())
                .collect(Collectors.joining("\n"));
    }

    private Metadata m() {
        return mesh.metadata();
    }

    private FieldModel.Builder text(String name, String label, FieldKind kind, Function<Metadata, String> get,
                                    String section, Function<String, Metadata> set) {
        return FieldModel.builder(name, label, section, kind)
                .value(nullToEmpty(get.apply(m())))
                .optional(true)
                .editing(FieldBehaviour.ofText(s -> null, s -> set(set.apply(blankToNull(s)))), committer);
    }

    private Edit set(Metadata after) {
        return after.equals(m()) ? null : Edit.of(Edits.setMetadata(mesh, after));
    }
}
