package org.meshwright.io.yaml;

/**
 * A YAML node tree as text, every node with its position and every scalar with its style,
 * so that two trees compare with one string comparison and a failure shows where they part.
 */
final class TreeText {

    private TreeText() {
    }

    static String of(YNode root) {
        StringBuilder out = new StringBuilder();
        append(root, 0, out);
        return out.toString();
    }

    private static void append(YNode node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.line()).append(':').append(node.column()).append(' ');
        if (node instanceof YNode.Scalar s) {
            out.append(s.plain() ? "plain " : "styled ").append(s.isMergeKey() ? "merge " : "")
                    .append('[').append(s.value().replace("\n", "\\n")).append("]\n");
        } else if (node instanceof YNode.Sequence seq) {
            out.append("list\n");
            seq.items().forEach(item -> append(item, depth + 1, out));
        } else {
            out.append("map\n");
            for (YNode.Entry entry : ((YNode.Mapping) node).entries()) {
                append(entry.key(), depth + 1, out);
                append(entry.value(), depth + 2, out);
            }
        }
    }
}
