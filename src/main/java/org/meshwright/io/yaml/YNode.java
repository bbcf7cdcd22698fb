package org.meshwright.io.yaml;

import java.util.List;

/**
 * A compact YAML node: what the reader needs of a scalar, list or map, and its 1-based
 * position. Built from the parser's events by {@link YamlSource}, it holds no parser marks,
 * buffers or comment lists, so a 64 MiB file fits in a modest heap. Nodes reached through an
 * alias are shared.
 */
abstract sealed class YNode permits YNode.Scalar, YNode.Sequence, YNode.Mapping {

    private final int line;
    private final int column;

    YNode(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the node's start. */
    final int line() {
        return line;
    }

    /** 1-based column of the node's start. */
    final int column() {
        return column;
    }

    /** A scalar: its text as written, and whether it was plain (unquoted, no block style). */
    static final class Scalar extends YNode {
        private final String value;
        private final boolean plain;
        private final boolean mergeKey;

        Scalar(int line, int column, String value, boolean plain, boolean mergeKey) {
            super(line, column);
            this.value = value;
            this.plain = plain;
            this.mergeKey = mergeKey;
        }

        String value() {
            return value;
        }

        boolean plain() {
            return plain;
        }

        /** The merge key {@code <<} (plain, or tagged {@code !!merge}). */
        boolean isMergeKey() {
            return mergeKey;
        }
    }

    /** A list. */
    static final class Sequence extends YNode {
        private final List<YNode> items;

        Sequence(int line, int column, List<YNode> items) {
            super(line, column);
            this.items = items;
        }

        List<YNode> items() {
            return items;
        }
    }

    /** A map, its entries in file order (duplicate keys included: the reader reports them). */
    static final class Mapping extends YNode {
        private final List<Entry> entries;

        Mapping(int line, int column, List<Entry> entries) {
            super(line, column);
            this.entries = entries;
        }

        List<Entry> entries() {
            return entries;
        }
    }

    /** One key and value of a map. */
    record Entry(YNode key, YNode value) {
    }
}
