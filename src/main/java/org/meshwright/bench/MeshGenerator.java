package org.meshwright.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Bounds;
import org.meshwright.model.Classification;
import org.meshwright.model.Diagram;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.Metadata;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Point;
import org.meshwright.model.Port;
import org.meshwright.model.Slo;
import org.meshwright.model.Topology;

/**
 * Generates synthetic meshes of a given size for benchmarks and scale tests. The same
 * parameters and seed always give the same mesh, so the same file bytes when written.
 *
 * <p>Shape: domains of 15 to 40 nodes (source systems about 1/6, consumers 1/5, the rest
 * data products: 40% source-aligned, 35% aggregate, 25% consumer-aligned); one governance
 * node; a shared platform (governed, harmonized) or one per domain (federated); one hub
 * per 1,000 nodes, each serving a contiguous group of domains; a few anonymizers and
 * virtualization services; 2% external consumers without a domain. About
 * {@link Builder#linksPerNode(double) three links per node}, each pair at most once, about
 * 15% of them across domains. Data flows source system → source-aligned → aggregate →
 * consumer-aligned → consumer: products of a domain are ordered by archetype and only link
 * forward, and cross-domain links between products only go from a domain to a later one of
 * its hub group with a rank at least as high, so the product and domain graphs are acyclic.
 *
 * <p>Clean by construction: without injected cycles the validator reports nothing at all
 * (no rule fires, warnings and infos included). Every domain has an owner and a platform;
 * every product is fed from a source system of its domain and read by someone; products
 * have one or two output ports with a contract and links from two-port products name their
 * port; source systems only feed their own domain; cross-domain links pass the hub of their
 * group in a governed mesh (about 30% do elsewhere, never all); a link whose provider
 * carries personal data ({@code pii} source systems, followed along unprotected links up to
 * a de-identified product) passes an anonymizer when it leaves the domain.
 *
 * <p>{@link Builder#productCycles(int) Injected cycles}: each adds a back link between two
 * products of the same archetype in a different domain, making exactly one more strongly
 * connected set for rule {@code product-cycle} and triggering no other rule.
 *
 * <p>{@link Builder#layout(boolean) Layout}: domains as rectangles in a square grid, nodes in
 * one column per role inside them; shared nodes in a band above, external consumers below.
 */
public final class MeshGenerator {

    /** Smallest mesh the generator makes: one domain of at least 15 nodes plus the shared nodes. */
    public static final int MIN_NODES = 30;

    private static final int MIN_DOMAIN = 15;
    private static final int MAX_DOMAIN = 40;
    private static final double MEAN_DOMAIN = 27.5;

    private static final String[] AREAS = {
        "sales", "orders", "customer", "product", "pricing", "inventory", "logistics", "payments",
        "finance", "marketing", "support", "hr", "procurement", "risk", "fraud", "loyalty",
        "web", "mobile", "stores", "claims", "billing", "shipping", "returns", "catalog"};
    private static final String[] PURPOSES = {
        "Daily refresh of the reporting tables.", "Features for the scoring model.",
        "Near real-time operational view.", "Monthly regulatory report.", "Reconciliation with the ledger.",
        "Input to the planning process.", "Self-service analytics."};
    private static final String[] FRESHNESS = {"PT15M", "PT1H", "PT6H", "P1D"};
    private static final double[] AVAILABILITY = {99.0, 99.5, 99.9};

    private final int nodeCount;
    private final long seed;
    private final Topology topology;
    private final int productCycles;
    private final double piiFraction;
    private final boolean layout;
    private final double linksPerNode;
    private final double crossDomainFraction;

    private MeshGenerator(Builder b) {
        nodeCount = b.nodes;
        seed = b.seed;
        topology = b.topology;
        productCycles = b.productCycles;
        piiFraction = b.piiFraction;
        layout = b.layout;
        linksPerNode = b.linksPerNode;
        crossDomainFraction = b.crossDomainFraction;
    }

    /** A builder with the defaults: 1,000 nodes, seed 42, governed, no cycles, 25% pii sources, with layout. */
    public static Builder builder() {
        return new Builder();
    }

    /** Shorthand for a clean governed mesh with layout. */
    public static Mesh generate(int nodes, long seed) {
        return builder().nodes(nodes).seed(seed).build().generate();
    }

    /** Makes the mesh; each call makes a new, equal one. */
    public Mesh generate() {
        return new Run().mesh();
    }

    /** Parameters of a {@link MeshGenerator}; each setter checks its value. */
    public static final class Builder {
        private int nodes = 1_000;
        private long seed = 42;
        private Topology topology = Topology.GOVERNED;
        private int productCycles;
        private double piiFraction = 0.25;
        private boolean layout = true;
        private double linksPerNode = 3.0;
        private double crossDomainFraction = 0.15;

        private Builder() {
        }

        /** The exact number of nodes, at least {@value MeshGenerator#MIN_NODES}. */
        public Builder nodes(int v) {
            if (v < MIN_NODES) {
                throw new IllegalArgumentException("nodes must be at least " + MIN_NODES + ": " + v);
            }
            nodes = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder topology(Topology v) {
            topology = java.util.Objects.requireNonNull(v, "topology");
            return this;
        }

        /** Product cycles to inject, each in its own domain (at most one per domain). */
        public Builder productCycles(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("productCycles must not be negative: " + v);
            }
            productCycles = v;
            return this;
        }

        /** The share of source systems holding personal data ({@code pii: true}), 0 to 1. */
        public Builder piiFraction(double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("piiFraction must be from 0 to 1: " + v);
            }
            piiFraction = v;
            return this;
        }

        /** Whether to fill the diagram (node positions and domain bounds). */
        public Builder layout(boolean v) {
            layout = v;
            return this;
        }

        /** Target links per node (default 3); the backbone that keeps the mesh clean may add a few. */
        public Builder linksPerNode(double v) {
            if (!(v >= 0 && v <= 10)) {
                throw new IllegalArgumentException("linksPerNode must be from 0 to 10: " + v);
            }
            linksPerNode = v;
            return this;
        }

        /** The share of links that cross domains (default 0.15), 0 to 1. */
        public Builder crossDomainFraction(double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("crossDomainFraction must be from 0 to 1: " + v);
            }
            crossDomainFraction = v;
            return this;
        }

        public MeshGenerator build() {
            return new MeshGenerator(this);
        }
    }

    // ---- one generation run ------------------------------------------------------------

    /** Planned node: what the mesh node will be, by index. */
    private static final class NodePlan {
        final String id;
        final NodeKind kind;
        final int domain;
        final Archetype archetype;
        /** Position of a product in its domain's product order (sorted by archetype rank). */
        int order = -1;
        int ports;
        boolean pii;
        boolean deidentified;
        boolean carrier;
        int outDegree;
        int inDegree;

        NodePlan(String id, NodeKind kind, int domain, Archetype archetype) {
            this.id = id;
            this.kind = kind;
            this.domain = domain;
            this.archetype = archetype;
        }

        int rank() {
            return archetype.rank();
        }
    }

    /** Planned domain: its nodes by role, as node indices. */
    private static final class DomainPlan {
        final int index;
        final String id;
        final String area;
        final int group;
        int platform = -1;
        final List<Integer> sources = new ArrayList<>();
        /** Ordered by archetype rank: source-aligned, then aggregate, then consumer-aligned. */
        final List<Integer> products = new ArrayList<>();
        final List<Integer> consumers = new ArrayList<>();
        /** {@code rankStart[r]}: position in {@link #products} of the first product of rank r or more. */
        final int[] rankStart = new int[4];

        DomainPlan(int index, String id, String area, int group) {
            this.index = index;
            this.id = id;
            this.area = area;
            this.group = group;
        }
    }

    private record LinkPlan(int from, int to, boolean crossDomain) {
    }

    private final class Run {
        private final Random random = new Random(seed);
        private final List<NodePlan> nodes = new ArrayList<>(nodeCount);
        private final List<DomainPlan> domains = new ArrayList<>();
        private final List<LinkPlan> links = new ArrayList<>();
        private final Set<Long> pairs = new HashSet<>();
        private int governance;
        private int sharedPlatform = -1;
        private final List<Integer> hubs = new ArrayList<>();
        private final List<Integer> anonymizers = new ArrayList<>();
        private final List<Integer> virtualizations = new ArrayList<>();
        private final List<Integer> externals = new ArrayList<>();
        /** First domain index of each hub group, plus the domain count at the end. */
        private int[] groupStart;

        Mesh mesh() {
            planNodes();
            planLinks();
            injectCycles();
            markCarriers();
            return build();
        }

        // ---- nodes ---------------------------------------------------------------------

        private void planNodes() {
            int hubCount = Math.max(1, (int) Math.round(nodeCount / 1000.0));
            int anonymizerCount = Math.max(1, (int) Math.round(nodeCount / 400.0));
            int virtualizationCount = Math.max(1, (int) Math.round(nodeCount / 500.0));
            int externalCount = Math.max(1, (int) Math.round(nodeCount * 0.02));
            int shared = 1 + hubCount + anonymizerCount + virtualizationCount + externalCount;
            boolean federated = topology == Topology.FEDERATED;
            if (!federated) {
                shared++;
            }
            int rest = nodeCount - shared;
            // In a federated mesh each domain brings its own platform node.
            int domainCount = Math.max(1, (int) Math.round(rest / (MEAN_DOMAIN + (federated ? 1 : 0))));
            int domainNodes = rest - (federated ? domainCount : 0);
            int[] sizes = domainSizes(domainCount, domainNodes);
            int groups = Math.min(hubCount, domainCount);
            groupStart = new int[groups + 1];
            for (int g = 0; g <= groups; g++) {
                groupStart[g] = (int) ((long) g * domainCount / groups);
            }

            governance = add(new NodePlan("governance", NodeKind.GOVERNANCE, -1, null));
            if (!federated) {
                sharedPlatform = add(new NodePlan("platform", NodeKind.PLATFORM, -1, null));
            }
            for (int i = 1; i <= hubCount; i++) {
                hubs.add(add(new NodePlan("hub-" + i, NodeKind.HUB, -1, null)));
            }
            for (int i = 1; i <= anonymizerCount; i++) {
                anonymizers.add(add(new NodePlan("anonymizer-" + i, NodeKind.ANONYMIZER, -1, null)));
            }
            for (int i = 1; i <= virtualizationCount; i++) {
                virtualizations.add(add(new NodePlan("virtualization-" + i, NodeKind.VIRTUALIZATION, -1, null)));
            }
            int group = 0;
            for (int d = 0; d < domainCount; d++) {
                while (d >= groupStart[group + 1]) {
                    group++;
                }
                String area = AREAS[d % AREAS.length];
                DomainPlan domain = new DomainPlan(d, area + "-" + (d / AREAS.length + 1), area, group);
                domains.add(domain);
                if (federated) {
                    domain.platform = add(new NodePlan(domain.id + "-platform", NodeKind.PLATFORM, -1, null));
                }
                planDomainNodes(domain, sizes[d]);
            }
            for (int i = 1; i <= externalCount; i++) {
                externals.add(add(new NodePlan("partner-" + i, NodeKind.CONSUMER, -1, null)));
            }
            if (nodes.size() != nodeCount) {
                throw new IllegalStateException("planned " + nodes.size() + " nodes, not " + nodeCount);
            }
        }

        /** Sizes from 15 to 40 (or what fits, for tiny meshes) that sum to {@code total}. */
        private int[] domainSizes(int count, int total) {
            int min = Math.min(MIN_DOMAIN, total / count);
            int max = Math.max(MAX_DOMAIN, (total + count - 1) / count);
            int[] sizes = new int[count];
            int sum = 0;
            for (int i = 0; i < count; i++) {
                sizes[i] = Math.min(max, Math.max(min, MIN_DOMAIN + random.nextInt(MAX_DOMAIN - MIN_DOMAIN + 1)));
                sum += sizes[i];
            }
            // Spread the difference over the domains, starting anywhere, within the bounds.
            int i = random.nextInt(count);
            while (sum != total) {
                if (sum < total && sizes[i] < max) {
                    sizes[i]++;
                    sum++;
                } else if (sum > total && sizes[i] > min) {
                    sizes[i]--;
                    sum--;
                }
                i = (i + 1) % count;
            }
            return sizes;
        }

        private void planDomainNodes(DomainPlan d, int size) {
            int sources = Math.max(1, (int) Math.round(size / 6.0));
            int consumers = Math.max(1, (int) Math.round(size / 5.0));
            int products = size - sources - consumers;
            int sourceAligned = Math.max(1, (int) Math.round(products * 0.40));
            int consumerAligned = Math.max(1, (int) Math.round(products * 0.25));
            int aggregates = Math.max(1, products - sourceAligned - consumerAligned);
            consumers = size - sources - sourceAligned - aggregates - consumerAligned;
            if (consumers < 1) {
                throw new IllegalStateException("domain of " + size + " nodes is too small");
            }
            for (int i = 1; i <= sources; i++) {
                d.sources.add(add(new NodePlan(d.id + ".src-" + i, NodeKind.SOURCE_SYSTEM, d.index, null)));
            }
            int[] counts = {sourceAligned, aggregates, consumerAligned};
            String[] prefixes = {".sa-", ".agg-", ".ca-"};
            Archetype[] archetypes = Archetype.values();
            for (int r = 0; r < 3; r++) {
                d.rankStart[r] = d.products.size();
                for (int i = 1; i <= counts[r]; i++) {
                    NodePlan p = new NodePlan(d.id + prefixes[r] + i, NodeKind.DATA_PRODUCT, d.index, archetypes[r]);
                    p.order = d.products.size();
                    p.ports = random.nextInt(10) < 7 ? 1 : 2;
                    p.deidentified = r == 1 && random.nextInt(5) == 0;
                    d.products.add(add(p));
                }
            }
            d.rankStart[3] = d.products.size();
            for (int i = 1; i <= consumers; i++) {
                d.consumers.add(add(new NodePlan(d.id + ".app-" + i, NodeKind.CONSUMER, d.index, null)));
            }
            for (int s : d.sources) {
                nodes.get(s).pii = random.nextDouble() < piiFraction;
            }
        }

        private int add(NodePlan node) {
            nodes.add(node);
            return nodes.size() - 1;
        }

        // ---- links ---------------------------------------------------------------------

        private boolean link(int from, int to) {
            long key = ((long) from << 32) | to;
            if (from == to || !pairs.add(key)) {
                return false;
            }
            NodePlan a = nodes.get(from);
            NodePlan b = nodes.get(to);
            links.add(new LinkPlan(from, to, b.domain < 0 || a.domain != b.domain));
            a.outDegree++;
            b.inDegree++;
            return true;
        }

        private int pick(List<Integer> list) {
            return list.get(random.nextInt(list.size()));
        }

        private int pickRange(List<Integer> list, int from, int to) {
            return list.get(from + random.nextInt(to - from));
        }

        private void planLinks() {
            for (DomainPlan d : domains) {
                backbone(d);
            }
            long target = Math.round(linksPerNode * nodeCount);
            long crossTarget = Math.round(crossDomainFraction * target);
            long limit = 50 * target + 1000;
            long cross = links.stream().filter(LinkPlan::crossDomain).count();
            for (long attempt = 0; cross < crossTarget && links.size() < target && attempt < limit; attempt++) {
                if (crossDomainLink()) {
                    cross++;
                }
            }
            for (long attempt = 0; links.size() < target && attempt < limit; attempt++) {
                intraDomainLink(domains.get(random.nextInt(domains.size())));
            }
        }

        /**
         * The links that keep the mesh clean: every product fed from its domain's sources
         * (lineage) and read by someone; every source system and consumer linked.
         */
        private void backbone(DomainPlan d) {
            int aggregates = d.rankStart[1];
            int consumerAligned = d.rankStart[2];
            int end = d.products.size();
            for (int i = 0; i < end; i++) {
                int product = d.products.get(i);
                if (i < aggregates) {
                    link(d.sources.get(i % d.sources.size()), product);
                } else if (i < consumerAligned) {
                    link(pickRange(d.products, 0, aggregates), product);
                } else {
                    link(pickRange(d.products, aggregates, consumerAligned), product);
                }
            }
            for (int source : d.sources) {
                if (nodes.get(source).outDegree == 0) {
                    link(source, pickRange(d.products, 0, aggregates));
                }
            }
            for (int i = 0; i < end; i++) {
                NodePlan product = nodes.get(d.products.get(i));
                if (product.outDegree == 0) {
                    link(d.products.get(i), i < consumerAligned
                            ? pickRange(d.products, d.rankStart[product.rank() + 1], end) : pick(d.consumers));
                }
            }
            for (int consumer : d.consumers) {
                if (nodes.get(consumer).inDegree == 0) {
                    link(pickRange(d.products, consumerAligned, end), consumer);
                }
            }
        }

        private void intraDomainLink(DomainPlan d) {
            int kind = random.nextInt(100);
            int n = d.products.size();
            if (kind < 20) {
                // source system -> mostly source-aligned, sometimes an aggregate
                int to = random.nextInt(100) < 85 || d.rankStart[2] == d.rankStart[1]
                        ? pickRange(d.products, 0, d.rankStart[1])
                        : pickRange(d.products, d.rankStart[1], d.rankStart[2]);
                link(pick(d.sources), to);
            } else if (kind < 70) {
                // product -> later product, mostly of a higher rank
                int p = random.nextInt(n - 1);
                NodePlan from = nodes.get(d.products.get(p));
                int higher = d.rankStart[from.rank() + 1];
                int start = random.nextInt(100) < 80 && higher < n ? higher : p + 1;
                link(d.products.get(p), pickRange(d.products, start, n));
            } else {
                // product -> consumer, mostly from consumer-aligned products
                int r = random.nextInt(100);
                int rank = r < 70 ? 2 : r < 90 ? 1 : 0;
                link(pickRange(d.products, d.rankStart[rank], d.rankStart[rank + 1]), pick(d.consumers));
            }
        }

        /** A link from a product to a later domain of its group, another domain's consumer or a partner. */
        private boolean crossDomainLink() {
            DomainPlan d = domains.get(random.nextInt(domains.size()));
            int groupEnd = groupStart[d.group + 1];
            int groupFirst = groupStart[d.group];
            int kind = random.nextInt(100);
            int from = pick(d.products);
            NodePlan provider = nodes.get(from);
            if (kind < 60 && d.index + 1 < groupEnd) {
                DomainPlan target = domains.get(d.index + 1 + random.nextInt(groupEnd - d.index - 1));
                int lowest = target.rankStart[provider.rank()];
                return link(from, pickRange(target.products, lowest, target.products.size()));
            }
            if (kind < 90 && groupEnd - groupFirst > 1) {
                int t = groupFirst + random.nextInt(groupEnd - groupFirst - 1);
                DomainPlan target = domains.get(t >= d.index ? t + 1 : t);
                return link(from, pick(target.consumers));
            }
            return link(from, pick(externals));
        }

        /** Each cycle: a back link between two products of one archetype, in its own domain. */
        private void injectCycles() {
            if (productCycles > domains.size()) {
                throw new IllegalArgumentException("cannot inject " + productCycles + " product cycles into "
                        + domains.size() + " domains (one per domain)");
            }
            for (int c = 0; c < productCycles; c++) {
                DomainPlan d = domains.get((int) ((long) c * domains.size() / productCycles));
                int rank = -1;
                for (int r = 0; r < 3 && rank < 0; r++) {
                    if (d.rankStart[r + 1] - d.rankStart[r] >= 2) {
                        rank = r;
                    }
                }
                if (rank < 0) {
                    throw new IllegalStateException("domain " + d.id + " has no two products of one archetype");
                }
                int a = d.products.get(d.rankStart[rank]);
                int b = d.products.get(d.rankStart[rank] + 1);
                link(a, b);
                link(b, a);
            }
        }

        /**
         * Marks the nodes that carry personal data: reachable from {@code pii} sources along
         * intra-domain links, stopping at de-identified products. Cross-domain links from a
         * carrier get an anonymizer, so they never pass personal data on.
         */
        private void markCarriers() {
            int[] start = new int[nodes.size() + 1];
            for (LinkPlan l : links) {
                if (!l.crossDomain()) {
                    start[l.from() + 1]++;
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                start[i + 1] += start[i];
            }
            int[] next = start.clone();
            int[] targets = new int[start[nodes.size()]];
            for (LinkPlan l : links) {
                if (!l.crossDomain()) {
                    targets[next[l.from()]++] = l.to();
                }
            }
            int[] queue = new int[nodes.size()];
            int head = 0;
            int tail = 0;
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).pii) {
                    nodes.get(i).carrier = true;
                    queue[tail++] = i;
                }
            }
            while (head < tail) {
                int v = queue[head++];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    NodePlan w = nodes.get(targets[e]);
                    if (!w.carrier && !(w.deidentified && !w.pii)) {
                        w.carrier = true;
                        queue[tail++] = targets[e];
                    }
                }
            }
        }

        // ---- model ---------------------------------------------------------------------

        private Mesh build() {
            Mesh mesh = new Mesh(new Metadata("synthetic-" + nodeCount + "-" + topology.keyword(),
                    "Synthetic mesh, " + nodeCount + " nodes (seed " + seed + ")",
                    "Generated by Meshwright's MeshGenerator for benchmarks.", "benchmark", java.util.Map.of()),
                    topology);
            for (DomainPlan d : domains) {
                String platform = d.platform >= 0 ? nodes.get(d.platform).id : nodes.get(sharedPlatform).id;
                mesh.addDomain(new Domain(d.id, title(d.area) + " " + (d.index / AREAS.length + 1), d.id + "-team",
                        null, platform, java.util.Map.of()));
            }
            for (NodePlan n : nodes) {
                mesh.addNode(node(n));
            }
            // Grouped by provider, in node order, so that the file reads domain by domain.
            links.sort(java.util.Comparator.comparingInt(LinkPlan::from).thenComparingInt(LinkPlan::to));
            boolean firstCross = true;
            for (LinkPlan l : links) {
                mesh.addLink(link(l, firstCross));
                firstCross &= !l.crossDomain();
            }
            if (layout) {
                new GridLayout(mesh.diagram()).place();
            }
            return mesh;
        }

        private MeshNode node(NodePlan n) {
            MeshNode.Builder b = MeshNode.builder(n.id, n.kind);
            DomainPlan d = n.domain >= 0 ? domains.get(n.domain) : null;
            if (d != null) {
                b.domain(d.id);
            }
            switch (n.kind) {
                case SOURCE_SYSTEM -> b.name(title(d.area) + " operational system " + suffix(n.id))
                        .classification(n.pii ? Classification.RESTRICTED : Classification.INTERNAL).pii(n.pii);
                case DATA_PRODUCT -> product(b, n, d);
                case CONSUMER -> b.name(d == null ? "Partner " + suffix(n.id) : title(d.area) + " app " + suffix(n.id));
                case HUB -> b.name("Data hub " + suffix(n.id)).owner("data-distribution-team");
                case ANONYMIZER -> b.name("Anonymizer " + suffix(n.id)).owner("privacy-engineering-team");
                case VIRTUALIZATION -> b.name("Query federation " + suffix(n.id)).owner("data-platform-team");
                case PLATFORM -> b.name("Data platform").owner(d == null ? "data-platform-team" : "platform-team");
                case GOVERNANCE -> b.name("Data catalogue and policies").owner("data-governance-guild");
                default -> throw new IllegalStateException("unexpected kind " + n.kind);
            }
            return b.build();
        }

        private void product(MeshNode.Builder b, NodePlan n, DomainPlan d) {
            b.name(title(d.area) + " " + n.archetype.keyword() + " product " + suffix(n.id))
                    .archetype(n.archetype)
                    .version("1." + random.nextInt(10) + "." + random.nextInt(5))
                    .deidentified(n.deidentified);
            if (n.carrier) {
                b.classification(Classification.CONFIDENTIAL);
            }
            if (random.nextInt(10) == 0) {
                b.owner(d.id + "-analytics");
            }
            String[] portIds = n.archetype == Archetype.SOURCE_ALIGNED ? new String[] {"table", "events"}
                    : new String[] {"table", "api"};
            for (int i = 0; i < n.ports; i++) {
                String port = portIds[i];
                String type = port.equals("events") ? "topic" : port;
                String format = switch (port) {
                    case "events" -> "avro";
                    case "api" -> "json";
                    default -> "parquet";
                };
                b.addPort(new Port(port, type, format, n.id + "." + port + "-v1", java.util.Map.of()));
            }
            if (random.nextInt(10) < 4) {
                b.slo(new Slo(AVAILABILITY[random.nextInt(AVAILABILITY.length)],
                        FRESHNESS[random.nextInt(FRESHNESS.length)], java.util.Map.of()));
            }
        }

        private Link link(LinkPlan l, boolean firstCross) {
            NodePlan from = nodes.get(l.from());
            Link.Builder b = Link.builder(from.id, nodes.get(l.to()).id);
            if (from.kind == NodeKind.DATA_PRODUCT && (from.ports == 2 || random.nextInt(10) < 3)) {
                b.fromPort(from.ports == 2 && random.nextBoolean() ? (from.archetype == Archetype.SOURCE_ALIGNED
                        ? "events" : "api") : "table");
            }
            List<String> via = new ArrayList<>(3);
            int modeRoll = random.nextInt(100);
            DomainPlan d = domains.get(from.domain);
            String virtualization = nodes.get(virtualizations.get(d.index % virtualizations.size())).id;
            boolean virtualized;
            if (l.crossDomain()) {
                if (from.carrier) {
                    via.add(nodes.get(anonymizers.get(d.index % anonymizers.size())).id);
                }
                virtualized = modeRoll < 10;
                if (virtualized) {
                    via.add(virtualization);
                }
                // Governed: every cross-domain link passes its group's hub; elsewhere some do, never all.
                if (topology == Topology.GOVERNED || (!firstCross && random.nextInt(10) < 3)) {
                    via.add(nodes.get(hubs.get(d.group)).id);
                }
            } else {
                virtualized = modeRoll < 3;
                if (virtualized) {
                    via.add(virtualization);
                }
            }
            b.via(via);
            if (virtualized) {
                b.accessMode(AccessMode.VIRTUALIZED);
            } else if (modeRoll >= 80) {
                b.accessMode(modeRoll >= 95 ? AccessMode.API : AccessMode.STREAM);
            }
            if (random.nextInt(8) == 0) {
                b.purpose(PURPOSES[random.nextInt(PURPOSES.length)]);
            }
            return b.build();
        }

        private String suffix(String id) {
            return id.substring(id.lastIndexOf('-') + 1);
        }

        private String title(String area) {
            return area.length() <= 2 ? area.toUpperCase(java.util.Locale.ROOT)
                    : Character.toUpperCase(area.charAt(0)) + area.substring(1);
        }

        // ---- layout --------------------------------------------------------------------

        /** Domains as rectangles in a square grid, one column per role inside each. */
        private final class GridLayout {
            private static final int CELL_WIDTH = 220;
            private static final int CELL_HEIGHT = 90;
            private static final int PADDING = 40;
            private static final int GAP = 80;
            private static final int COLUMNS = 5;

            private final Diagram diagram;

            GridLayout(Diagram diagram) {
                this.diagram = diagram;
            }

            void place() {
                int gridColumns = (int) Math.ceil(Math.sqrt(domains.size()));
                int domainWidth = COLUMNS * CELL_WIDTH + 2 * PADDING;
                int rowWidth = gridColumns * (domainWidth + GAP);
                List<Integer> sharedNodes = new ArrayList<>();
                sharedNodes.add(governance);
                if (sharedPlatform >= 0) {
                    sharedNodes.add(sharedPlatform);
                }
                sharedNodes.addAll(hubs);
                sharedNodes.addAll(anonymizers);
                sharedNodes.addAll(virtualizations);
                int y = band(sharedNodes, 0, rowWidth) + GAP;
                for (int first = 0; first < domains.size(); first += gridColumns) {
                    int rowHeight = 0;
                    for (int c = 0; c < gridColumns && first + c < domains.size(); c++) {
                        rowHeight = Math.max(rowHeight, domain(domains.get(first + c), c * (domainWidth + GAP), y));
                    }
                    y += rowHeight + GAP;
                }
                band(externals, y, rowWidth);
            }

            /** Places nodes in rows from {@code top}; returns the band's height. */
            private int band(List<Integer> ids, int top, int width) {
                int perRow = Math.max(1, width / CELL_WIDTH);
                for (int i = 0; i < ids.size(); i++) {
                    diagram.setPosition(nodes.get(ids.get(i)).id,
                            new Point((i % perRow) * CELL_WIDTH, top + (i / perRow) * CELL_HEIGHT));
                }
                return ((ids.size() + perRow - 1) / perRow) * CELL_HEIGHT;
            }

            /** Places a domain and its nodes; returns its height. */
            private int domain(DomainPlan d, int x, int y) {
                List<List<Integer>> columns = List.of(d.sources, d.products.subList(0, d.rankStart[1]),
                        d.products.subList(d.rankStart[1], d.rankStart[2]), d.products.subList(d.rankStart[2],
                                d.rankStart[3]), d.consumers);
                int top = y + PADDING;
                if (d.platform >= 0) {
                    diagram.setPosition(nodes.get(d.platform).id, new Point(x + PADDING, top));
                    top += CELL_HEIGHT;
                }
                int rows = 0;
                for (int c = 0; c < columns.size(); c++) {
                    List<Integer> column = columns.get(c);
                    rows = Math.max(rows, column.size());
                    for (int r = 0; r < column.size(); r++) {
                        diagram.setPosition(nodes.get(column.get(r)).id,
                                new Point(x + PADDING + c * CELL_WIDTH, top + r * CELL_HEIGHT));
                    }
                }
                int height = top - y + rows * CELL_HEIGHT + PADDING;
                diagram.setBounds(d.id, new Bounds(x, y, COLUMNS * CELL_WIDTH + 2 * PADDING, height));
                return height;
            }
        }
    }
}
