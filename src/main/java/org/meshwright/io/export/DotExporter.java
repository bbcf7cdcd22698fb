package org.meshwright.io.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.meshwright.io.AtomicFiles;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;

/**
 * Exports a mesh as a Graphviz DOT {@code digraph} ({@code rankdir=LR}).
 *
 * <ul>
 * <li>One {@code subgraph "cluster_<domain id>"} per declared domain, in the model's order,
 *     labelled with the domain's display name and holding that domain's nodes. Nodes without
 *     a domain, or whose domain is not declared, are written at the top level.</li>
 * <li>Each node is labelled with its display name and, on a second line, its kind; shape
 *     and fill colour by kind: data-product {@code box} (rounded) #dbeafe, source-system
 *     {@code cylinder} #e5e7eb, consumer {@code ellipse} #dcfce7, hub {@code hexagon}
 *     #fef3c7, platform {@code component} #ede9fe, governance {@code octagon} #fee2e2,
 *     anonymizer {@code invtrapezium} #fce7f3, virtualization {@code parallelogram}
 *     #cffafe.</li>
 * <li>One edge per link from {@code from} to {@code to} (via nodes are nodes of their own and
 *     are not re-drawn on the edge), with {@code id} = the link's effective id, {@code style}
 *     by access mode (batch solid, stream dashed, virtualized dotted, api bold) and a
 *     {@code label} with the contract where there is one. Links with an end that is not a
 *     node are skipped.</li>
 * </ul>
 *
 * <p>Every id and label is a quoted DOT string: {@code \} and {@code "} are escaped, line
 * breaks become {@code \n}, control characters are dropped, and a string never ends in a
 * lone backslash. The same mesh gives the same bytes.
 */
public final class DotExporter {

    /** Writes the DOT document to {@code out}; flushes but does not close it. */
    public void write(Mesh mesh, Writer out) throws IOException {
        out.write(dot(mesh));
        out.flush();
    }

    /** Writes the DOT document to {@code target} in UTF-8, atomically. */
    public void write(Mesh mesh, Path target) throws IOException {
        String text = dot(mesh);
        AtomicFiles.write(target, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** The DOT document as a string. */
    public String dot(Mesh mesh) {
        StringBuilder b = new StringBuilder(4096);
        String name = mesh.metadata() == null ? null : mesh.metadata().name();
        b.append("digraph ").append(quote(name == null || name.isEmpty() ? "mesh" : name)).append(" {\n");
        b.append("  rankdir=LR;\n");
        b.append("  node [fontname=\"Helvetica\", style=\"filled\"];\n");
        b.append("  edge [fontname=\"Helvetica\"];\n");
        Set<String> declared = new HashSet<>();
        for (Domain d : mesh.domains()) {
            declared.add(d.id());
        }
        for (Domain d : mesh.domains()) {
            b.append("  subgraph ").append(quote("cluster_" + d.id())).append(" {\n");
            b.append("    label=").append(quote(d.displayName())).append(";\n");
            b.append("    style=\"rounded\";\n");
            for (MeshNode n : mesh.nodes()) {
                if (d.id().equals(n.domain())) {
                    node(b, "    ", n);
                }
            }
            b.append("  }\n");
        }
        for (MeshNode n : mesh.nodes()) {
            if (n.domain() == null || !declared.contains(n.domain())) {
                node(b, "  ", n);
            }
        }
        for (Link l : mesh.links()) {
            if (mesh.node(l.from()) == null || mesh.node(l.to()) == null) {
                continue;
            }
            b.append("  ").append(quote(l.from())).append(" -> ").append(quote(l.to()))
                    .append(" [id=").append(quote(l.effectiveId()))
                    .append(", style=").append(quote(style(l.accessMode())));
            if (l.contract() != null) {
                b.append(", label=").append(quote(l.contract()));
            }
            b.append("];\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static void node(StringBuilder b, String indent, MeshNode n) {
        b.append(indent).append(quote(n.id()))
                .append(" [label=").append(quote(n.displayName() + "\n" + n.kind().keyword()))
                .append(", shape=").append(quote(shape(n.kind())))
                .append(", style=").append(quote(n.kind() == NodeKind.DATA_PRODUCT ? "rounded,filled" : "filled"))
                .append(", fillcolor=").append(quote(fill(n.kind())))
                .append("];\n");
    }

    /** The DOT shape of a node kind. */
    static String shape(NodeKind kind) {
        return switch (kind) {
            case DATA_PRODUCT -> "box";
            case SOURCE_SYSTEM -> "cylinder";
            case CONSUMER -> "ellipse";
            case HUB -> "hexagon";
            case PLATFORM -> "component";
            case GOVERNANCE -> "octagon";
            case ANONYMIZER -> "invtrapezium";
            case VIRTUALIZATION -> "parallelogram";
        };
    }

    /** The fill colour of a node kind. */
    static String fill(NodeKind kind) {
        return switch (kind) {
            case DATA_PRODUCT -> "#dbeafe";
            case SOURCE_SYSTEM -> "#e5e7eb";
            case CONSUMER -> "#dcfce7";
            case HUB -> "#fef3c7";
            case PLATFORM -> "#ede9fe";
            case GOVERNANCE -> "#fee2e2";
            case ANONYMIZER -> "#fce7f3";
            case VIRTUALIZATION -> "#cffafe";
        };
    }

    /** The DOT edge style of an access mode. */
    static String style(AccessMode mode) {
        return switch (mode) {
            case BATCH -> "solid";
            case STREAM -> "dashed";
            case VIRTUALIZED -> "dotted";
            case API -> "bold";
        };
    }

    /**
     * {@code s} as a quoted DOT string: cleaned by {@link GraphText#clean}, {@code \} as
     * {@code \\}, {@code "} as {@code \"}, a line break as {@code \n}, a tab as a space.
     */
    static String quote(String s) {
        String c = GraphText.clean(s);
        StringBuilder b = new StringBuilder(c.length() + 8).append('"');
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
