package org.meshwright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small mesh files for the command-line tests. */
final class TestMeshes {

    /** A small governed mesh without findings: 2 domains, 6 nodes, 3 links. */
    static final String VALID = """
            apiVersion: meshwright/v1
            kind: Mesh
            metadata:
              name: mini
              title: Mini mesh
            spec:
              topology: governed
              domains:
                - id: sales
                  owner: sales-team
                - id: finance
                  owner: finance-team
              nodes:
                - id: orders
                  kind: data-product
                  domain: sales
                - id: shop-db
                  kind: source-system
                  domain: sales
                - id: revenue
                  kind: data-product
                  domain: finance
                - id: finance-report
                  kind: consumer
                  domain: finance
                - id: hub
                  kind: hub
                - id: catalog
                  kind: governance
              links:
                - from: shop-db
                  to: orders
                - from: orders
                  to: revenue
                  via: [hub]
                  contract: orders-v1
                - from: revenue
                  to: finance-report
            layout:
              nodes:
                orders: {x: 300, y: 40}
            """;

    /** Line 9, column 7: a misspelt field. */
    static final String BROKEN = """
            apiVersion: meshwright/v1
            kind: Mesh
            metadata:
              name: broken
            spec:
              topology: governed
              domains:
                - id: sales
                  ownr: sales-team
            """;

    private TestMeshes() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
