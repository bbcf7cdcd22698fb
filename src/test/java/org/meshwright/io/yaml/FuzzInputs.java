package org.meshwright.io.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.meshwright.bench.MeshGenerator;
import org.meshwright.model.Topology;

/**
 * jqwik generators of hostile mesh files for fuzzing {@link MeshReader}: real files (the
 * samples, the templates, small generated meshes and the fuzz corpus) with one to four
 * mutations each (byte flips, inserted and deleted bytes, truncation, line shuffles,
 * re-indentation, inserted YAML constructs such as anchors, aliases, merge keys, tags,
 * directives, deep nesting, huge scalars, duplicate keys, values of the wrong type and
 * unusual unicode, splices of two files), and token soups of YAML syntax.
 */
final class FuzzInputs {

    /** Where the corpus of interesting inputs lives, replayed by {@code ReaderFuzzCorpusTest}. */
    static final Path CORPUS = Path.of("src", "test", "resources", "fuzz-corpus");

    private static final List<byte[]> SEEDS = loadSeeds();

    private FuzzInputs() {
    }

    /** The files mutations start from. */
    static List<byte[]> seeds() {
        return SEEDS;
    }

    private static List<byte[]> loadSeeds() {
        List<byte[]> seeds = new ArrayList<>();
        try {
            for (Path dir : List.of(Path.of("samples"), Path.of("src/main/resources/org/meshwright/templates"), CORPUS)) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.sorted().toList()) {
                        byte[] bytes = Files.readAllBytes(file);
                        if (bytes.length < 256 * 1024) {
                            seeds.add(bytes);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MeshWriter writer = new MeshWriter();
        for (Topology topology : Topology.values()) {
            seeds.add(writer.write(MeshGenerator.builder().nodes(40).seed(topology.ordinal()).topology(topology)
                    .productCycles(1).build().generate()).getBytes(StandardCharsets.UTF_8));
        }
        return List.copyOf(seeds);
    }

    // ---- the generators --------------------------------------------------------------------

    /** Mostly mutated real files, now and then a token soup. */
    static Arbitrary<byte[]> inputs() {
        return Arbitraries.frequencyOf(Tuple.of(9, mutated()), Tuple.of(1, soups()));
    }

    /** A seed file with one to four mutations. */
    static Arbitrary<byte[]> mutated() {
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, SEEDS.size() - 1);
        return Combinators.combine(seed, mutations().list().ofMinSize(1).ofMaxSize(4))
                .as((s, list) -> {
                    byte[] bytes = SEEDS.get(s);
                    for (Mutation m : list) {
                        bytes = m.apply(bytes);
                    }
                    return bytes;
                });
    }

    /** Random YAML tokens strung together: indicators, scalars, anchors, tags, breaks. */
    static Arbitrary<byte[]> soups() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(80)
                .map(tokens -> String.join("", tokens).getBytes(StandardCharsets.UTF_8));
    }

    static Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0))
                .as(Mutation::new);
    }

    // ---- mutations -------------------------------------------------------------------------

    enum Kind {
        FLIP_BYTE, INSERT_BYTES, DELETE_BYTES, TRUNCATE, SHUFFLE_LINES, SWAP_LINES, DUPLICATE_LINE, DELETE_LINE,
        REINDENT_LINE, INSERT_CONSTRUCT, REPLACE_VALUE, SPLICE, HUGE_SCALAR, DEEP_NESTING, ENCODING
    }

    /** One change to a file; {@code a}, {@code b}, {@code c} choose where and what. */
    record Mutation(Kind kind, int a, int b, int c) {

        byte[] apply(byte[] in) {
            return switch (kind) {
                case FLIP_BYTE -> flip(in);
                case INSERT_BYTES -> insert(in, a, interestingBytes(b, c));
                case DELETE_BYTES -> in.length == 0 ? in : delete(in, a % in.length, 1 + b % 16);
                case TRUNCATE -> Arrays.copyOf(in, in.length == 0 ? 0 : a % in.length);
                case SHUFFLE_LINES -> shuffleLines(in);
                case SWAP_LINES -> lines(in, lines -> Collections.swap(lines, a % lines.size(), b % lines.size()));
                case DUPLICATE_LINE -> lines(in, lines -> {
                    int i = a % lines.size();
                    lines.add(i, lines.get(i));
                });
                case DELETE_LINE -> lines(in, lines -> lines.remove(a % lines.size()));
                case REINDENT_LINE -> lines(in, lines -> {
                    int i = a % lines.size();
                    String line = lines.get(i);
                    String stripped = line.stripLeading();
                    int indent = line.length() - stripped.length();
                    int shift = b % 5 - 2;
                    String prefix = c % 7 == 0 ? "\t" : " ".repeat(Math.max(0, indent + shift));
                    lines.set(i, prefix + stripped);
                });
                case INSERT_CONSTRUCT -> lines(in, lines -> {
                    int i = a % lines.size();
                    String indent = indentOf(lines.get(i));
                    String construct = CONSTRUCTS[b % CONSTRUCTS.length];
                    for (String piece : construct.split("\n", -1)) {
                        lines.add(i++, indent + piece);
                    }
                });
                case REPLACE_VALUE -> lines(in, lines -> {
                    int i = a % lines.size();
                    String line = lines.get(i);
                    int colon = line.indexOf(": ");
                    String value = VALUES[b % VALUES.length];
                    lines.set(i, colon < 0 ? line + value : line.substring(0, colon + 2) + value);
                });
                case SPLICE -> {
                    byte[] other = SEEDS.get(b % SEEDS.size());
                    int cut = in.length == 0 ? 0 : a % in.length;
                    int from = other.length == 0 ? 0 : c % other.length;
                    byte[] out = Arrays.copyOf(in, cut + other.length - from);
                    System.arraycopy(other, from, out, cut, other.length - from);
                    yield out;
                }
                case HUGE_SCALAR -> lines(in, lines -> {
                    int i = a % lines.size();
                    String line = lines.get(i);
                    int colon = line.indexOf(": ");
                    // 1 KiB to 16 KiB of text, one time in eight up to 1 MiB; plain, quoted or a block
                    int length = 1 << (10 + (c % 8 == 0 ? b % 11 : b % 5));
                    String text = "x".repeat(length);
                    String value = switch (c / 8 % 3) {
                        case 0 -> text;
                        case 1 -> "\"" + text + "\"";
                        default -> "|\n" + indentOf(line) + "    " + text;
                    };
                    lines.set(i, colon < 0 ? line + " " + text : line.substring(0, colon + 2) + value);
                });
                case DEEP_NESTING -> lines(in, lines -> {
                    int i = a % lines.size();
                    String line = lines.get(i);
                    int colon = line.indexOf(": ");
                    int depth = 1 + b % 200;
                    String value = switch (c % 3) {
                        case 0 -> "[".repeat(depth) + "]".repeat(depth);
                        case 1 -> "{a: ".repeat(depth) + "x" + "}".repeat(depth);
                        default -> "- ".repeat(depth) + "x";
                    };
                    lines.set(i, colon < 0 ? value : line.substring(0, colon + 2) + value);
                });
                case ENCODING -> encode(in);
            };
        }

        private byte[] flip(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[a % in.length] ^= (byte) (1 + b % 255);
            return out;
        }

        private byte[] shuffleLines(byte[] in) {
            return lines(in, lines -> {
                // a window of up to 12 lines, or (rarely) the whole file
                int from = a % lines.size();
                int to = c % 5 == 0 ? lines.size() : Math.min(lines.size(), from + 2 + b % 11);
                Collections.shuffle(lines.subList(from, to), new Random(b));
            });
        }

        private byte[] encode(byte[] in) {
            String text = new String(in, StandardCharsets.UTF_8);
            return switch (a % 5) {
                case 0 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
                case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
                case 2 -> text.getBytes(StandardCharsets.UTF_16LE); // no byte order mark
                case 3 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes(StandardCharsets.UTF_16LE));
                default -> text.getBytes(StandardCharsets.ISO_8859_1);
            };
        }

        private static byte[] interestingBytes(int b, int c) {
            byte[][] choices = {
                {0}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE}, {'\t'}, {'\r'},
                {':'}, {'-'}, {'{'}, {'['}, {'&'}, {'*'}, {'!'}, {'|'}, {'>'}, {'#'}, {'"'}, {'\''}, {'\n'},
                {'%'}, {'@'}, {'`'}, {'?'}, {',', ' '}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC2, (byte) 0x85}, {(byte) 0xF0, (byte) 0x9F}};
            if (c % 4 == 0) {
                byte[] random = new byte[1 + b % 8];
                new Random(b).nextBytes(random);
                return random;
            }
            return choices[b % choices.length];
        }
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        int pos = in.length == 0 ? 0 : at % (in.length + 1);
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, pos);
        System.arraycopy(what, 0, out, pos, what.length);
        System.arraycopy(in, pos, out, pos + what.length, in.length - pos);
        return out;
    }

    private static byte[] delete(byte[] in, int at, int length) {
        int end = Math.min(in.length, at + length);
        byte[] out = new byte[in.length - (end - at)];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, end, out, at, in.length - end);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Applies {@code change} to the file's lines (decoded leniently as UTF-8). */
    private static byte[] lines(byte[] in, java.util.function.Consumer<List<String>> change) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
        change.accept(lines);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** YAML constructs inserted as lines at the indentation of the line they go before. */
    private static final String[] CONSTRUCTS = {
        "x-anchor: &a {id: dup, kind: consumer}",
        "- *a",
        "<<: *a",
        "<<: [*a, *a]",
        "x-a: &a [*a]",
        "anchored: &x value\nalias: *x",
        "- &n {id: n1, kind: data-product}\n- *n",
        "x-lol: &l1 [a, a, a, a, a, a, a, a, a, a]\nx-lol2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\n"
                + "x-lol3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]\nx-lol4: [*l3, *l3, *l3, *l3, *l3, *l3]",
        "x-tag: !!binary aGVsbG8=",
        "x-tag: !custom value",
        "x-tag: !<tag:example.com,2000:app> v",
        "x-tag: !!python/object:os.system ls",
        "x-tag: !!java.net.URL [http://x]",
        "id: dup\nid: dup",
        "name: a\nname: b",
        "spec:\n  topology: governed",
        "---",
        "...",
        "%YAML 1.1",
        "%TAG ! tag:example.com,2000:",
        "? [complex, key]\n: value",
        "? {a: b}\n: c",
        "!!null : x",
        "~: null",
        "x-empty:",
        "- - - nested",
        "x-flow: {a: [b, {c: d}], e: f}",
        "x-bad-flow: {a: b",
        "x-bad-flow: [a, b",
        "x-quote: \"unterminated",
        "x-quote: 'it''s'",
        "x-block: |\n  line\n   more",
        "x-folded: >-\n  folded\n  text",
        "x-block: |9\n  bad",
        "x-rtl: \"\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0628\u064A\u0627\u0646\u0627\u062A\"",
        "x-zero-width: \"a\u200Bb\u200Dc\uFEFFd\"",
        "x-controls: \"\\u0000\\u0007\\b\\x1b[31m\\e\"",
        "x-raw-controls: a\u0007b",
        "x-nel: a\u0085b\u2028c\u2029d",
        "x-emoji: \uD83E\uDD84\uD83D\uDE80 \u0301\u0301\u0301",
        "x-lone-surrogate: \"\\uD800\"",
        "x-escaped-surrogates: \"\\uD83D\\uDE80\"",
        "x-big-int: 99999999999999999999999999999999999999",
        "x-float: 1e400",
        "x-nan: .nan",
        "x-inf: -.inf",
        "x-hex: 0x1F",
        "x-octal: 0o17",
        "x-sexagesimal: 1:20",
        "x-date: 2024-01-01T10:00:00Z",
        "x-bool: yes",
        "x-merge-scalar: {<<: 5}",
        "# just a comment",
        "\t- tab indented",
        "  : dangling",
        "- item at the wrong place",
        "\u0000",
    };

    /** Values put after a key's {@code ': '}: wrong types, keywords, odd scalars. */
    private static final String[] VALUES = {
        "[1, 2]", "{a: b}", "[]", "{}", "- x", "123", "-1", "1.5", "1e3", "true", "false", "yes", "no", "on", "off",
        "~", "null", "\"\"", "''", "!!null", "!!str 5", "!!int x", "!!bool maybe", "!!float nope", "*undefined",
        "&a", "&a x", "*a", "|", ">", "\"unterminated", "'", "#", "@", "`", "%", "governed", "harmonized",
        "federated", "data-product", "source-system", "consumer", "hub", "platform", "anonymizer", "governance",
        "virtualization", "UPPER", "Governed", "a b c", "-", "--- x", "...", "x" + "y".repeat(70), "id with spaces",
        "\u202Eid", "\u0627\u0644\u0628\u064A", "\uD83E\uDD84", "PT15M", "P", "P1D", "150", "-0", "99.99", "0x10",
        ".5", "+1", "1_000", "[a, [b, [c]]]", "{id: x, kind: hub}", "[{from: a, to: b}]", "*a\n*a",
        "<<", "? x", "!custom x", "!<tag:yaml.org,2002:str> x",
    };

    /** Pieces of YAML syntax for the token soups. */
    private static final String[] TOKENS = {
        "apiVersion", "meshwright/v1", "kind", "Mesh", "metadata", "name", "spec", "topology", "governed", "domains",
        "nodes", "links", "layout", "id", "from", "to", "via", "x-ext", "a", "b", "1", "1.5", "true", "~", "null",
        ":", ": ", " ", "  ", "\n", "\n  ", "\n    ", "- ", "-", "[", "]", "{", "}", ",", "? ", "&a ", "*a", "&b ",
        "*b", "<<: ", "!!str ", "!x ", "!!map ", "|", ">", "|-", "\"", "'", "#", "%YAML 1.2\n", "---\n", "...\n",
        "\t", "\r\n", "\\", "\u202E", "\uFEFF", "\u0085", "\uD83D\uDE80", "\u0000", "@", "`", "%",
    };
}
