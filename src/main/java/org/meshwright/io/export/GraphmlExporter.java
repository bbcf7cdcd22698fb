package org.meshwright.io.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.meshwright.io.AtomicFiles;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;

/**
 * Exports a mesh as GraphML ({@value #NAMESPACE}), one directed {@code <graph>}.
 *
 * <ul>
 * <li>Keys, all {@code attr.type="string"} and declared before the graph: for nodes
 *     {@code label}, {@code kind}, {@code domain}, {@code archetype}, {@code status}; for edges
 *     {@code accessMode}, {@code contract}, {@code via} (the via ids joined with {@code ,}) and
 *     {@code id} (the link's effective id). Each key's {@code id} equals its
 *     {@code attr.name}.</li>
 * <li>Each declared domain is a node first, in the model's order, with {@code kind} =
 *     {@code domain} and {@code label} = its display name (domain and node ids share one
 *     namespace in the model, so they cannot collide); there are no membership edges, a node's
 *     domain is its {@code domain} data. Then every node, in the model's order.</li>
 * <li>One edge per link whose ends are both nodes, in the model's order, with
 *     {@code id} = the link's effective id.</li>
 * </ul>
 *
 * <p>All text is XML-escaped ({@code & < > " '}); characters that XML 1.0 does not allow and
 * other control characters are dropped. Data that is absent is not written. The same mesh
 * gives the same bytes.
 */
public final class GraphmlExporter {

    /** The GraphML namespace. */
    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    /** The kind written for domain nodes. */
    public static final String DOMAIN_KIND = "domain";

    private static final String[] NODE_KEYS = {"label", "kind", "domain", "archetype", "status"};
    private static final String[] EDGE_KEYS = {"accessMode", "contract", "via", "id"};

    /** Writes the GraphML document to {@code out}; flushes but does not close it. */
    public void write(Mesh mesh, Writer out) throws IOException {
        out.write(graphml(mesh));
        out.flush();
    }

    /** Writes the GraphML document to {@code target} in UTF-8, atomically. */
    public void write(Mesh mesh, Path target) throws IOException {
        String text = graphml(mesh);
        AtomicFiles.write(target, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** The GraphML document as a string. */
    public String graphml(Mesh mesh) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<graphml xmlns=\"").append(NAMESPACE).append("\"\n");
        b.append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        b.append("    xsi:schemaLocation=\"").append(NAMESPACE).append(' ')
                .append(NAMESPACE).append("/1.0/graphml.xsd\">\n");
        for (String k : NODE_KEYS) {
            key(b, k, "node");
        }
        for (String k : EDGE_KEYS) {
            key(b, k, "edge");
        }
        String name = mesh.metadata() == null ? null : mesh.metadata().name();
        b.append("  <graph id=\"").append(escape(name == null || name.isEmpty() ? "mesh" : name))
                .append("\" edgedefault=\"directed\">\n");
        for (Domain d : mesh.domains()) {
            b.append("    <node id=\"").append(escape(d.id())).append("\">\n");
            data(b, "label", d.displayName());
            data(b, "kind", DOMAIN_KIND);
            b.append("    </node>\n");
        }
        for (MeshNode n : mesh.nodes()) {
            b.append("    <node id=\"").append(escape(n.id())).append("\">\n");
            data(b, "label", n.displayName());
            data(b, "kind", n.kind().keyword());
            data(b, "domain", n.domain());
            data(b, "archetype", n.archetype() == null ? null : n.archetype().keyword());
            data(b, "status", n.status() == null ? null : n.status().keyword());
            b.append("    </node>\n");
        }
        for (Link l : mesh.links()) {
            if (mesh.node(l.from()) == null || mesh.node(l.to()) == null) {
                continue;
            }
            b.append("    <edge id=\"").append(escape(l.effectiveId()))
                    .append("\" source=\"").append(escape(l.from()))
                    .append("\" target=\"").append(escape(l.to())).append("\">\n");
            data(b, "accessMode", l.accessMode().keyword());
            data(b, "contract", l.contract());
            data(b, "via", l.via().isEmpty() ? null : String.join(",", l.via()));
            data(b, "id", l.effectiveId());
            b.append("    </edge>\n");
        }
        b.append("  </graph>\n");
        b.append("</graphml>\n");
        return b.toString();
    }

    private static void key(StringBuilder b, String name, String forWhat) {
        b.append("  <key id=\"").append(name).append("\" for=\"").append(forWhat)
                .append("\" attr.name=\"").append(name).append("\" attr.type=\"string\"/>\n");
    }

    private static void data(StringBuilder b, String key, String value) {
        if (value == null) {
            return;
        }
        b.append("      <data key=\"").append(key).append("\">").append(escape(value)).append("</data>\n");
    }

    /**
     * {@code s} cleaned by {@link GraphText#clean} and escaped for XML text and attribute
     * values: {@code & < > " '} as entities, line feed and tab as character references.
     */
    static String escape(String s) {
        String c = GraphText.clean(s);
        StringBuilder b = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\t' -> b.append("&#9;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
