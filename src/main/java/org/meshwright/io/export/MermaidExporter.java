package org.meshwright.io.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.io.AtomicFiles;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/**
 * Exports a mesh as a Mermaid {@code flowchart LR}.
 *
 * <ul>
 * <li>Mermaid ids are not the model's: the i-th node (model order) is {@code n<i>} and the
 *     i-th declared domain is {@code d<i>}, counting from 1, so no model id can clash with a
 *     Mermaid keyword such as {@code end}.</li>
 * <li>One {@code subgraph d<i>["domain name"]} ... {@code end} per declared domain, holding
 *     its nodes; nodes without a declared domain follow at the top level.</li>
 * <li>Node shapes by kind: data-product {@code ["…"]} rectangle, source-system
 *     {@code [("…")]} cylinder, consumer {@code (["…"])} stadium, hub {@code {{"…"}}}
 *     hexagon, platform {@code [["…"]]} subroutine, governance {@code [/"…"/]} parallelogram,
 *     anonymizer {@code [\"…"\]} alternate parallelogram, virtualization {@code ("…")}
 *     rounded; plus a {@code classDef} fill colour per kind (the same colours as
 *     {@link DotExporter}). The label is the display name.</li>
 * <li>One edge per link whose ends are both nodes, with the arrow by access mode: batch
 *     {@code -->}, stream {@code ==>} (thick), virtualized {@code -.->} (dotted), api
 *     {@code --o} (circle end); labelled {@code |"contract"|} where there is a contract.</li>
 * </ul>
 *
 * <p>Labels are always double-quoted and escaped with Mermaid entity codes: {@code "} as
 * {@code #quot;}, {@code <} {@code #lt;}, {@code >} {@code #gt;}, {@code &} {@code #amp;},
 * {@code #} {@code #35;}, {@code `} {@code #96;}, {@code %} {@code #37;} (so no label can
 * open a {@code %%{...}%%} directive or a comment); a line break becomes {@code <br/>}, a tab a
 * space, control characters are dropped. The same mesh gives the same bytes.
 */
public final class MermaidExporter {

    /** Writes the Mermaid document to {@code out}; flushes but does not close it. */
    public void write(Mesh mesh, Writer out) throws IOException {
        out.write(mermaid(mesh));
        out.flush();
    }

    /** Writes the Mermaid document to {@code target} in UTF-8, atomically. */
    public void write(Mesh mesh, Path target) throws IOException {
        String text = mermaid(mesh);
        AtomicFiles.write(target, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** The Mermaid document as a string. */
    public String mermaid(Mesh mesh) {
        StringBuilder b = new StringBuilder(4096);
        b.append("flowchart LR\n");
        Map<String, String> nodeIds = new HashMap<>();
        List<MeshNode> nodes = mesh.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            nodeIds.put(nodes.get(i).id(), "n" + (i + 1));
        }
        Map<String, Boolean> declared = new HashMap<>();
        List<Domain> domains = mesh.domains();
        for (int i = 0; i < domains.size(); i++) {
            Domain d = domains.get(i);
            declared.put(d.id(), Boolean.TRUE);
            b.append("  subgraph d").append(i + 1).append('[').append(quote(d.displayName())).append("]\n");
            for (MeshNode n : nodes) {
                if (d.id().equals(n.domain())) {
                    node(b, "    ", nodeIds.get(n.id()), n);
                }
            }
            b.append("  end\n");
        }
        for (MeshNode n : nodes) {
            if (n.domain() == null || !declared.containsKey(n.domain())) {
                node(b, "  ", nodeIds.get(n.id()), n);
            }
        }
        for (Link l : mesh.links()) {
            String from = nodeIds.get(l.from());
            String to = nodeIds.get(l.to());
            if (from == null || to == null) {
                continue;
            }
            b.append("  ").append(from).append(' ').append(arrow(l.accessMode()));
            if (l.contract() != null) {
                b.append('|').append(quote(l.contract())).append('|');
            }
            b.append(' ').append(to).append('\n');
        }
        for (NodeKind kind : NodeKind.values()) {
            List<String> members = new ArrayList<>();
            for (MeshNode n : nodes) {
                if (n.kind() == kind) {
                    members.add(nodeIds.get(n.id()));
                }
            }
            if (!members.isEmpty()) {
                b.append("  classDef ").append(className(kind)).append(" fill:")
                        .append(DotExporter.fill(kind)).append(",stroke:#334155\n");
                b.append("  class ").append(String.join(",", members)).append(' ')
                        .append(className(kind)).append('\n');
            }
        }
        return b.toString();
    }

    private static void node(StringBuilder b, String indent, String id, MeshNode n) {
        String label = quote(n.displayName());
        String shaped = switch (n.kind()) {
            case DATA_PRODUCT -> "[" + label + "]";
            case SOURCE_SYSTEM -> "[(" + label + ")]";
            case CONSUMER -> "([" + label + "])";
            case HUB -> "{{" + label + "}}";
            case PLATFORM -> "[[" + label + "]]";
            case GOVERNANCE -> "[/" + label + "/]";
            case ANONYMIZER -> "[\\" + label + "\\]";
            case VIRTUALIZATION -> "(" + label + ")";
        };
        b.append(indent).append(id).append(shaped).append('\n');
    }

    /** The Mermaid arrow of an access mode. */
    static String arrow(AccessMode mode) {
        return switch (mode) {
            case BATCH -> "-->";
            case STREAM -> "==>";
            case VIRTUALIZED -> "-.->";
            case API -> "--o";
        };
    }

    private static String className(NodeKind kind) {
        return switch (kind) {
            case DATA_PRODUCT -> "dataProduct";
            case SOURCE_SYSTEM -> "sourceSystem";
            case CONSUMER -> "consumer";
            case HUB -> "hub";
            case PLATFORM -> "platform";
            case GOVERNANCE -> "governance";
            case ANONYMIZER -> "anonymizer";
            case VIRTUALIZATION -> "virtualization";
        };
    }

    /** {@code s} as a double-quoted Mermaid label with entity codes (see the class comment). */
    static String quote(String s) {
        String c = GraphText.clean(s);
        StringBuilder b = new StringBuilder(c.length() + 16).append('"');
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '"' -> b.append("#quot;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '&' -> b.append("#amp;");
                case '#' -> b.append("#35;");
                case '`' -> b.append("#96;");
                case '%' -> b.append("#37;");
                case '\n' -> b.append("<br/>");
                case '\t' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
