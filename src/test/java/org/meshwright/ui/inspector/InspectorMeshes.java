package org.meshwright.ui.inspector;

import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.Mesh;

/** A small mesh with one of each field kind filled in, for the inspector tests. */
final class InspectorMeshes {

    static final String SHOP = """
            apiVersion: meshwright/v1
            kind: Mesh
            metadata:
              name: shop
              title: Shop mesh
              owner: governance-guild
            spec:
              topology: governed
              domains:
                - id: sales
                  name: Sales
                  owner: sales-team
                  platform: core-platform
                - id: finance
                  name: Finance
              nodes:
                - id: core-platform
                  kind: platform
                  name: Core platform
                - id: hub
                  kind: hub
                  name: Exchange hub
                - id: masker
                  kind: anonymizer
                - id: shop-db
                  kind: source-system
                  name: Shop database
                  domain: sales
                - id: orders
                  kind: data-product
                  name: Orders
                  domain: sales
                  archetype: source-aligned
                  pii: true
                  tags: [core, sales]
                  version: 1.0.0
                  outputPorts:
                    - id: orders-table
                      type: table
                      format: parquet
                      contract: orders-v1
                  slo:
                    availability: 99.9
                    freshness: PT15M
                - id: revenue
                  kind: data-product
                  name: Revenue
                  domain: finance
                - id: board
                  kind: consumer
                  name: Board report
              links:
                - from: shop-db
                  to: orders
                - from: orders
                  to: revenue
                  fromPort: orders-table
                  via: [hub, masker]
                - from: revenue
                  to: board
              policies:
                severities:
                  unused-product: off
                  contract-required: warning
            layout:
              nodes:
                orders: {x: 300, y: 60}
            """;

    private InspectorMeshes() {
    }

    static Mesh shop() {
        try {
            return new MeshReader().read(SHOP, "shop.mesh.yaml").mesh();
        } catch (MeshReadException e) {
            throw new AssertionError(e);
        }
    }
}
