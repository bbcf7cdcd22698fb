package org.meshwright.model;

import java.util.Map;

/**
 * An output port of a data product: one way consumers read it.
 *
 * @param id         unique within its product
 * @param type       e.g. {@code table}, {@code topic}, {@code api}, {@code files}; optional
 * @param format     e.g. {@code parquet}, {@code avro}; optional
 * @param contract   id of the data contract that governs the port, or {@code null}
 * @param extensions {@code x-} fields, in file order
 */
public record Port(String id, String type, String format, String contract, Map<String, Object> extensions) {

    public Port {
        Ids.require(id, "port id");
        Ids.optional(contract, "contract");
        extensions = Extensions.copyOf(extensions);
    }

    public Port(String id) {
        this(id, null, null, null, Map.of());
    }

    public Port withContract(String newContract) {
        return new Port(id, type, format, newContract, extensions);
    }
}
