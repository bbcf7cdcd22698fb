package org.meshwright.io.descriptor;

import static org.meshwright.io.descriptor.DescriptorSupport.map;
import static org.meshwright.io.descriptor.DescriptorSupport.put;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;

/**
 * Writes one Open Data Mesh Data Product Descriptor (DPDS 1.0.0) per data product,
 * {@code <id>.dpds.yaml}, valid against the specification's JSON Schema.
 *
 * <p>Mapping: {@code info.fullyQualifiedName} =
 * {@code urn:dpds:<mesh name>:dataproducts:<id>:<major version>}; {@code info.name} = id;
 * {@code info.version} = the product's version, or {@code "1.0.0"} where it has none;
 * {@code info.displayName}, {@code info.description}; {@code info.domain} = domain id (the
 * mesh name for a product without a domain, since the field is required);
 * {@code info.owner.id} = the owner, inherited from the domain, else the mesh owner, else
 * {@code "unassigned"} (required); status, archetype, classification, personal data and
 * de-identification as {@code x-} fields of {@code info}; {@code tags}. Output ports: name =
 * port id, fullyQualifiedName = the product's plus {@code :outputports:<port id>},
 * {@code promises.platform} = the domain's platform, {@code promises.servicesType} = port
 * type, {@code promises.slo} = the product's SLO (availability, freshness) as a custom
 * standard definition, and {@code x-format}, {@code x-contractId}. Input ports: one per link
 * into the product; name = {@code provider} or {@code provider.port}, version = the
 * provider's, description = the link purpose, and {@code x-provider}, {@code x-providerPort},
 * {@code x-contractId}, {@code x-accessMode}.
 */
public final class DpdsExporter {

    /** One YAML document per data product in model order: file name to text. */
    public Map<String, String> documents(Mesh mesh) {
        Map<String, String> docs = new LinkedHashMap<>();
        for (MeshNode product : DescriptorSupport.dataProducts(mesh)) {
            docs.put(product.id() + ".dpds.yaml", DescriptorSupport.yaml(document(mesh, product)));
        }
        return docs;
    }

    /** Creates {@code folder} when missing and writes {@link #documents} into it, nothing else. */
    public void write(Mesh mesh, Path folder) throws IOException {
        DescriptorSupport.writeAll(documents(mesh), folder);
    }

    /** {@code urn:dpds:<mesh name>:dataproducts:<id>:<major version>}. */
    static String fullyQualifiedName(Mesh mesh, MeshNode product) {
        String version = DescriptorSupport.version(product);
        int dot = version.indexOf('.');
        String major = dot > 0 ? version.substring(0, dot) : version;
        return "urn:dpds:" + mesh.metadata().name() + ":dataproducts:" + product.id() + ":" + major;
    }

    private static Map<String, Object> document(Mesh mesh, MeshNode product) {
        String version = DescriptorSupport.version(product);
        String fqn = fullyQualifiedName(mesh, product);
        Domain domain = product.domain() == null ? null : mesh.domain(product.domain());

        Map<String, Object> info = map();
        info.put("fullyQualifiedName", fqn);
        info.put("name", product.id());
        info.put("version", version);
        info.put("displayName", product.displayName());
        put(info, "description", product.description());
        info.put("domain", product.domain() != null ? product.domain() : mesh.metadata().name());
        Map<String, Object> owner = map();
        String ownerId = DescriptorSupport.owner(mesh, product);
        if (ownerId == null || ownerId.isBlank()) {
            ownerId = mesh.metadata().owner();
        }
        owner.put("id", ownerId == null || ownerId.isBlank() ? "unassigned" : ownerId);
        info.put("owner", owner);
        info.put("x-status", product.status().keyword());
        if (product.archetype() != null) {
            info.put("x-archetype", product.archetype().keyword());
        }
        info.put("x-classification", product.classification().keyword());
        info.put("x-containsPersonalData", product.pii());
        info.put("x-deidentified", product.deidentified());

        List<Object> inputPorts = new ArrayList<>();
        for (Link link : DescriptorSupport.linksInto(mesh, product.id())) {
            Map<String, Object> in = map();
            in.put("name", link.fromPort() == null ? link.from() : link.from() + "." + link.fromPort());
            in.put("version", DescriptorSupport.version(mesh.node(link.from())));
            put(in, "description", link.purpose());
            in.put("x-provider", link.from());
            put(in, "x-providerPort", link.fromPort());
            put(in, "x-contractId", DescriptorSupport.contract(mesh, link));
            in.put("x-accessMode", link.accessMode().keyword());
            inputPorts.add(in);
        }

        List<Object> outputPorts = new ArrayList<>();
        for (Port port : product.outputPorts()) {
            Map<String, Object> out = map();
            out.put("fullyQualifiedName", fqn + ":outputports:" + port.id());
            out.put("name", port.id());
            out.put("version", version);
            Map<String, Object> promises = map();
            if (domain != null) {
                put(promises, "platform", domain.platform());
            }
            put(promises, "servicesType", port.type());
            Slo slo = product.slo();
            if (slo != null && (slo.availability() != null || slo.freshness() != null)) {
                Map<String, Object> definition = map();
                put(definition, "availability", slo.availability());
                put(definition, "freshness", slo.freshness());
                Map<String, Object> sloDef = map();
                sloDef.put("name", port.id() + "-slo");
                sloDef.put("version", version);
                sloDef.put("specification", "custom");
                sloDef.put("definition", definition);
                promises.put("slo", sloDef);
            }
            put(out, "promises", promises);
            put(out, "x-format", port.format());
            put(out, "x-contractId", port.contract());
            outputPorts.add(out);
        }

        Map<String, Object> interfaces = map();
        put(interfaces, "inputPorts", inputPorts);
        interfaces.put("outputPorts", outputPorts);

        Map<String, Object> doc = map();
        doc.put("dataProductDescriptor", "1.0.0");
        doc.put("info", info);
        doc.put("interfaceComponents", interfaces);
        put(doc, "tags", product.tags());
        return doc;
    }
}
