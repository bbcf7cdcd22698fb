package org.meshwright.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of read error: the message says what and where, never a stack trace. */
class ReadErrorTest {

    private static final String HEAD = """
            apiVersion: meshwright/v1
            kind: Mesh
            metadata:
              name: demo
            spec:
              topology: governed
            """;

    private final MeshReader reader = new MeshReader();

    private ReadError onlyError(String yaml) {
        MeshReadException e = catchThrowableOfType(MeshReadException.class, () -> reader.read(yaml, "bad.mesh.yaml"));
        assertThat(e).as("read error expected").isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.first();
    }

    private static void assertAt(ReadError error, int line, int column, String message) {
        assertThat(error.file()).isEqualTo("bad.mesh.yaml");
        assertThat(error.message()).contains(message);
        assertThat(error.line()).as("line of: " + error.message()).isEqualTo(line);
        assertThat(error.column()).as("column of: " + error.message()).isEqualTo(column);
        assertThat(error.format()).startsWith("bad.mesh.yaml:" + line + ":" + column + ": ");
    }

    @Test
    void unknownFieldSuggestsTheNearestKnownOne() {
        ReadError e = onlyError(HEAD + """
                  domains:
                    - id: shop
                      ownr: shop-team
                """);
        assertAt(e, 9, 7, "unknown field 'ownr'; did you mean 'owner'?");
    }

    @Test
    void unknownFieldFarFromAnyListsTheKnownFields() {
        ReadError e = onlyError(HEAD + """
                  domains:
                    - id: shop
                      colour: red
                """);
        assertAt(e, 9, 7, "unknown field 'colour' in a domain; known fields are id, name, owner, description, platform");
    }

    @Test
    void duplicateIdAcrossDomainsAndNodes() {
        ReadError e = onlyError(HEAD + """
                  domains:
                    - id: shop
                  nodes:
                    - id: shop
                      kind: consumer
                """);
        assertAt(e, 10, 11, "duplicate id 'shop': already used at line 8");
    }

    @Test
    void valueOutsideItsEnumListsTheChoices() {
        ReadError e = onlyError(HEAD + """
                  nodes:
                    - id: w
                      kind: warehouse
                """);
        assertAt(e, 9, 13, "'warehouse' is not a valid kind; use one of data-product, source-system, consumer, hub,"
                + " platform, governance, anonymizer, virtualization");
    }

    @Test
    void idBreakingThePatternIsRefusedWithASuggestion() {
        ReadError e = onlyError(HEAD + """
                  domains:
                    - id: Sales Order
                """);
        assertAt(e, 8, 11, "'Sales Order' is not a valid id for 'id'");
        assertThat(e.message()).contains("(e.g. 'sales-order')");
    }

    @Test
    void referenceBreakingThePatternIsARreadError() {
        ReadError e = onlyError(HEAD + """
                  links:
                    - from: A
                      to: b
                """);
        assertAt(e, 8, 13, "'A' is not a valid id for 'from'");
    }

    @Test
    void wrongTypeForABoolean() {
        ReadError e = onlyError(HEAD + """
                  nodes:
                    - id: p
                      kind: data-product
                      pii: yes
                """);
        assertAt(e, 10, 12, "'pii' must be true or false, found 'yes'");
    }

    @Test
    void quotedNumberIsAWrongType() {
        ReadError e = onlyError(HEAD + """
                  nodes:
                    - id: p
                      kind: consumer
                layout:
                  nodes:
                    p: {x: "10", y: 20}
                """);
        assertAt(e, 12, 12, "'x' must be a number, found '10' in quotes");
    }

    @Test
    void aMapWhereAListBelongs() {
        ReadError e = onlyError(HEAD + """
                  domains:
                    id: shop
                """);
        assertAt(e, 8, 5, "'spec.domains' must be a list, found a map");
    }

    @Test
    void twoLinksWithTheSameDefaultId() {
        ReadError e = onlyError(HEAD + """
                  links:
                    - from: a
                      to: b
                    - from: a
                      to: b
                      accessMode: stream
                """);
        assertAt(e, 10, 7, "a second link from 'a' to 'b' (the first at line 8)");
    }

    @Test
    void twoLinksWithTheSameExplicitId() {
        ReadError e = onlyError(HEAD + """
                  links:
                    - {from: a, to: b, id: ab}
                    - {from: a, to: c, id: ab}
                """);
        assertAt(e, 9, 7, "duplicate link id 'ab' (first at line 8)");
    }

    @Test
    void duplicateKeyInAMap() {
        ReadError e = onlyError(HEAD + """
                  domains:
                    - id: shop
                      owner: a
                      owner: b
                """);
        assertAt(e, 10, 7, "duplicate key 'owner' (first at line 9)");
    }

    @Test
    void dataProductFieldOnAnotherKind() {
        ReadError e = onlyError(HEAD + """
                  nodes:
                    - id: dash
                      kind: consumer
                      archetype: aggregate
                """);
        assertAt(e, 10, 7, "'archetype' belongs to data products only; node 'dash' is a consumer");
    }

    @Test
    void unknownRuleIdUnderPolicies() {
        ReadError e = onlyError(HEAD + """
                  policies:
                    severities:
                      unused-prodct: off
                """);
        assertAt(e, 9, 7, "unknown rule id 'unused-prodct' under policies.severities; did you mean 'unused-product'?");
    }

    @Test
    void missingRequiredField() {
        ReadError e = onlyError(HEAD + """
                  nodes:
                    - kind: consumer
                """);
        assertAt(e, 8, 7, "a node has no 'id'; add one");
    }

    @Test
    void wrongApiVersion() {
        ReadError e = onlyError(HEAD.replace("meshwright/v1", "meshwright/v2"));
        assertAt(e, 1, 13, "'apiVersion' is 'meshwright/v2'; this version of Meshwright reads 'apiVersion: meshwright/v1'");
    }

    @Test
    void sloOutOfRangeAndBadDuration() {
        MeshReadException e = catchThrowableOfType(MeshReadException.class, () -> reader.read(HEAD + """
                  nodes:
                    - id: p
                      kind: data-product
                      slo: {availability: 101, freshness: 15min}
                """, "bad.mesh.yaml"));
        assertThat(e.errors()).hasSize(2);
        assertAt(e.errors().get(0), 10, 27, "'availability' is a percentage from 0 to 100");
        assertAt(e.errors().get(1), 10, 43, "'freshness' must be an ISO-8601 duration");
    }

    @Test
    void extensionFieldsAreNotAllowedInLayoutEntries() {
        ReadError e = onlyError(HEAD + """
                layout:
                  nodes:
                    p: {x: 1, y: 2, x-color: red}
                """);
        assertAt(e, 9, 21, "unknown field 'x-color'");
    }

    @Test
    void everyErrorOfAFileIsReportedInFileOrder() {
        MeshReadException e = catchThrowableOfType(MeshReadException.class, () -> reader.read(HEAD + """
                  domains:
                    - id: shop
                      ownr: a
                  nodes:
                    - id: Bad
                      kind: consumer
                    - id: q
                      kind: hubb
                """, "bad.mesh.yaml"));
        assertThat(e.errors()).extracting(ReadError::line).containsExactly(9, 11, 14);
    }

    // ---- YAML syntax and safety limits --------------------------------------------------

    @Test
    void syntaxErrorHasAPosition() {
        ReadError e = onlyError("apiVersion: meshwright/v1\nkind: [Mesh\n");
        assertThat(e.message()).startsWith("YAML syntax error:");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void aSecondDocumentIsRefused() {
        ReadError e = onlyError(HEAD + "---\nother: 1\n");
        assertAt(e, 7, 1, "the file holds a second YAML document");
    }

    @Test
    void customTagsAreRefused() {
        assertAt(onlyError("a: !!java.io.File /etc/passwd\n"), 1, 4, "custom tag '!!java.io.File' is not allowed");
        assertAt(onlyError("a: !foo bar\n"), 1, 4, "custom tag '!foo' is not allowed");
    }

    @Test
    @Timeout(10)
    void nestingDeeperThan64LevelsIsRefused() {
        String deep = "a: " + "[".repeat(65) + "]".repeat(65) + "\n";
        assertAt(onlyError(deep), 1, 67, "the file nests deeper than 64 levels");
        String ok = HEAD + "x-deep: " + "[".repeat(60) + "]".repeat(60) + "\n";
        assertThat(catchThrowableOfType(MeshReadException.class, () -> reader.read(ok, "ok"))).isNull();
    }

    @Test
    @Timeout(10)
    void moreThan1000AliasesAreRefused() {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-a: &a v\nx-list:\n");
        for (int i = 0; i < 1001; i++) {
            yaml.append("  - *a\n");
        }
        ReadError e = onlyError(yaml.toString());
        assertThat(e.message()).contains("more than 1000 aliases");
        assertThat(e.line()).isEqualTo(9 + 1000);
    }

    @Test
    @Timeout(10)
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThat(onlyError(yaml.toString()).message()).contains("aliases expand to more than 1000000 further nodes");
    }

    @Test
    @Timeout(30)
    void aFileOfMoreThanAMillionNodesWithOneAliasStillReads() throws Exception {
        // The limit is on what aliases add, not on the size of the file.
        StringBuilder yaml = new StringBuilder(HEAD).append("x-anchor: &a [1, 2]\nx-alias: *a\nx-big: [0");
        yaml.append(", 1".repeat(1_100_000)).append("]\n");
        assertThat(reader.read(yaml.toString(), "big.mesh.yaml").mesh().extensions()).containsKey("x-big");
    }

    @Test
    void recursiveAliasIsRefused() {
        assertThat(onlyError("a: &a [*a]\n").message()).containsAnyOf("recursive", "YAML");
    }

    @Test
    void fileOver64MiBIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.mesh.yaml");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.position(64L * 1024 * 1024 + 1);
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        assertThatThrownBy(() -> reader.read(big))
                .isInstanceOf(MeshReadException.class)
                .hasMessageContaining("limited to 64 MiB");
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() throws Exception {
        byte[] bytes = (HEAD + "x-bad: caf").getBytes(StandardCharsets.UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        withBad[bytes.length] = (byte) 0xE9; // Latin-1 'é'
        withBad[bytes.length + 1] = '\n';
        MeshReadException e = catchThrowableOfType(MeshReadException.class, () -> reader.read(withBad, "bad.mesh.yaml"));
        assertAt(e.first(), 7, 11, "the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    }

    @Test
    void emptyFileSaysWhatAMeshFileLooksLike() {
        assertAt(onlyError(""), 1, 1, "the file holds no mesh");
        assertAt(onlyError("# just a comment\n"), 1, 1, "the file holds no mesh");
    }

    @Test
    void missingFileAndFolderAreReadErrorsWithoutPosition(@TempDir Path dir) {
        MeshReadException missing = catchThrowableOfType(MeshReadException.class,
                () -> reader.read(dir.resolve("nope.mesh.yaml")));
        assertThat(missing.first().format()).endsWith("nope.mesh.yaml: no such file; check the path");
        MeshReadException folder = catchThrowableOfType(MeshReadException.class, () -> reader.read(dir));
        assertThat(folder.first().message()).contains("is a folder");
    }

    @Test
    void topLevelThatIsNoMap() throws Exception {
        assertAt(onlyError("- a\n- b\n"), 1, 1, "the mesh file must be a map of fields, found a list");
    }

    @Test
    void readErrorsFromAFileNameThatFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.mesh.yaml");
        Files.writeString(file, HEAD + "  nodes: 3\n");
        MeshReadException e = catchThrowableOfType(MeshReadException.class, () -> reader.read(file));
        assertThat(e.first().format()).isEqualTo(file + ":7:10: 'spec.nodes' must be a list, found '3'");
    }

    // ---- found by fuzzing (see ReaderFuzz and src/test/resources/fuzz-corpus) ----------

    @Test
    void anEscapeOfHalfACharacterIsRefused() {
        ReadError e = onlyError(HEAD + "x-text: \"a\\uD800b\"\n");
        assertAt(e, 7, 9, "the escape '\\uD800' is half of a character");
    }

    @Test
    void anEscapedPairOfSurrogatesIsOneCharacter() throws Exception {
        Object text = reader.read(HEAD + "x-text: \"\\uD83D\\uDE80\"\n", "ok").mesh().extensions().get("x-text");
        assertThat(text).isEqualTo("\uD83D\uDE80");
    }

    @Test
    void messagesShowControlCharactersAsEscapesOnOneLine() {
        ReadError directive = onlyError("%\r\n");
        assertThat(directive.message()).contains("\\r").doesNotContain("\r");
        ReadError value = onlyError(HEAD.replace("governed", "\"gov\\e[31m\\u202Eerned\\u0085\""));
        assertThat(value.message()).startsWith("'gov\\u001B[31m\\u202Eerned\\u0085' is not a valid topology");
    }

    @Test
    void aHugeUnknownFieldIsReportedWithoutComparingItToEveryKnownOne() {
        ReadError e = onlyError(HEAD.replace("  topology: governed",
                "  topology: governed\n  ? " + "x".repeat(2_000_000) + "\n  : 1"));
        assertThat(e.message()).startsWith("unknown field 'xxxxxxxxxx").contains("...' in 'spec'");
    }

    @Test
    @Timeout(120)
    void aLongRunOfTextWithoutSpacesReadsInLinearTime() throws Exception {
        // SnakeYAML's own buffer made this quadratic: 8 MB took about three minutes, 16 MB about twelve.
        String run = "x".repeat(16 * 1024 * 1024);
        for (String value : List.of(run, "\"" + run + "\"", "|\n    " + run)) {
            String yaml = HEAD.replace("  name: demo", "  name: demo\n  description: " + value);
            assertThat(reader.read(yaml, "long.mesh.yaml").mesh().metadata().description()).startsWith(run);
        }
    }

    @Test
    void anEscapeCutShortByTheEndOfTheFileIsASyntaxError() {
        ReadError e = onlyError(HEAD + "x-text: \"abc\\u");
        assertAt(e, 7, 7, "YAML syntax error: a broken escape after this point");
    }

    @Test
    void anchorAndTagNamesInMessagesAreShownAsEscapes() {
        assertThat(onlyError(HEAD + "x-a: *a\u202E|b\n").message())
                .isEqualTo("the alias '*a\\u202E|b' names no anchor; define '&a\\u202E|b' before it");
        assertThat(onlyError(HEAD + "x-t: !e%E2%80%AEvil%0A v\n").message())
                .startsWith("custom tag '!e\\u202Evil\\n' is not allowed");
    }
}
