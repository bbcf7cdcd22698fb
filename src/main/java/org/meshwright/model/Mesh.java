package org.meshwright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A data mesh: metadata, topology, domains, nodes and sharing links in the user's order,
 * governance policies, and the {@link Diagram} that places them.
 *
 * <p>Invariants: domain and node ids are unique together; link effective ids are unique.
 * References between elements are by id and may dangle (rule {@code reference-unknown}
 * reports them). Every change is announced to the {@link MeshListener}s, once per
 * outermost {@link #beginBatch() batch}. Not thread-safe: use it from one thread and hand
 * other threads a {@link #copy()}.
 */
public final class Mesh {

    private Metadata metadata;
    private Topology topology;
    private Policies policies = Policies.NONE;
    private Map<String, Object> extensions = Map.of();
    private Map<String, Object> specExtensions = Map.of();

    private final List<Domain> domains = new ArrayList<>();
    private final List<MeshNode> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private Map<String, Domain> domainsById = new HashMap<>();
    private Map<String, MeshNode> nodesById = new HashMap<>();
    private Map<String, Link> linksById = new HashMap<>();
    /**
     * False in a fresh {@link #copy()} until its first lookup by id: a copy is a snapshot
     * taken on the UI thread, and hashing 400,000 ids there would freeze the UI of a large
     * mesh; the thread that reads the copy builds the maps instead.
     */
    private volatile boolean indexed = true;

    private final Diagram diagram = new Diagram(this::fire);
    private final List<MeshListener> listeners = new CopyOnWriteArrayList<>();
    private int batchDepth;
    private List<MeshChange> pending = new ArrayList<>();

    public Mesh(Metadata metadata, Topology topology) {
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.topology = Objects.requireNonNull(topology, "topology");
    }

    public Mesh(String name, Topology topology) {
        this(new Metadata(name), topology);
    }

    // ---- whole-mesh fields -------------------------------------------------------------

    public Metadata metadata() {
        return metadata;
    }

    public void setMetadata(Metadata newMetadata) {
        Objects.requireNonNull(newMetadata, "metadata");
        if (!newMetadata.equals(metadata)) {
            Metadata before = metadata;
            metadata = newMetadata;
            fire(new MeshChange.MetadataChanged(before, newMetadata));
        }
    }

    public Topology topology() {
        return topology;
    }

    public void setTopology(Topology newTopology) {
        Objects.requireNonNull(newTopology, "topology");
        if (newTopology != topology) {
            Topology before = topology;
            topology = newTopology;
            fire(new MeshChange.TopologyChanged(before, newTopology));
        }
    }

    public Policies policies() {
        return policies;
    }

    public void setPolicies(Policies newPolicies) {
        Objects.requireNonNull(newPolicies, "policies");
        if (!newPolicies.equals(policies)) {
            Policies before = policies;
            policies = newPolicies;
            fire(new MeshChange.PoliciesChanged(before, newPolicies));
        }
    }

    /** The {@code x-} fields at the top level of the file. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    public void setExtensions(Map<String, Object> newExtensions) {
        Map<String, Object> copy = Extensions.copyOf(newExtensions);
        if (!copy.equals(extensions)) {
            extensions = copy;
            fire(new MeshChange.ExtensionsChanged("root"));
        }
    }

    /** The {@code x-} fields of {@code spec}. */
    public Map<String, Object> specExtensions() {
        return specExtensions;
    }

    public void setSpecExtensions(Map<String, Object> newExtensions) {
        Map<String, Object> copy = Extensions.copyOf(newExtensions);
        if (!copy.equals(specExtensions)) {
            specExtensions = copy;
            fire(new MeshChange.ExtensionsChanged("spec"));
        }
    }

    public Diagram diagram() {
        return diagram;
    }

    // ---- lookups -----------------------------------------------------------------------

    public List<Domain> domains() {
        return Collections.unmodifiableList(domains);
    }

    public List<MeshNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    public Domain domain(String id) {
        return domainsById().get(id);
    }

    public MeshNode node(String id) {
        return nodesById().get(id);
    }

    /** The link with this effective id, or {@code null}. */
    public Link link(String effectiveId) {
        return linksById().get(effectiveId);
    }

    /** Whether a domain or a node already has this id. */
    public boolean isIdTaken(String id) {
        return domainsById().containsKey(id) || nodesById().containsKey(id);
    }

    public int indexOfDomain(String id) {
        Domain d = domainsById().get(id);
        return d == null ? -1 : domains.indexOf(d);
    }

    public int indexOfNode(String id) {
        MeshNode n = nodesById().get(id);
        return n == null ? -1 : nodes.indexOf(n);
    }

    public int indexOfLink(String effectiveId) {
        Link l = linksById().get(effectiveId);
        return l == null ? -1 : links.indexOf(l);
    }

    // ---- domains -----------------------------------------------------------------------

    public void addDomain(Domain domain) {
        addDomain(domains.size(), domain);
    }

    public void addDomain(int index, Domain domain) {
        requireFreeId(domain.id());
        domains.add(index, domain);
        domainsById().put(domain.id(), domain);
        fire(new MeshChange.DomainAdded(index, domain));
    }

    /** Removes the domain with this id and returns it ({@code null} where there is none). */
    public Domain removeDomain(String id) {
        int index = indexOfDomain(id);
        if (index < 0) {
            return null;
        }
        Domain removed = domains.remove(index);
        domainsById().remove(id);
        fire(new MeshChange.DomainRemoved(index, removed));
        return removed;
    }

    /** Puts {@code domain} in the place of the domain {@code id}; the id may change. */
    public void replaceDomain(String id, Domain domain) {
        int index = indexOfDomain(id);
        if (index < 0) {
            throw new IllegalArgumentException("no domain '" + id + "'");
        }
        if (!domain.id().equals(id)) {
            requireFreeId(domain.id());
        }
        Domain before = domains.set(index, domain);
        domainsById().remove(id);
        domainsById().put(domain.id(), domain);
        if (!before.equals(domain)) {
            fire(new MeshChange.DomainReplaced(before, domain));
        }
    }

    // ---- nodes -------------------------------------------------------------------------

    public void addNode(MeshNode node) {
        addNode(nodes.size(), node);
    }

    public void addNode(int index, MeshNode node) {
        requireFreeId(node.id());
        nodes.add(index, node);
        nodesById().put(node.id(), node);
        fire(new MeshChange.NodeAdded(index, node));
    }

    public MeshNode removeNode(String id) {
        int index = indexOfNode(id);
        if (index < 0) {
            return null;
        }
        MeshNode removed = nodes.remove(index);
        nodesById().remove(id);
        fire(new MeshChange.NodeRemoved(index, removed));
        return removed;
    }

    public void replaceNode(String id, MeshNode node) {
        int index = indexOfNode(id);
        if (index < 0) {
            throw new IllegalArgumentException("no node '" + id + "'");
        }
        if (!node.id().equals(id)) {
            requireFreeId(node.id());
        }
        MeshNode before = nodes.set(index, node);
        nodesById().remove(id);
        nodesById().put(node.id(), node);
        if (!before.equals(node)) {
            fire(new MeshChange.NodeReplaced(before, node));
        }
    }

    // ---- links -------------------------------------------------------------------------

    public void addLink(Link link) {
        addLink(links.size(), link);
    }

    public void addLink(int index, Link link) {
        String id = link.effectiveId();
        if (linksById().containsKey(id)) {
            throw new IllegalArgumentException("a link with id '" + id + "' exists already");
        }
        links.add(index, link);
        linksById().put(id, link);
        fire(new MeshChange.LinkAdded(index, link));
    }

    public Link removeLink(String effectiveId) {
        int index = indexOfLink(effectiveId);
        if (index < 0) {
            return null;
        }
        Link removed = links.remove(index);
        linksById().remove(effectiveId);
        fire(new MeshChange.LinkRemoved(index, removed));
        return removed;
    }

    public void replaceLink(String effectiveId, Link link) {
        int index = indexOfLink(effectiveId);
        if (index < 0) {
            throw new IllegalArgumentException("no link '" + effectiveId + "'");
        }
        String newId = link.effectiveId();
        if (!newId.equals(effectiveId) && linksById().containsKey(newId)) {
            throw new IllegalArgumentException("a link with id '" + newId + "' exists already");
        }
        Link before = links.set(index, link);
        linksById().remove(effectiveId);
        linksById().put(newId, link);
        if (!before.equals(link)) {
            fire(new MeshChange.LinkReplaced(before, link));
        }
    }

    private void requireFreeId(String id) {
        if (isIdTaken(id)) {
            throw new IllegalArgumentException("id '" + id + "' is taken by another domain or node");
        }
    }

    // ---- change announcement -----------------------------------------------------------

    public void addListener(MeshListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(MeshListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts a batch: changes made until the returned handle is closed reach the listeners
     * together, once. Batches nest; only the outermost close announces.
     */
    public Batch beginBatch() {
        batchDepth++;
        return new Batch();
    }

    /** Runs {@code edit} as one batch. */
    public void batch(Runnable edit) {
        try (Batch ignored = beginBatch()) {
            edit.run();
        }
    }

    /** The handle of an open batch; closing it twice has no further effect. */
    public final class Batch implements AutoCloseable {
        private boolean closed;

        private Batch() {
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (--batchDepth == 0 && !pending.isEmpty()) {
                List<MeshChange> changes = List.copyOf(pending);
                pending = new ArrayList<>();
                notifyListeners(changes);
            }
        }
    }

    private void fire(MeshChange change) {
        if (listeners.isEmpty()) {
            return;
        }
        if (batchDepth > 0) {
            pending.add(change);
        } else {
            notifyListeners(List.of(change));
        }
    }

    private void notifyListeners(List<MeshChange> changes) {
        for (MeshListener listener : listeners) {
            listener.meshChanged(changes);
        }
    }

    // ---- copies and comparison ---------------------------------------------------------

    private Map<String, Domain> domainsById() {
        if (!indexed) {
            index();
        }
        return domainsById;
    }

    private Map<String, MeshNode> nodesById() {
        if (!indexed) {
            index();
        }
        return nodesById;
    }

    private Map<String, Link> linksById() {
        if (!indexed) {
            index();
        }
        return linksById;
    }

    /** The initial capacity of a hash map that holds {@code entries} without growing. */
    static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    private synchronized void index() {
        if (indexed) {
            return;
        }
        Map<String, Domain> d = new HashMap<>(capacity(domains.size()));
        domains.forEach(x -> d.put(x.id(), x));
        Map<String, MeshNode> n = new HashMap<>(capacity(nodes.size()));
        nodes.forEach(x -> n.put(x.id(), x));
        Map<String, Link> l = new HashMap<>(capacity(links.size()));
        links.forEach(x -> l.put(x.effectiveId(), x));
        domainsById = d;
        nodesById = n;
        linksById = l;
        indexed = true;
    }

    /**
     * A detached copy with the same content and no listeners, e.g. for a background
     * validation. Cheap enough for the UI thread on a large mesh: the lists are copied, and
     * the maps by id and the diagram's maps are built by the copy's first use.
     */
    public Mesh copy() {
        Mesh copy = new Mesh(metadata, topology);
        copy.policies = policies;
        copy.extensions = extensions;
        copy.specExtensions = specExtensions;
        copy.domains.addAll(domains);
        copy.nodes.addAll(nodes);
        copy.links.addAll(links);
        copy.indexed = false;
        copy.diagram.copyFrom(diagram);
        return copy;
    }

    /** Whether {@code other} holds the same content, list orders and diagram included. */
    public boolean contentEquals(Mesh other) {
        return other != null
                && metadata.equals(other.metadata)
                && topology == other.topology
                && policies.equals(other.policies)
                && extensions.equals(other.extensions)
                && specExtensions.equals(other.specExtensions)
                && domains.equals(other.domains)
                && nodes.equals(other.nodes)
                && links.equals(other.links)
                && diagram.contentEquals(other.diagram);
    }

    @Override
    public String toString() {
        return "Mesh[" + metadata.name() + ", " + topology.keyword() + ", " + domains.size() + " domains, "
                + nodes.size() + " nodes, " + links.size() + " links]";
    }
}
