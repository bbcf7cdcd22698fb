package org.meshwright.io.yaml;

import java.util.Objects;
import org.meshwright.model.Mesh;
import org.meshwright.model.SourceMap;

/**
 * A mesh as read from a file, with where each of its elements was defined.
 *
 * @param mesh      the mesh, its diagram included
 * @param sourceMap 1-based positions of the elements' definitions
 * @param fileName  the name the file was read under, as messages show it
 */
public record MeshDocument(Mesh mesh, SourceMap sourceMap, String fileName) {

    public MeshDocument {
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(sourceMap, "sourceMap");
        Objects.requireNonNull(fileName, "fileName");
    }
}
