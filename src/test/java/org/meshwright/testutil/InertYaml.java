package org.meshwright.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Asserts that exported YAML cannot be steered by the text it carries: no anchors, aliases
 * or explicit tags; keys are plain names; every text value is double-quoted (so YAML 1.1
 * and 1.2 readers see the same string, and no quote, colon, hash or line break in it can
 * change the structure); the only plain values are numbers and booleans.
 */
public final class InertYaml {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9./_-]*");
    private static final Pattern PLAIN = Pattern.compile("true|false|-?[0-9]+(\\.[0-9]+)?");

    private InertYaml() {
    }

    /** Checks every document of {@code yaml}; returns how many there are. */
    public static int assertInert(String yaml) {
        int documents = 0;
        for (Node root : new Yaml().composeAll(new StringReader(yaml))) {
            check(root);
            documents++;
        }
        return documents;
    }

    private static void check(Node node) {
        assertThat(node.getAnchor()).as("anchor at " + node.getStartMark()).isNull();
        if (node instanceof MappingNode m) {
            assertThat(m.getTag()).isEqualTo(Tag.MAP);
            for (NodeTuple t : m.getValue()) {
                ScalarNode key = (ScalarNode) t.getKeyNode();
                assertThat(key.getScalarStyle()).isEqualTo(DumperOptions.ScalarStyle.PLAIN);
                assertThat(key.getValue()).matches(KEY);
                check(t.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            assertThat(s.getTag()).isEqualTo(Tag.SEQ);
            s.getValue().forEach(InertYaml::check);
        } else {
            ScalarNode scalar = (ScalarNode) node;
            if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                assertThat(scalar.getValue()).as("plain value at " + node.getStartMark()).matches(PLAIN);
            } else {
                assertThat(scalar.getScalarStyle()).as(scalar.getValue()).isEqualTo(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                assertThat(scalar.getTag()).isEqualTo(Tag.STR);
            }
        }
    }
}
