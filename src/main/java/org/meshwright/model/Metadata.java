package org.meshwright.model;

import java.util.Map;

/**
 * The {@code metadata} of a mesh: its id-like {@code name} and optional free text.
 *
 * @param name        the mesh's name, a valid id
 * @param title       optional display title
 * @param description optional description
 * @param owner       optional owning team
 * @param extensions  {@code x-} fields, in file order
 */
public record Metadata(String name, String title, String description, String owner,
                       Map<String, Object> extensions) {

    public Metadata {
        Ids.require(name, "metadata.name");
        extensions = Extensions.copyOf(extensions);
    }

    public Metadata(String name) {
        this(name, null, null, null, Map.of());
    }

    public Metadata withName(String newName) {
        return new Metadata(newName, title, description, owner, extensions);
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(name, newTitle, description, owner, extensions);
    }

    /** The title, or the name where there is none. */
    public String displayTitle() {
        return title != null && !title.isBlank() ? title : name;
    }
}
