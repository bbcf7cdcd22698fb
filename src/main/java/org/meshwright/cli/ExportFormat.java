package org.meshwright.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats of {@code export}, in the order of cli.md's table, and whether each is implemented yet. */
enum ExportFormat {
    SVG("svg", true),
    PNG("png", true),
    DOT("dot", true),
    GRAPHML("graphml", true),
    MERMAID("mermaid", true),
    YAML("yaml", true),
    ODPS("odps", true),
    ODCS("odcs", true),
    DPDS("dpds", true),
    BACKSTAGE("backstage", false);

    private final String keyword;
    private final boolean available;

    ExportFormat(String keyword, boolean available) {
        this.keyword = keyword;
        this.available = available;
    }

    String keyword() {
        return keyword;
    }

    boolean available() {
        return available;
    }

    /** Writes a folder of documents (one per product or contract), not one file. */
    boolean isFolder() {
        return this == ODPS || this == ODCS || this == DPDS;
    }

    static Optional<ExportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.keyword.equals(name)).findFirst();
    }

    /** {@code svg, png, ...}: every format name, for messages. */
    static String names() {
        return Arrays.stream(values()).map(ExportFormat::keyword).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return keyword;
    }
}
