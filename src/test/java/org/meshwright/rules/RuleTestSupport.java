package org.meshwright.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Mesh;

/**
 * Small meshes for the rule tests, written as YAML: {@code mesh(topology, spec)} wraps the
 * children of {@code spec} (written without indentation) in the document header.
 */
final class RuleTestSupport {

    private RuleTestSupport() {
    }

    /** A whole mesh document: header, {@code spec.topology}, then {@code spec} (children unindented). */
    static String mesh(String topology, String spec) {
        String indented = spec.lines().map(line -> line.isBlank() ? "" : "  " + line)
                .collect(Collectors.joining("\n", "", "\n"));
        return """
                apiVersion: meshwright/v1
                kind: Mesh
                metadata:
                  name: test
                spec:
                  topology: %s
                """.formatted(topology) + indented;
    }

    static String governed(String spec) {
        return mesh("governed", spec);
    }

    static String harmonized(String spec) {
        return mesh("harmonized", spec);
    }

    static String federated(String spec) {
        return mesh("federated", spec);
    }

    static Mesh read(String yaml) {
        try {
            return new MeshReader().read(yaml, "test.mesh.yaml").mesh();
        } catch (MeshReadException e) {
            throw new AssertionError("test mesh does not read: " + e.getMessage() + "\n" + yaml, e);
        }
    }

    /** Every finding of the mesh, sorted as the validator returns them. */
    static List<Finding> validate(String yaml) {
        return new Validator().validate(read(yaml));
    }

    /** The findings of one rule, in the validator's order. */
    static List<Finding> findings(String yaml, String ruleId) {
        return validate(yaml).stream().filter(f -> f.rule().equals(ruleId)).toList();
    }

    /** The element ids of each finding, in order: {@code [[a, b], [c]]}. */
    static List<List<String>> elementIds(List<Finding> findings) {
        return findings.stream().map(Finding::elementIds).toList();
    }
}
