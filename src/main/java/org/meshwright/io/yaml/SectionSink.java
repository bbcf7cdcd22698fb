package org.meshwright.io.yaml;

/**
 * Takes the items of a mesh file's large sections one by one, in file order, while
 * {@link BlockYamlParser} reads them, so that the tree of a large file never holds them all.
 * Only block lists (and maps, for the layout) are handed over; a flow list such as {@code []}
 * stays in the tree, and so does a section of the wrong kind, such as a map under
 * {@code spec.nodes}.
 */
interface SectionSink {

    /** The large sections of a mesh file. */
    enum Section {
        /** The items of {@code spec.domains}. */
        DOMAINS,
        /** The items of {@code spec.nodes}. */
        NODES,
        /** The items of {@code spec.links}. */
        LINKS,
        /** The entries of {@code layout.nodes}. */
        LAYOUT_NODES,
        /** The entries of {@code layout.domains}. */
        LAYOUT_DOMAINS;

        /** Whether the section is a list (of items); the others are maps (of entries). */
        boolean isList() {
            return this == DOMAINS || this == NODES || this == LINKS;
        }
    }

    /** An item of {@link Section#DOMAINS}, {@link Section#NODES} or {@link Section#LINKS}. */
    void item(Section section, YNode item);

    /** An entry of {@link Section#LAYOUT_NODES} or {@link Section#LAYOUT_DOMAINS}. */
    void entry(Section section, YNode.Entry entry);
}
