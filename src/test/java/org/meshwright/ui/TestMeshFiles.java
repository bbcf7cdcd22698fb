package org.meshwright.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small mesh files for the UI tests, written into a test's temporary folder. */
public final class TestMeshFiles {

    /** Two domains (one laid out, one not), a node of an undeclared domain, a node without domain. */
    public static final String VALID = """
            apiVersion: meshwright/v1
            kind: Mesh
            metadata:
              name: tiny
              title: Tiny shop
            spec:
              topology: harmonized
              domains:
                - id: sales
                  name: Sales
                  owner: sales-team
                - id: finance
                  name: Finance
                  owner: finance-team
              nodes:
                - id: orders
                  kind: data-product
                  name: Orders
                  domain: sales
                - id: shop-db
                  kind: source-system
                  name: Shop database
                  domain: sales
                - id: revenue
                  kind: data-product
                  name: Revenue
                  domain: finance
                - id: stray
                  kind: data-product
                  domain: marketing
                - id: board
                  kind: consumer
                  name: Board report
              links:
                - from: shop-db
                  to: orders
                - from: orders
                  to: revenue
                - from: revenue
                  to: board
            layout:
              nodes:
                shop-db: {x: 40, y: 60}
                orders: {x: 300, y: 60}
              domains:
                sales: {x: 0, y: 0, width: 540, height: 160}
            """;

    /** Line 9, column 7: a misspelt field. */
    public static final String BROKEN = """
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

    private TestMeshFiles() {
    }

    public static Path writeValid(Path dir) throws IOException {
        return write(dir.resolve("tiny.mesh.yaml"), VALID);
    }

    public static Path writeBroken(Path dir) throws IOException {
        return write(dir.resolve("broken.mesh.yaml"), BROKEN);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }
}
