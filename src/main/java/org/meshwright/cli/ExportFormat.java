package org.meshwright.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats of {@code export}, in the order of cli.md's table. */
enum ExportFormat {
    SVG("svg"),
    PNG("png"),
    DOT("dot"),
    GRAPHML("graphml"),
    MERMAID("mermaid"),
    YAML("yaml"),
    ODPS("odps"),
    ODCS("odcs"),
    DPDS("dpds"),
    BACKSTAGE("backstage");

    private final String keyword;

    ExportFormat(String keyword) {
        this.keyword = keyword;
    }

    String keyword() {
        return keyword;
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
