package org.meshwright.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Bounds;
import org.meshwright.model.Domain;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.NodeStatus;
import org.meshwright.model.Point;
import org.meshwright.model.Policies;
import org.meshwright.model.PolicySeverity;
import org.meshwright.model.Port;
import org.meshwright.model.Topology;

/**
 * Meshes and edits made from lists of small numbers, so that jqwik can shrink a failing case
 * to a short list: a number picks an element by index modulo the count, a kind, a variant.
 * Numbers past the end of a list read as 0.
 */
final class RandomEdits {

    /** The edits {@link #command} can make, by {@link Action#op()}. */
    static final List<String> OPS = List.of("addDomain", "addNode", "addLink", "replaceDomain", "replaceNode",
            "replaceLink", "renameId", "delete", "move", "nudge", "moveToDomain", "setTopology", "setMetadata",
            "paste", "compound", "setPolicies");

    /** One edit to make: which one and four numbers for its choices. */
    record Action(int op, int a, int b, int c, int d) {
        String name() {
            return op < OPS.size() ? OPS.get(op) : op == OPS.size() ? "undo" : "redo";
        }
    }

    private RandomEdits() {
    }

    // ---- meshes --------------------------------------------------------------------------

    private static final class Genes {
        private final List<Integer> genes;
        private int next;

        Genes(List<Integer> genes) {
            this.genes = genes;
        }

        int next(int bound) {
            int value = next < genes.size() ? genes.get(next++) : 0;
            return bound <= 0 ? 0 : Math.floorMod(value, bound);
        }

        boolean chance(int oneIn) {
            return next(oneIn) == 0;
        }
    }

    /** A valid mesh: every kind of reference, some dangling, positions, bounds and stale layout entries. */
    static Mesh mesh(List<Integer> genes) {
        Genes g = new Genes(genes);
        Mesh mesh = new Mesh("random", Topology.values()[g.next(3)]);
        int domains = g.next(4);
        int nodes = g.next(9);
        for (int i = 0; i < domains; i++) {
            Domain d = new Domain("d" + i);
            if (g.chance(2)) {
                d = d.withPlatform("n" + g.next(nodes + 1));
            }
            if (g.chance(3)) {
                d = d.withOwner("team-" + g.next(3));
            }
            mesh.addDomain(d);
            if (g.chance(2)) {
                mesh.diagram().setBounds(d.id(), new Bounds(g.next(500), g.next(500), 1 + g.next(300), 1 + g.next(300)));
            }
        }
        for (int i = 0; i < nodes; i++) {
            NodeKind kind = NodeKind.values()[g.next(NodeKind.values().length)];
            MeshNode.Builder b = MeshNode.builder("n" + i, kind);
            int domain = g.next(domains + 2);
            if (domain < domains) {
                b.domain("d" + domain);
            } else if (domain == domains + 1) {
                b.domain("gone");
            }
            if (kind == NodeKind.DATA_PRODUCT) {
                if (g.chance(2)) {
                    b.addPort(new Port("p0")).addPort(new Port("p1"));
                }
                if (g.chance(3)) {
                    b.archetype(Archetype.AGGREGATE);
                }
            }
            b.pii(g.chance(4));
            mesh.addNode(b.build());
            if (!g.chance(3)) {
                mesh.diagram().setPosition("n" + i, new Point(g.next(800), g.next(600)));
            }
        }
        int links = g.next(12);
        for (int i = 0; i < links; i++) {
            Link.Builder b = Link.builder("n" + g.next(nodes + 1), "n" + g.next(nodes + 1));
            int via = g.next(3);
            List<String> viaIds = new ArrayList<>();
            for (int v = 0; v < via; v++) {
                viaIds.add("n" + g.next(nodes + 1));
            }
            b.via(viaIds);
            if (g.chance(3)) {
                b.fromPort("p" + g.next(2));
            }
            if (g.chance(4)) {
                b.id("l" + i);
            }
            Link l = b.build();
            if (mesh.link(l.effectiveId()) == null) {
                mesh.addLink(l);
            }
        }
        if (g.chance(3)) {
            mesh.diagram().setPosition("stale", new Point(1, 1));
        }
        if (g.chance(3)) {
            mesh.diagram().setBounds("stale-d", new Bounds(1, 1, 1, 1));
        }
        return mesh;
    }

    // ---- commands ------------------------------------------------------------------------

    /**
     * The command {@code action} stands for in the present state of {@code mesh}, or
     * {@code null} where the factory refuses it (a taken id, say), as it may.
     */
    static Command command(Mesh mesh, Action x) {
        try {
            return make(mesh, x);
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    private static Command make(Mesh mesh, Action x) {
        int a = x.a();
        int b = x.b();
        int c = x.c();
        int d = x.d();
        return switch (x.name()) {
            case "addDomain" -> Edits.addDomain(mesh, new Domain(UniqueIds.unique("d" + a % 5, mesh::isIdTaken)),
                    b % 2 == 0 ? null : new Bounds(c % 400, d % 400, 10 + b % 100, 10 + c % 100));
            case "addNode" -> {
                NodeKind kind = NodeKind.values()[b % NodeKind.values().length];
                MeshNode n = MeshNode.builder(UniqueIds.unique("n" + a % 5, mesh::isIdTaken), kind)
                        .domain(domainId(mesh, c)).build();
                yield Edits.addNode(mesh, n, d % 3 == 0 ? null : new Point(c % 700, d % 700));
            }
            case "addLink" -> {
                Link l = Link.builder(nodeIdOr(mesh, a, "x"), nodeIdOr(mesh, b, "y"))
                        .accessMode(AccessMode.values()[c % AccessMode.values().length]).build();
                if (mesh.link(l.effectiveId()) != null) {
                    l = l.toBuilder().id(UniqueIds.unique("l", id -> mesh.link(id) != null)).build();
                }
                yield Edits.addLink(mesh, l);
            }
            case "replaceDomain" -> {
                Domain old = pick(mesh.domains(), a);
                if (old == null) {
                    yield null;
                }
                Domain after = switch (b % 5) {
                    case 0 -> old.withOwner(c % 2 == 0 ? null : "team-" + c % 3);
                    case 1 -> old.withName(c % 2 == 0 ? null : "Domain " + c % 3);
                    case 2 -> old.withPlatform(nodeIdOr(mesh, c, null));
                    case 3 -> old.withId("d" + c % 8);
                    default -> old;
                };
                yield Edits.replaceDomain(mesh, old.id(), after);
            }
            case "replaceNode" -> {
                MeshNode old = pick(mesh.nodes(), a);
                if (old == null) {
                    yield null;
                }
                MeshNode after = switch (b % 6) {
                    case 0 -> old.toBuilder().status(NodeStatus.values()[c % NodeStatus.values().length]).build();
                    case 1 -> old.toBuilder().domain(domainId(mesh, c)).build();
                    case 2 -> old.toBuilder().pii(!old.pii()).owner("o" + c % 3).build();
                    case 3 -> old.toBuilder().id("n" + c % 12).build();
                    case 4 -> old.toBuilder().kind(NodeKind.values()[c % NodeKind.values().length]).build();
                    default -> old;
                };
                yield Edits.replaceNode(mesh, old.id(), after);
            }
            case "replaceLink" -> {
                Link old = pick(mesh.links(), a);
                if (old == null) {
                    yield null;
                }
                Link after = switch (b % 4) {
                    case 0 -> old.toBuilder().accessMode(AccessMode.values()[c % AccessMode.values().length]).build();
                    case 1 -> old.toBuilder().via(c % 2 == 0 ? List.of() : List.of(nodeIdOr(mesh, d, "hub"))).build();
                    case 2 -> old.toBuilder().to(nodeIdOr(mesh, c, "z")).build();
                    default -> old.toBuilder().anonymized(!old.anonymized()).build();
                };
                yield Edits.replaceLink(mesh, old.effectiveId(), after);
            }
            case "renameId" -> {
                String old = elementId(mesh, a);
                if (old == null) {
                    yield null;
                }
                String newId = switch (b % 4) {
                    case 0 -> old;
                    case 1 -> elementId(mesh, c);
                    case 2 -> "Bad Id";
                    default -> "r" + c % 6;
                };
                yield Edits.renameId(mesh, old, newId);
            }
            case "delete" -> Edits.delete(mesh, selection(mesh, a, b, c));
            case "move" -> {
                String node = nodeIdOr(mesh, a, null);
                Domain domain = pick(mesh.domains(), b);
                yield Edits.move(mesh,
                        node == null ? Map.of() : Map.of(node, new Point(c % 500, d % 500)),
                        domain == null || c % 2 == 0 ? Map.of()
                                : Map.of(domain.id(), new Bounds(d % 300, c % 300, 50, 50)));
            }
            case "nudge" -> Edits.nudge(mesh, nudgeSelection(mesh, a), c % 3 - 1, d % 3 - 1);
            case "moveToDomain" -> {
                String node = nodeIdOr(mesh, a, null);
                if (node == null) {
                    yield null;
                }
                yield Edits.moveToDomain(mesh, List.of(node), domainId(mesh, b),
                        c % 2 == 0 ? Map.of() : Map.of(node, new Point(c % 400, d % 400)));
            }
            case "setTopology" -> Edits.setTopology(mesh, Topology.values()[a % 3]);
            case "setMetadata" -> Edits.setMetadata(mesh, mesh.metadata().withTitle(a % 3 == 0 ? null : "Mesh " + a % 3));
            case "paste" -> Edits.paste(mesh, MeshClipboard.copy(mesh, selection(mesh, a, b, c)), d % 40, 20);
            case "compound" -> new CompoundCommand("Change topology and title", List.of(
                    Edits.setTopology(mesh, Topology.values()[a % 3]),
                    Edits.setMetadata(mesh, mesh.metadata().withTitle("T" + b % 2))));
            case "setPolicies" -> Edits.setPolicies(mesh, a % 2 == 0 ? Policies.NONE
                    : new Policies(Map.of("unused-product", PolicySeverity.values()[b % PolicySeverity.values().length]),
                            null));
            default -> throw new IllegalStateException(x.name());
        };
    }

    private static <T> T pick(List<T> list, int i) {
        return list.isEmpty() ? null : list.get(i % list.size());
    }

    private static String nodeIdOr(Mesh mesh, int i, String otherwise) {
        MeshNode n = pick(mesh.nodes(), i);
        // now and then a reference to nothing, as a file may hold
        return n == null || i % 7 == 6 ? otherwise : n.id();
    }

    private static String domainId(Mesh mesh, int i) {
        Domain d = pick(mesh.domains(), i);
        return d == null || i % 4 == 3 ? null : d.id();
    }

    private static String elementId(Mesh mesh, int i) {
        int count = mesh.domains().size() + mesh.nodes().size();
        if (count == 0) {
            return null;
        }
        int k = i % count;
        return k < mesh.domains().size() ? mesh.domains().get(k).id() : mesh.nodes().get(k - mesh.domains().size()).id();
    }

    /** Up to three references of any kind, now and then to an element that is not there. */
    private static List<ElementRef> selection(Mesh mesh, int... choices) {
        List<ElementRef> refs = new ArrayList<>();
        for (int choice : choices) {
            ElementRef ref = switch (choice % 7) {
                case 0 -> refOf(pick(mesh.domains(), choice / 7), Domain::id, ElementRef::domain);
                case 1, 2 -> refOf(pick(mesh.nodes(), choice / 7), MeshNode::id, ElementRef::node);
                case 3 -> refOf(pick(mesh.links(), choice / 7), Link::effectiveId, ElementRef::link);
                case 4 -> {
                    MeshNode n = pick(mesh.nodes(), choice / 7);
                    yield n == null || n.outputPorts().isEmpty() ? null
                            : ElementRef.port(n.id(), n.outputPorts().get(choice % n.outputPorts().size()).id());
                }
                case 5 -> choice % 2 == 0 ? ElementRef.layoutNode("stale") : ElementRef.layoutDomain("stale-d");
                default -> ElementRef.node("missing");
            };
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private static <T> ElementRef refOf(T element, java.util.function.Function<T, String> id,
                                        java.util.function.Function<String, ElementRef> ref) {
        return element == null ? null : ref.apply(id.apply(element));
    }

    /** One of a few selections, so that consecutive nudges often share theirs. */
    private static List<ElementRef> nudgeSelection(Mesh mesh, int i) {
        List<ElementRef> refs = new ArrayList<>();
        switch (i % 3) {
            case 0 -> mesh.nodes().stream().limit(1).forEach(n -> refs.add(ElementRef.node(n.id())));
            case 1 -> mesh.nodes().stream().limit(2).forEach(n -> refs.add(ElementRef.node(n.id())));
            default -> mesh.domains().stream().limit(1).forEach(dm -> refs.add(ElementRef.domain(dm.id())));
        }
        return refs;
    }
}
