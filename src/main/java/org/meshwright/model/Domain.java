package org.meshwright.model;

import java.util.Map;

/**
 * A business domain: the team that owns a set of data products and source systems.
 *
 * @param id          unique among domains and nodes
 * @param name        display name; {@code null} when it is the id (the default)
 * @param owner       owning team, or {@code null}
 * @param description optional text
 * @param platform    id of the {@code platform} node the domain runs on, or {@code null}
 * @param extensions  {@code x-} fields, in file order
 */
public record Domain(String id, String name, String owner, String description, String platform,
                     Map<String, Object> extensions) {

    public Domain {
        Ids.require(id, "domain id");
        Ids.optional(platform, "platform");
        if (id.equals(name)) {
            name = null;
        }
        extensions = Extensions.copyOf(extensions);
    }

    public Domain(String id) {
        this(id, null, null, null, null, Map.of());
    }

    /** The name, or the id where there is none. */
    public String displayName() {
        return name != null ? name : id;
    }

    public Domain withId(String newId) {
        return new Domain(newId, name, owner, description, platform, extensions);
    }

    public Domain withName(String newName) {
        return new Domain(id, newName, owner, description, platform, extensions);
    }

    public Domain withOwner(String newOwner) {
        return new Domain(id, name, newOwner, description, platform, extensions);
    }

    public Domain withDescription(String newDescription) {
        return new Domain(id, name, owner, newDescription, platform, extensions);
    }

    public Domain withPlatform(String newPlatform) {
        return new Domain(id, name, owner, description, newPlatform, extensions);
    }
}
