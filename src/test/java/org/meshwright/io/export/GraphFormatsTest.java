package org.meshwright.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.model.AccessMode;
import org.meshwright.model.Archetype;
import org.meshwright.model.Domain;
import org.meshwright.model.Link;
import org.meshwright.model.Mesh;
import org.meshwright.model.MeshNode;
import org.meshwright.model.NodeKind;
import org.meshwright.model.Topology;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The graph exporters; its format checks are public for the command line's hostile-content test. */
public class GraphFormatsTest {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String HOSTILE = "<script>alert('x')</script> & \"q\" 'a' ]]> --> } { ] [ | ; %% # ` \\ "
            + "\\\" line1\nline2\r\nline3 \uD83D\uDE80 \u05E9\u05DC\u05D5\u05DD \u202Eevil\u202C \u0007bell \u0000nul \uD800x end\\";

    @TempDir
    Path tmp;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            List<Path> list = s.filter(p -> p.getFileName().toString().endsWith(".mesh.yaml")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    static Mesh read(Path p) throws Exception {
        return new MeshReader().read(p).mesh();
    }

    static int drawableLinks(Mesh mesh) {
        int n = 0;
        for (Link l : mesh.links()) {
            if (mesh.node(l.from()) != null && mesh.node(l.to()) != null) {
                n++;
            }
        }
        return n;
    }

    static String dot(Mesh mesh) throws IOException {
        StringWriter w = new StringWriter();
        new DotExporter().write(mesh, w);
        return w.toString();
    }

    static String graphml(Mesh mesh) throws IOException {
        StringWriter w = new StringWriter();
        new GraphmlExporter().write(mesh, w);
        return w.toString();
    }

    static String mermaid(Mesh mesh) throws IOException {
        StringWriter w = new StringWriter();
        new MermaidExporter().write(mesh, w);
        return w.toString();
    }

    // ---- samples ------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("samples")
    void pathWritesAreDeterministicUtf8(Path sample) throws Exception {
        Mesh mesh = read(sample);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new DotExporter().write(mesh, a);
        new DotExporter().write(read(sample), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b))
                .isEqualTo(dot(mesh).getBytes(StandardCharsets.UTF_8));
        new GraphmlExporter().write(mesh, a);
        new GraphmlExporter().write(read(sample), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b))
                .isEqualTo(graphml(mesh).getBytes(StandardCharsets.UTF_8));
        new MermaidExporter().write(mesh, a);
        new MermaidExporter().write(read(sample), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b))
                .isEqualTo(mermaid(mesh).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void dotHasClustersNodesAndEdges(Path sample) throws Exception {
        Mesh mesh = read(sample);
        String dot = dot(mesh);
        assertThat(dot(read(sample))).isEqualTo(dot);
        assertThat(dot).startsWith("digraph ").contains("rankdir=LR;").endsWith("}\n");
        for (Domain d : mesh.domains()) {
            assertThat(dot).contains("subgraph \"cluster_" + d.id() + "\" {");
        }
        for (MeshNode n : mesh.nodes()) {
            assertThat(dot).contains("\"" + n.id() + "\" [label=");
        }
        assertThat(count(dot, Pattern.compile("(?m)^  \"[^\"]+\" -> \"[^\"]+\" \\[id="))).isEqualTo(drawableLinks(mesh));
        assertOnlyQuotedText(dot);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void graphmlHasDomainsNodesAndEdges(Path sample) throws Exception {
        Mesh mesh = read(sample);
        String xml = graphml(mesh);
        assertThat(graphml(read(sample))).isEqualTo(xml);
        Document doc = parseGraphml(xml);
        List<Element> nodes = elements(doc, "node");
        Set<String> ids = new HashSet<>();
        for (Element e : nodes) {
            ids.add(e.getAttribute("id"));
        }
        assertThat(nodes).hasSize(mesh.domains().size() + mesh.nodes().size());
        for (Domain d : mesh.domains()) {
            assertThat(ids).contains(d.id());
        }
        for (MeshNode n : mesh.nodes()) {
            assertThat(ids).contains(n.id());
        }
        List<Element> edges = elements(doc, "edge");
        assertThat(edges).hasSize(drawableLinks(mesh));
        List<String> expected = new ArrayList<>();
        for (Link l : mesh.links()) {
            if (mesh.node(l.from()) != null && mesh.node(l.to()) != null) {
                expected.add(l.effectiveId());
            }
        }
        assertThat(edges.stream().map(e -> e.getAttribute("id")).toList()).isEqualTo(expected);
        for (Element e : edges) {
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void mermaidHasSubgraphsNodesAndEdges(Path sample) throws Exception {
        Mesh mesh = read(sample);
        String mm = mermaid(mesh);
        assertThat(mermaid(read(sample))).isEqualTo(mm);
        assertThat(mm).startsWith("flowchart LR\n");
        for (int i = 0; i < mesh.domains().size(); i++) {
            assertThat(mm).contains("subgraph d" + (i + 1) + "[" + MermaidExporter.quote(mesh.domains().get(i).displayName()) + "]\n");
        }
        assertThat(count(mm, Pattern.compile("(?m)^\\s*subgraph "))).isEqualTo(mesh.domains().size());
        assertThat(count(mm, Pattern.compile("(?m)^\\s*end$"))).isEqualTo(mesh.domains().size());
        for (int i = 0; i < mesh.nodes().size(); i++) {
            assertThat(count(mm, Pattern.compile("(?m)^\\s*n" + (i + 1) + "[\\[({]"))).as(mesh.nodes().get(i).id()).isEqualTo(1);
        }
        assertThat(count(mm, EDGE)).isEqualTo(drawableLinks(mesh));
        assertMermaidGrammar(mm);
    }

    // ---- hostile ------------------------------------------------------------------------

    static Mesh hostile() {
        Mesh mesh = new Mesh("hostile", Topology.GOVERNED);
        mesh.addDomain(new Domain("sales", HOSTILE, null, null, null, java.util.Map.of()));
        mesh.addDomain(new Domain("end"));
        mesh.addNode(MeshNode.builder("orders", NodeKind.DATA_PRODUCT).name(HOSTILE).domain("sales")
                .archetype(Archetype.SOURCE_ALIGNED).description(HOSTILE).build());
        mesh.addNode(MeshNode.builder("crm", NodeKind.SOURCE_SYSTEM).name("CRM \"prod\" <b>").domain("sales").build());
        mesh.addNode(MeshNode.builder("hub", NodeKind.HUB).name("]]><!-- -->").domain("ghost").build());
        mesh.addNode(MeshNode.builder("bi", NodeKind.CONSUMER).name("}\"];\n\"x\" -> \"y").domain("end").build());
        mesh.addNode(MeshNode.builder("p", NodeKind.PLATFORM).name("a'b").build());
        mesh.addNode(MeshNode.builder("g", NodeKind.GOVERNANCE).name("\u202E\u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A").build());
        mesh.addNode(MeshNode.builder("an", NodeKind.ANONYMIZER).name("\\\\").build());
        mesh.addNode(MeshNode.builder("v", NodeKind.VIRTUALIZATION).name("`md` **x**").build());
        mesh.addLink(Link.builder("crm", "orders").contract("c1").accessMode(AccessMode.STREAM).build());
        mesh.addLink(Link.builder("orders", "bi").via(List.of("hub")).accessMode(AccessMode.VIRTUALIZED).build());
        mesh.addLink(Link.builder("orders", "hub").id("x.y").accessMode(AccessMode.API).build());
        mesh.addLink(Link.builder("hub", "missing").build());
        mesh.addLink(Link.builder("v", "an").build());
        return mesh;
    }

    @Test
    void hostileDotIsQuotedAndAccepted() throws Exception {
        Mesh mesh = hostile();
        String dot = dot(mesh);
        assertThat(dot).isEqualTo(dot(hostile()));
        assertOnlyQuotedText(dot);
        assertThat(dot).doesNotContain("\u0007", "\u0000", "\r");
        assertThat(count(dot, Pattern.compile("label="))).isEqualTo(count(dot, Pattern.compile("label=\"")));
        assertThat(dot).contains("subgraph \"cluster_sales\"", "subgraph \"cluster_end\"");
        assertThat(count(dot, Pattern.compile("(?m)^  \"[^\"]+\" -> \"[^\"]+\" \\[id="))).isEqualTo(4);
        assertThat(dot).contains("\"orders\" -> \"hub\" [id=\"x.y\", style=\"bold\"]");
        assertThat(dot).contains("\"crm\" -> \"orders\" [id=\"crm->orders\", style=\"dashed\", label=\"c1\"]");
        // the undeclared domain's node is at the top level
        assertThat(dot).contains("\n  \"hub\" [label=");
    }

    @Test
    void dotQuoting() {
        assertThat(DotExporter.quote("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd e\"");
        assertThat(DotExporter.quote("x\\")).isEqualTo("\"x\\\\\"");
        assertThat(DotExporter.quote(null)).isEqualTo("\"\"");
    }

    @Test
    void hostileGraphmlParses() throws Exception {
        Mesh mesh = hostile();
        String xml = graphml(mesh);
        assertThat(xml).isEqualTo(graphml(hostile()));
        assertThat(xml).doesNotContain("<script", "\u0007", "\u0000", "]]>");
        Document doc = parseGraphml(xml);
        assertThat(elements(doc, "node")).hasSize(2 + 8);
        assertThat(elements(doc, "edge")).hasSize(4);
        Element orders = elements(doc, "node").stream().filter(e -> e.getAttribute("id").equals("orders")).findFirst().orElseThrow();
        String label = data(orders, "label");
        assertThat(label).startsWith("<script>alert('x')</script> & \"q\" 'a' ]]> --> }")
                .contains("line1\nline2\nline3", "\uD83D\uDE80", "\u05E9\u05DC\u05D5\u05DD", "\u202Eevil")
                .doesNotContain("\u0007", "\u0000", "\r").endsWith("x end\\");
        assertThat(data(orders, "kind")).isEqualTo("data-product");
        assertThat(data(orders, "archetype")).isEqualTo("source-aligned");
        Element sales = elements(doc, "node").stream().filter(e -> e.getAttribute("id").equals("sales")).findFirst().orElseThrow();
        assertThat(data(sales, "kind")).isEqualTo("domain");
        Element via = elements(doc, "edge").stream().filter(e -> e.getAttribute("id").equals("orders->bi")).findFirst().orElseThrow();
        assertThat(data(via, "via")).isEqualTo("hub");
        assertThat(data(via, "accessMode")).isEqualTo("virtualized");
        assertThat(elements(doc, "graph").get(0).getAttribute("id")).isEqualTo("hostile");
    }

    @Test
    void hostileMermaidIsInert() throws Exception {
        Mesh mesh = hostile();
        String mm = mermaid(mesh);
        assertThat(mm).isEqualTo(mermaid(hostile()));
        assertThat(mm).doesNotContain("<script", "\u0007", "\u0000", "\r", "`", "'x'\"");
        assertMermaidGrammar(mm);
        assertThat(count(mm, Pattern.compile("(?m)^\\s*subgraph "))).isEqualTo(2);
        assertThat(count(mm, EDGE)).isEqualTo(4);
        assertThat(mm).contains("n1[\"#lt;script#gt;alert('x')#lt;/script#gt; #amp; #quot;q#quot; 'a' ]]#gt; --#gt; }");
        assertThat(mm).contains("line1<br/>line2<br/>line3", "; #37;#37; #35; #96; \\ \\#quot;").doesNotContain("%%");
        assertThat(mm).contains("n1 -.-> n4", "n1 --o n3", "n2 ==>|\"c1\"| n1");
        // the undeclared domain's node is at the top level, the "end" domain has a safe id
        assertThat(mm).contains("\n  n3{{").contains("subgraph d2[\"end\"]");
    }

    // ---- helpers ------------------------------------------------------------------------

    static final Pattern EDGE = Pattern.compile("(?m)^  n\\d+ (-->|==>|-\\.->|--o)(\\|\"[^\"]*\"\\|)? n\\d+$");
    static final Pattern LABEL = Pattern.compile("\"[^\"]*\"");
    static final Pattern MERMAID_LINE = Pattern.compile(
            "flowchart LR"
            + "|  subgraph d\\d+\\[\"[^\"]*\"\\]"
            + "|  end"
            + "|\\s*n\\d+(\\[\"[^\"]*\"\\]|\\[\\(\"[^\"]*\"\\)\\]|\\(\\[\"[^\"]*\"\\]\\)|\\{\\{\"[^\"]*\"\\}\\}"
            + "|\\[\\[\"[^\"]*\"\\]\\]|\\[/\"[^\"]*\"/\\]|\\[\\\\\"[^\"]*\"\\\\\\]|\\(\"[^\"]*\"\\))"
            + "|  n\\d+ (-->|==>|-\\.->|--o)(\\|\"[^\"]*\"\\|)? n\\d+"
            + "|  classDef [a-zA-Z]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}"
            + "|  class n\\d+(,n\\d+)* [a-zA-Z]+");

    public static void assertMermaidGrammar(String mm) {
        assertThat(mm).endsWith("\n");
        for (String line : mm.split("\n")) {
            assertThat(MERMAID_LINE.matcher(line).matches()).as(line).isTrue();
        }
        Matcher m = LABEL.matcher(mm);
        while (m.find()) {
            String inner = m.group().substring(1, m.group().length() - 1);
            assertThat(inner.replace("<br/>", "")).doesNotContain("<", ">", "&", "`", "%");
        }
    }

    /** Outside quoted strings, the DOT text has only keywords, ids-free punctuation and layout. */
    public static void assertOnlyQuotedText(String dot) {
        StringBuilder outside = new StringBuilder();
        int i = 0;
        while (i < dot.length()) {
            char c = dot.charAt(i);
            if (c == '"') {
                i++;
                while (true) {
                    assertThat(i).as("unterminated string").isLessThan(dot.length());
                    char d = dot.charAt(i);
                    assertThat(d).isNotEqualTo('\n');
                    if (d == '\\') {
                        i += 2;
                    } else if (d == '"') {
                        i++;
                        break;
                    } else {
                        i++;
                    }
                }
                outside.append("Q");
            } else {
                outside.append(c);
                i++;
            }
        }
        String rest = outside.toString();
        assertThat(rest).matches("(?s)[A-Za-z0-9_=;,\\[\\]{}\\s>-]*");
        String words = rest.replaceAll("[^A-Za-z_]+", " ").trim();
        for (String w : words.split(" ")) {
            assertThat(w).isIn("Q", "digraph", "rankdir", "LR", "node", "edge", "subgraph", "label", "style",
                    "shape", "fillcolor", "fontname", "id");
        }
    }

    public static Document parseGraphml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder db = f.newDocumentBuilder();
        Document doc = db.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("graphml");
        // keys come first, then the one graph; every data refers to a key declared before it for its element type
        Set<String> nodeKeys = new HashSet<>();
        Set<String> edgeKeys = new HashSet<>();
        boolean seenGraph = false;
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            assertThat(e.getNamespaceURI()).isEqualTo(NS);
            if (e.getLocalName().equals("key")) {
                assertThat(seenGraph).as("key after graph").isFalse();
                (e.getAttribute("for").equals("node") ? nodeKeys : edgeKeys).add(e.getAttribute("id"));
                assertThat(e.getAttribute("for")).isIn("node", "edge");
            } else {
                assertThat(e.getLocalName()).isEqualTo("graph");
                assertThat(e.getAttribute("edgedefault")).isEqualTo("directed");
                seenGraph = true;
            }
        }
        assertThat(seenGraph).isTrue();
        assertThat(nodeKeys).containsExactlyInAnyOrder("label", "kind", "domain", "archetype", "status");
        assertThat(edgeKeys).containsExactlyInAnyOrder("accessMode", "contract", "via", "id");
        for (Element d : elements(doc, "data")) {
            String owner = d.getParentNode().getLocalName();
            assertThat(owner.equals("node") ? nodeKeys : edgeKeys).contains(d.getAttribute("key"));
        }
        return doc;
    }

    static List<Element> elements(Document doc, String local) {
        NodeList list = doc.getElementsByTagNameNS(NS, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static String data(Element owner, String key) {
        NodeList list = owner.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }

    static int count(String s, Pattern p) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
