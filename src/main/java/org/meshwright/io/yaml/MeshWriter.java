package org.meshwright.io.yaml;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.meshwright.io.AtomicFiles;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Bounds;
import org.meshwright.model.Classification;
import org.meshwright.model.Domain;
import org.meshwright.model.Keyword;
import org.meshwright.model.Link;
import org.meshwright.model.LinkStatus;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Metadata;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Point;
import org.meshwright.model.Policies;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;

/**
 * Writes a {@link Mesh} in the canonical form of the mesh file: keys in the order of the
 * format, {@code x-} extensions after the known keys of their map, lists in the user's
 * order, defaults left out, layout entries one per line (and only for existing elements),
 * UTF-8, {@code \n} line ends. The same model always gives the same bytes.
 */
public final class MeshWriter {

    /** The mesh as canonical YAML text. */
    public String write(Mesh mesh) {
        StringBuilder out = new StringBuilder(256 + mesh.nodes().size() * 160 + mesh.links().size() * 80);
        YamlEmitter y = new YamlEmitter(out);
        y.scalarField(0, "apiVersion", MeshFields.API_VERSION);
        y.scalarField(0, "kind", MeshFields.KIND);
        metadata(y, mesh.metadata());
        spec(y, mesh);
        layout(y, mesh);
        extensions(y, 0, mesh.extensions());
        return out.toString();
    }

    /** Writes the canonical text to {@code out}; the caller owns (and closes) the writer. */
    public void write(Mesh mesh, Writer out) throws IOException {
        out.write(write(mesh));
        out.flush();
    }

    /**
     * Saves to {@code target} atomically: a temporary file beside it, flushed to disk, then
     * renamed over it. On failure the old file stays as it was. Returns the bytes written.
     */
    public byte[] save(Mesh mesh, Path target) throws IOException {
        byte[] content = write(mesh).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, content);
        return content;
    }

    private static void metadata(YamlEmitter y, Metadata m) {
        y.keyLine(0, "metadata");
        y.scalarField(1, "name", m.name());
        y.scalarField(1, "title", m.title());
        y.scalarField(1, "description", m.description());
        y.scalarField(1, "owner", m.owner());
        extensions(y, 1, m.extensions());
    }

    private static void spec(YamlEmitter y, Mesh mesh) {
        y.keyLine(0, "spec");
        y.scalarField(1, "topology", mesh.topology().keyword());
        if (!mesh.domains().isEmpty()) {
            y.keyLine(1, "domains");
            for (Domain d : mesh.domains()) {
                domain(y, d);
            }
        }
        if (!mesh.nodes().isEmpty()) {
            y.keyLine(1, "nodes");
            for (MeshNode n : mesh.nodes()) {
                node(y, n);
            }
        }
        if (!mesh.links().isEmpty()) {
            y.keyLine(1, "links");
            for (Link l : mesh.links()) {
                link(y, l);
            }
        }
        policies(y, mesh.policies());
        extensions(y, 1, mesh.specExtensions());
    }

    private static void domain(YamlEmitter y, Domain d) {
        y.item(2, "id", d.id());
        y.scalarField(3, "name", d.name());
        y.scalarField(3, "owner", d.owner());
        y.scalarField(3, "description", d.description());
        y.scalarField(3, "platform", d.platform());
        extensions(y, 3, d.extensions());
    }

    private static void node(YamlEmitter y, MeshNode n) {
        y.item(2, "id", n.id());
        y.scalarField(3, "kind", n.kind().keyword());
        y.scalarField(3, "name", n.name());
        y.scalarField(3, "domain", n.domain());
        y.scalarField(3, "archetype", keyword(n.archetype()));
        y.scalarField(3, "owner", n.owner());
        y.scalarField(3, "status", n.status() == NodeStatus.ACTIVE ? null : n.status().keyword());
        y.scalarField(3, "classification",
                n.classification() == Classification.INTERNAL ? null : n.classification().keyword());
        y.scalarField(3, "pii", n.pii() ? Boolean.TRUE : null);
        y.scalarField(3, "deidentified", n.deidentified() ? Boolean.TRUE : null);
        y.scalarField(3, "description", n.description());
        if (!n.tags().isEmpty()) {
            y.flowList(3, "tags", n.tags());
        }
        y.scalarField(3, "version", n.version());
        if (!n.outputPorts().isEmpty()) {
            y.keyLine(3, "outputPorts");
            for (Port p : n.outputPorts()) {
                y.item(4, "id", p.id());
                y.scalarField(5, "type", p.type());
                y.scalarField(5, "format", p.format());
                y.scalarField(5, "contract", p.contract());
                extensions(y, 5, p.extensions());
            }
        }
        Slo slo = n.slo();
        if (slo != null) {
            y.keyLine(3, "slo");
            if (slo.availability() != null) {
                y.scalarField(4, "availability", new YamlEmitter.Raw(YamlEmitter.number(slo.availability())));
            }
            y.scalarField(4, "freshness", slo.freshness());
            extensions(y, 4, slo.extensions());
        }
        extensions(y, 3, n.extensions());
    }

    private static void link(YamlEmitter y, Link l) {
        y.item(2, "from", l.from());
        y.scalarField(3, "to", l.to());
        y.scalarField(3, "id", l.id());
        y.scalarField(3, "fromPort", l.fromPort());
        if (!l.via().isEmpty()) {
            y.flowList(3, "via", l.via());
        }
        y.scalarField(3, "accessMode", l.accessMode() == AccessMode.BATCH ? null : l.accessMode().keyword());
        y.scalarField(3, "contract", l.contract());
        y.scalarField(3, "anonymized", l.anonymized() ? Boolean.TRUE : null);
        y.scalarField(3, "purpose", l.purpose());
        y.scalarField(3, "status", l.status() == LinkStatus.ACTIVE ? null : l.status().keyword());
        y.scalarField(3, "description", l.description());
        extensions(y, 3, l.extensions());
    }

    private static void policies(YamlEmitter y, Policies p) {
        if (p.isEmpty()) {
            return;
        }
        y.keyLine(1, "policies");
        if (!p.severities().isEmpty()) {
            y.keyLine(2, "severities");
            p.severities().forEach((rule, severity) -> y.scalarField(3, rule, severity.keyword()));
        }
        extensions(y, 2, p.extensions());
    }

    private static void layout(YamlEmitter y, Mesh mesh) {
        var diagram = mesh.diagram();
        List<MeshNode> placed = mesh.nodes().stream().filter(n -> diagram.position(n.id()) != null).toList();
        List<Domain> bounded = mesh.domains().stream().filter(d -> diagram.bounds(d.id()) != null).toList();
        if (placed.isEmpty() && bounded.isEmpty() && diagram.extensions().isEmpty()) {
            return;
        }
        y.keyLine(0, "layout");
        if (!placed.isEmpty()) {
            y.keyLine(1, "nodes");
            for (MeshNode n : placed) {
                Point p = diagram.position(n.id());
                y.flowNumbers(2, n.id(), MeshFields.POSITION, p.x(), p.y());
            }
        }
        if (!bounded.isEmpty()) {
            y.keyLine(1, "domains");
            for (Domain d : bounded) {
                Bounds b = diagram.bounds(d.id());
                y.flowNumbers(2, d.id(), MeshFields.BOUNDS, b.x(), b.y(), b.width(), b.height());
            }
        }
        extensions(y, 1, diagram.extensions());
    }

    private static void extensions(YamlEmitter y, int level, Map<String, Object> extensions) {
        extensions.forEach((key, value) -> y.anyField(level, key, value));
    }

    private static String keyword(Keyword k) {
        return k == null ? null : k.keyword();
    }
}
