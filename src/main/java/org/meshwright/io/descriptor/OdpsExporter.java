package org.meshwright.io.descriptor;

import static org.meshwright.io.descriptor.DescriptorSupport.customProperty;
import static org.meshwright.io.descriptor.DescriptorSupport.map;
import static org.meshwright.io.descriptor.DescriptorSupport.put;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;

/**
 * Writes one Bitol Open Data Product Standard v1.0.0 document per data product,
 * {@code <id>.odps.yaml}, valid against the standard's JSON Schema.
 *
 * <p>Mapping: {@code id}, {@code name} (display name), {@code version} (the product's, or
 * {@code "1.0.0"} where it has none), {@code status} (the model's proposed, draft, active,
 * deprecated and retired are the standard's own values), {@code domain} (domain id),
 * {@code description.purpose}, {@code tags}, {@code team.name} (the owner, inherited from
 * the domain where absent), {@code outputPorts} (name = port id, type, version = product
 * version, contractId, the product's input contracts, the format as custom property) and
 * {@code inputPorts} (one per link into the product whose contract is known: its own or
 * that of the provider's port it reads, or of the provider's only port; name = {@code provider} or {@code provider.port}, version =
 * the provider's). ODPS has no fields for archetype, classification, personal data,
 * de-identification, SLOs or links without a contract: those go to {@code customProperties}.
 */
public final class OdpsExporter {

    /** One YAML document per data product in model order: file name to text. */
    public Map<String, String> documents(Mesh mesh) {
        Map<String, String> docs = new LinkedHashMap<>();
        for (MeshNode product : DescriptorSupport.dataProducts(mesh)) {
            docs.put(product.id() + ".odps.yaml", DescriptorSupport.yaml(document(mesh, product)));
        }
        return docs;
    }

    /** Creates {@code folder} when missing and writes {@link #documents} into it, nothing else. */
    public void write(Mesh mesh, Path folder) throws IOException {
        DescriptorSupport.writeAll(documents(mesh), folder);
    }

    private static Map<String, Object> document(Mesh mesh, MeshNode product) {
        String version = DescriptorSupport.version(product);
        Map<String, Object> doc = map();
        doc.put("apiVersion", "v1.0.0");
        doc.put("kind", "DataProduct");
        doc.put("id", product.id());
        doc.put("name", product.displayName());
        doc.put("version", version);
        doc.put("status", product.status().keyword());
        put(doc, "domain", product.domain());
        if (product.description() != null && !product.description().isBlank()) {
            Map<String, Object> description = map();
            description.put("purpose", product.description());
            doc.put("description", description);
        }

        List<Object> custom = new ArrayList<>();
        if (product.archetype() != null) {
            custom.add(customProperty("archetype", product.archetype().keyword()));
        }
        custom.add(customProperty("classification", product.classification().keyword()));
        custom.add(customProperty("containsPersonalData", product.pii()));
        custom.add(customProperty("deidentified", product.deidentified()));
        Slo slo = product.slo();
        if (slo != null && slo.availability() != null) {
            custom.add(customProperty("sloAvailability", slo.availability()));
        }
        if (slo != null && slo.freshness() != null) {
            custom.add(customProperty("sloFreshness", slo.freshness()));
        }

        List<Object> inputPorts = new ArrayList<>();
        Set<String> inputContracts = new LinkedHashSet<>();
        List<Object> uncontracted = new ArrayList<>();
        for (Link link : DescriptorSupport.linksInto(mesh, product.id())) {
            String contract = DescriptorSupport.contract(mesh, link);
            String name = link.fromPort() == null ? link.from() : link.from() + "." + link.fromPort();
            if (contract == null) {
                uncontracted.add(name);
                continue;
            }
            String providerVersion = DescriptorSupport.version(mesh.node(link.from()));
            Map<String, Object> in = map();
            in.put("name", name);
            in.put("version", providerVersion);
            in.put("contractId", contract);
            List<Object> inCustom = new ArrayList<>();
            inCustom.add(customProperty("provider", link.from()));
            if (link.fromPort() != null) {
                inCustom.add(customProperty("providerPort", link.fromPort()));
            }
            inCustom.add(customProperty("accessMode", link.accessMode().keyword()));
            if (link.purpose() != null && !link.purpose().isBlank()) {
                inCustom.add(customProperty("purpose", link.purpose()));
            }
            in.put("customProperties", inCustom);
            inputPorts.add(in);
            inputContracts.add(contract + "\u0000" + providerVersion);
        }
        if (!uncontracted.isEmpty()) {
            custom.add(customProperty("inputsWithoutContract", uncontracted));
        }
        put(doc, "customProperties", custom);
        put(doc, "tags", product.tags());
        put(doc, "inputPorts", inputPorts);

        List<Object> outputPorts = new ArrayList<>();
        for (Port port : product.outputPorts()) {
            Map<String, Object> out = map();
            out.put("name", port.id());
            put(out, "type", port.type());
            out.put("version", version);
            put(out, "contractId", port.contract());
            List<Object> deps = new ArrayList<>();
            for (String key : inputContracts) {
                String[] parts = key.split("\u0000", 2);
                Map<String, Object> dep = map();
                dep.put("id", parts[0]);
                dep.put("version", parts[1]);
                deps.add(dep);
            }
            put(out, "inputContracts", deps);
            if (port.format() != null && !port.format().isBlank()) {
                out.put("customProperties", List.of(customProperty("format", port.format())));
            }
            outputPorts.add(out);
        }
        put(doc, "outputPorts", outputPorts);

        String owner = DescriptorSupport.owner(mesh, product);
        if (owner != null && !owner.isBlank()) {
            Map<String, Object> team = map();
            team.put("name", owner);
            doc.put("team", team);
        }
        return doc;
    }
}
