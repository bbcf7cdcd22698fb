package org.meshwright.io.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;

/**
 * Starting points for a new mesh: one small, clean mesh per topology with its typical
 * structure (a hub; one shared platform; a platform per domain) and a governance node.
 * They ship as mesh files inside the application.
 */
public final class Templates {

    private Templates() {
    }

    /** A fresh copy of the template of {@code topology}. */
    public static Mesh of(Topology topology) {
        String resource = "/org/meshwright/templates/" + topology.keyword() + ".mesh.yaml";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template missing from the application: " + resource);
            }
            return new MeshReader().read(in.readAllBytes(), resource).mesh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MeshReadException e) {
            throw new IllegalStateException("broken template " + resource + ": " + e.getMessage(), e);
        }
    }

    /** An empty mesh of {@code topology}, named {@code name}. */
    public static Mesh blank(String name, Topology topology) {
        return new Mesh(name, topology);
    }
}
