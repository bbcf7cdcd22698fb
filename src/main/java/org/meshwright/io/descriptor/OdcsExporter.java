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
import org.meshwright.model.NodeKind;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;

/**
 * Writes one Bitol Open Data Contract Standard v3.1.0 document per contract id named in
 * the mesh, on an output port or on a link, {@code <contract id>.odcs.yaml}, in order of
 * first mention (ports in node order, then links), valid against the standard's JSON Schema.
 *
 * <p>The provider of a contract is the node whose output port names it, else the
 * {@code from} node (and {@code fromPort}) of the first link that names it. Mapping:
 * {@code id} and {@code name} = contract id; {@code version} = the provider's version, or
 * {@code "1.0.0"} where it has none; {@code status} = the provider's status (the model's
 * proposed, draft, active, deprecated and retired are the standard's values), or that of
 * the first naming link where the provider is not in the mesh; {@code domain} = the
 * provider's domain id; {@code tags} = the provider's tags; {@code description.purpose} =
 * the provider's description; {@code description.usage} = the purposes of the links that
 * use the contract; {@code schema} = one object per provider port carrying the contract
 * (name = port id, physicalType = port type, port format as custom property);
 * {@code team.name} = the provider's owner (inherited from its domain where absent);
 * {@code slaProperties} = availability (percent) and latency (the freshness, an ISO 8601
 * duration) from the provider's SLO. Provider, consumers, access modes, classification and
 * personal-data flags go to {@code customProperties}. No {@code servers}: the model knows
 * no server names and its port types are not the standard's server types.
 */
public final class OdcsExporter {

    /** One YAML document per contract id, in order of first mention: file name to text. */
    public Map<String, String> documents(Mesh mesh) {
        Map<String, String> docs = new LinkedHashMap<>();
        for (String contract : contractIds(mesh)) {
            docs.put(contract + ".odcs.yaml", DescriptorSupport.yaml(document(mesh, contract)));
        }
        return docs;
    }

    /** Creates {@code folder} when missing and writes {@link #documents} into it, nothing else. */
    public void write(Mesh mesh, Path folder) throws IOException {
        DescriptorSupport.writeAll(documents(mesh), folder);
    }

    /** The contract ids named in the mesh, on ports (node order) and then on links. */
    static Set<String> contractIds(Mesh mesh) {
        Set<String> ids = new LinkedHashSet<>();
        for (MeshNode node : mesh.nodes()) {
            for (Port port : node.outputPorts()) {
                if (port.contract() != null) {
                    ids.add(port.contract());
                }
            }
        }
        for (Link link : mesh.links()) {
            if (link.contract() != null) {
                ids.add(link.contract());
            }
        }
        return ids;
    }

    private static Map<String, Object> document(Mesh mesh, String contract) {
        // The provider: the node with a port carrying the contract, else the first link's source.
        String providerId = null;
        List<Port> ports = new ArrayList<>();
        for (MeshNode node : mesh.nodes()) {
            for (Port port : node.outputPorts()) {
                if (contract.equals(port.contract()) && (providerId == null || providerId.equals(node.id()))) {
                    providerId = node.id();
                    ports.add(port);
                }
            }
        }
        List<Link> links = new ArrayList<>();
        for (Link link : mesh.links()) {
            if (contract.equals(DescriptorSupport.contract(mesh, link))) {
                links.add(link);
            }
        }
        Link firstLink = null;
        for (Link link : links) {
            if (contract.equals(link.contract())) {
                firstLink = link;
                break;
            }
        }
        if (providerId == null && firstLink != null) {
            providerId = firstLink.from();
            Port p = DescriptorSupport.port(mesh.node(providerId), firstLink.fromPort());
            if (p != null) {
                ports.add(p);
            }
        }
        MeshNode provider = providerId == null ? null : mesh.node(providerId);

        Map<String, Object> doc = map();
        doc.put("apiVersion", "v3.1.0");
        doc.put("kind", "DataContract");
        doc.put("id", contract);
        doc.put("name", contract);
        doc.put("version", DescriptorSupport.version(provider));
        doc.put("status", provider != null ? provider.status().keyword()
                : firstLink != null ? firstLink.status().keyword() : "active");
        if (provider != null) {
            put(doc, "domain", provider.domain());
            put(doc, "tags", provider.tags());
        }

        Map<String, Object> description = map();
        if (provider != null) {
            put(description, "purpose", provider.description());
        }
        Set<String> purposes = new LinkedHashSet<>();
        for (Link link : links) {
            if (link.purpose() != null && !link.purpose().isBlank()) {
                purposes.add(link.purpose());
            }
        }
        put(description, "usage", String.join("\n", purposes));
        put(doc, "description", description);

        List<Object> schema = new ArrayList<>();
        for (Port port : ports) {
            Map<String, Object> object = map();
            object.put("name", port.id());
            put(object, "physicalType", port.type());
            object.put("logicalType", "object");
            if (port.format() != null && !port.format().isBlank()) {
                object.put("customProperties", List.of(customProperty("format", port.format())));
            }
            schema.add(object);
        }
        put(doc, "schema", schema);

        if (provider != null) {
            String owner = DescriptorSupport.owner(mesh, provider);
            if (owner != null && !owner.isBlank()) {
                Map<String, Object> team = map();
                team.put("name", owner);
                doc.put("team", team);
            }
            Slo slo = provider.slo();
            List<Object> sla = new ArrayList<>();
            if (slo != null && slo.availability() != null) {
                Map<String, Object> availability = map();
                availability.put("property", "availability");
                availability.put("value", slo.availability());
                availability.put("unit", "percent");
                sla.add(availability);
            }
            if (slo != null && slo.freshness() != null) {
                Map<String, Object> latency = map();
                latency.put("property", "latency");
                latency.put("value", slo.freshness());
                latency.put("description", "freshness, as an ISO 8601 duration");
                sla.add(latency);
            }
            put(doc, "slaProperties", sla);
        }

        List<Object> custom = new ArrayList<>();
        if (providerId != null) {
            custom.add(customProperty(provider != null && provider.kind() == NodeKind.DATA_PRODUCT
                    ? "dataProduct" : "provider", providerId));
        }
        if (provider != null) {
            custom.add(customProperty("providerKind", provider.kind().keyword()));
            custom.add(customProperty("classification", provider.classification().keyword()));
            custom.add(customProperty("containsPersonalData", provider.pii()));
            if (provider.kind() == NodeKind.DATA_PRODUCT) {
                custom.add(customProperty("deidentified", provider.deidentified()));
            }
        }
        Set<String> consumers = new LinkedHashSet<>();
        Set<String> modes = new LinkedHashSet<>();
        for (Link link : links) {
            consumers.add(link.to());
            modes.add(link.accessMode().keyword());
        }
        if (!consumers.isEmpty()) {
            custom.add(customProperty("consumers", List.copyOf(consumers)));
            custom.add(customProperty("accessModes", List.copyOf(modes)));
        }
        put(doc, "customProperties", custom);
        return doc;
    }
}
