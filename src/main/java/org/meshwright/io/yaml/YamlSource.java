package org.meshwright.io.yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Turns the bytes of a mesh file into a YAML node tree, within the safety limits of the
 * format: at most 64 MiB, nesting at most 64 levels, at most 1,000 aliases expanding to at
 * most 1,000,000 nodes, one document, no custom tags, UTF-8 (or UTF-16 with a byte order
 * mark). Every refusal is a {@link MeshReadException} with a position where there is one.
 */
final class YamlSource {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 1_000;
    static final long MAX_EXPANDED_NODES = 1_000_000;

    /** The standard tags a file may spell out; anything else is a custom tag. */
    private static final Set<String> ALLOWED_TAGS = Set.of(
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
            "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
            "tag:yaml.org,2002:seq", "tag:yaml.org,2002:merge", "tag:yaml.org,2002:timestamp", "!");

    private final String file;

    YamlSource(String file) {
        this.file = file;
    }

    /**
     * The file's bytes in UTF-8 for {@link #parseFast}: as they are where the file is UTF-8
     * (valid or not: the fast parser checks), converted from UTF-16. Refuses what
     * {@link #decode} refuses before decoding: a file too large, UTF-32.
     */
    byte[] utf8(byte[] bytes) throws MeshReadException {
        checkSizeAndEncoding(bytes);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /** Decodes the file's bytes: UTF-8 with or without BOM, or UTF-16 with a BOM. */
    String decode(byte[] bytes) throws MeshReadException {
        checkSizeAndEncoding(bytes);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeStrict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeStrict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeStrict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        return decodeStrict(bytes, 0, StandardCharsets.UTF_8);
    }

    private void checkSizeAndEncoding(byte[] bytes) throws MeshReadException {
        if (bytes.length > MAX_BYTES) {
            throw error(0, 0, "the file is " + (bytes.length / (1024 * 1024)) + " MiB; mesh files are limited to 64 MiB."
                    + " Split the mesh or remove large embedded text");
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw error(1, 1, "the file is encoded in UTF-32; save it as UTF-8");
        }
    }

    private String decodeStrict(byte[] bytes, int offset, java.nio.charset.Charset charset) throws MeshReadException {
        if (charset == StandardCharsets.UTF_8 && isAscii(bytes, offset)) {
            // ASCII is UTF-8 as it is; this spares the decoder's buffer of two bytes a character
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int bad = badByteOffset(bytes, offset, charset);
            int[] lc = lineColumnOfByte(bytes, offset, bad, charset);
            throw error(lc[0], lc[1], "the file is not valid " + charsetName(charset)
                    + " (byte 0x" + String.format("%02X", bytes[bad] & 0xFF) + "); save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw error(0, 0, "the file is not valid " + charsetName(charset) + "; save it as UTF-8");
        }
    }

    private static boolean isAscii(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String charsetName(java.nio.charset.Charset charset) {
        return charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
    }

    /** The offset of the first byte the decoder refuses, found by decoding in steps. */
    private static int badByteOffset(byte[] bytes, int offset, java.nio.charset.Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    private static int[] lineColumnOfByte(byte[] bytes, int offset, int bad, java.nio.charset.Charset charset) {
        String before = new String(bytes, offset, bad - offset, charset);
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tree of the UTF-8 bytes as {@link BlockYamlParser} reads them, the large sections
     * handed to {@code sink} where it is not {@code null}; {@code null} where the file needs
     * SnakeYAML.
     */
    YNode parseFast(byte[] utf8, SectionSink sink) {
        return BlockYamlParser.parse(utf8, strings(utf8.length), sink);
    }

    /** Composes the single document of {@code text} with SnakeYAML; {@code null} for a file with no document. */

    YNode composeWithSnakeYaml(String text) throws MeshReadException {
        StringTable shared = strings(text.length());
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_BYTES);
        options.setProcessComments(false);
        LimitingParser parser = new LimitingParser(new ParserImpl(streamReader(text), options));
        try {
            parser.getEvent(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            parser.getEvent(); // document start
            Map<String, YNode> anchors = new java.util.HashMap<>();
            YNode root = node(parser, anchors, shared);
            parser.getEvent(); // document end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Mark mark = parser.peekEvent().getStartMark();
                throw error(mark, "the file holds a second YAML document; a mesh file is one document (remove the '---' and what follows, or move it to its own file)");
            }
            if (parser.aliases > 0) {
                checkExpansion(root); // without aliases a document cannot expand beyond its size
            }
            return root;
        } catch (LimitException e) {
            throw error(e.mark, e.getMessage());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw error(mark, "YAML syntax error: " + clean(problem) + contextOf(e));
        } catch (ReaderException e) {
            int[] lc = lineColumnOfChar(text, e.getPosition());
            throw error(lc[0], lc[1], "the file holds a character YAML does not allow (U+"
                    + String.format("%04X", e.getCodePoint()) + "); remove it or write it as an escape in double quotes");
        } catch (YAMLException e) {
            throw error(0, 0, "YAML error: " + clean(e.getMessage()));
        } catch (NumberFormatException e) {
            // SnakeYAML's scanner, on an escape cut short by the end of the file (a backslash and u, no digits)
            throw error(parser.lastMark, "YAML syntax error: a broken escape after this point; in double quotes,"
                    + " \\x, \\u and \\U take 2, 4 and 8 hex digits");
        } catch (RuntimeException e) {
            // a parser failure SnakeYAML does not report as a YAML error: still the file's fault
            throw error(parser.lastMark, "YAML error after this point (" + e.getClass().getSimpleName()
                    + "); check the YAML syntax here");
        } catch (StackOverflowError e) {
            throw error(0, 0, "the file nests too deeply to read; mesh files nest at most " + MAX_DEPTH + " levels");
        }
    }

    /** Below this many characters SnakeYAML's own 1,024-character buffer costs nothing much. */
    private static final int SMALL_TEXT = 64 * 1024;
    /** The buffer for larger texts: long runs of text cost one window copy per 4 Mi characters, not per 1,024. */
    private static final int WIDE_BUFFER = 4 * 1024 * 1024;

    /**
     * SnakeYAML's reader copies its whole window of unread characters each time it reads
     * another 1,024, so one long run without a space or line break (a 1 MB name, a base64
     * blob) costs time quadratic in its length: 8 MB took minutes, and a 64 MiB file would
     * have taken hours. A buffer of 4 Mi characters, put in place of SnakeYAML's own
     * (a private field, hence reflection), makes that a few seconds at worst. Where the field
     * cannot be replaced, reading still works, slowly.
     */
    private static StreamReader streamReader(String text) {
        StreamReader reader = new StreamReader(new StringReader(text));
        if (text.length() > SMALL_TEXT) {
            try {
                java.lang.reflect.Field buffer = StreamReader.class.getDeclaredField("buffer");
                buffer.setAccessible(true);
                buffer.set(reader, new char[Math.min(text.length(), WIDE_BUFFER) + 1]);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // another SnakeYAML: keep its buffer
            }
        }
        return reader;
    }

    /** One copy of each short scalar read so far, made on the first read. */
    private StringTable strings;

    private StringTable strings(int fileLength) {
        if (strings == null) {
            strings = new StringTable(fileLength / 256);
            // the field names as the reader spells them, so that comparing a key with them is one reference check
            MeshFields.SECTIONS.values().forEach(names -> names.forEach(strings::share));
        }
        return strings;
    }

    /** Builds the node that starts with the parser's next event, and everything in it. */
    private YNode node(LimitingParser parser, Map<String, YNode> anchors, StringTable shared) {
        Event event = parser.getEvent();
        Mark mark = event.getStartMark();
        int line = mark.getLine() + 1;
        int column = mark.getColumn() + 1;
        if (event instanceof AliasEvent alias) {
            YNode target = anchors.get(alias.getAnchor());
            if (target == null) {
                String anchor = TreeReader.abbreviate(alias.getAnchor());
                throw new LimitException(mark, "the alias '*" + anchor + "' names no anchor; define '&" + anchor
                        + "' before it");
            }
            return target;
        }
        if (event instanceof ScalarEvent scalar) {
            if (scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
                checkEscapes(scalar);
            }
            boolean plain = scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
            boolean merge = "tag:yaml.org,2002:merge".equals(scalar.getTag())
                    || (plain && scalar.getTag() == null && "<<".equals(scalar.getValue()));
            YNode node = new YNode.Scalar(line, column, shared.share(scalar.getValue()), plain && scalar.getTag() == null, merge);
            remember(anchors, scalar.getAnchor(), node);
            return node;
        }
        if (event instanceof org.yaml.snakeyaml.events.SequenceStartEvent start) {
            java.util.List<YNode> items = new java.util.ArrayList<>();
            YNode node = new YNode.Sequence(line, column, items);
            remember(anchors, start.getAnchor(), node);
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(parser, anchors, shared));
            }
            parser.getEvent();
            return node;
        }
        if (event instanceof org.yaml.snakeyaml.events.MappingStartEvent start) {
            java.util.List<YNode.Entry> entries = new java.util.ArrayList<>();
            YNode node = new YNode.Mapping(line, column, entries);
            remember(anchors, start.getAnchor(), node);
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YNode key = node(parser, anchors, shared);
                YNode value = node(parser, anchors, shared);
                entries.add(new YNode.Entry(key, value));
            }
            parser.getEvent();
            return node;
        }
        throw new LimitException(mark, "unexpected YAML event " + event.getEventId());
    }

    /**
     * Refuses an escape of half a character ({@code "\uD800"}, a lone UTF-16 surrogate): no
     * UTF-8 file can hold it, so the model could not be saved as it was read.
     */
    private static void checkEscapes(ScalarEvent scalar) {
        String value = scalar.getValue();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new LimitException(scalar.getStartMark(), "the escape '\\u" + String.format("%04X", (int) c)
                        + "' is half of a character (a lone surrogate), which a mesh file cannot hold;"
                        + " remove it or escape the whole character (e.g. \\U0001F680)");
            }
        }
    }

    private static void remember(Map<String, YNode> anchors, String anchor, YNode node) {
        if (anchor != null) {
            anchors.put(anchor, node);
        }
    }

    private static String contextOf(MarkedYAMLException e) {
        if (e.getContext() != null && e.getProblem() != null && e.getContextMark() != null) {
            return " (" + clean(e.getContext()) + " at line " + (e.getContextMark().getLine() + 1) + ")";
        }
        return "";
    }

    private static String clean(String s) {
        return s == null ? "unknown problem" : TreeReader.printable(s.replace('\n', ' ').trim());
    }

    private static int[] lineColumnOfChar(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * Refuses documents whose aliases would add more than {@link #MAX_EXPANDED_NODES} nodes
     * when expanded (the nodes written out count once; a large file without tricks reads).
     */
    private void checkExpansion(YNode root) throws MeshReadException {
        Map<YNode, Long> sizes = new IdentityHashMap<>();
        long expanded = expandedSize(root, sizes, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        long added = expanded - sizes.size();
        if (added > MAX_EXPANDED_NODES) {
            throw error(root.line(), root.column(), "the file's aliases expand to more than " + MAX_EXPANDED_NODES
                    + " further nodes; Meshwright refuses it to stay safe (write the repeated parts out, or use fewer aliases)");
        }
    }

    private long expandedSize(YNode node, Map<YNode, Long> sizes, Set<YNode> inProgress) throws MeshReadException {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(node)) {
            throw error(node.line(), node.column(), "an alias refers to a node that contains it; recursive structures are not allowed");
        }
        long size = 1;
        if (node instanceof YNode.Sequence seq) {
            for (YNode child : seq.items()) {
                size = saturatedAdd(size, expandedSize(child, sizes, inProgress));
            }
        } else if (node instanceof YNode.Mapping map) {
            for (YNode.Entry entry : map.entries()) {
                size = saturatedAdd(size, expandedSize(entry.key(), sizes, inProgress));
                size = saturatedAdd(size, expandedSize(entry.value(), sizes, inProgress));
            }
        }
        inProgress.remove(node);
        sizes.put(node, size);
        return size;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 || sum > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : sum;
    }

    MeshReadException error(Mark mark, String message) {
        return mark == null ? error(0, 0, message) : error(mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    MeshReadException error(int line, int column, String message) {
        return new MeshReadException(new ReadError(file, line, column, message));
    }

    /** A limit of the format broken at {@link #mark}. */
    private static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;

        LimitException(Mark mark, String message) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }

    /**
     * Passes the parser's events on and stops at the first one that breaks a limit: nesting
     * depth, alias count, custom tags.
     */
    private static final class LimitingParser implements Parser {
        private final Parser delegate;
        private int depth;
        int aliases;
        /** Where the last event ended: the place to point at when the parser fails without a mark. */
        Mark lastMark;

        LimitingParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = delegate.getEvent();
            lastMark = event.getEndMark();
            if (event instanceof CollectionStartEvent start) {
                checkTag(start.getTag(), event);
                if (++depth > MAX_DEPTH) {
                    throw new LimitException(event.getStartMark(), "the file nests deeper than " + MAX_DEPTH
                            + " levels; Meshwright refuses it to stay safe (flatten the structure)");
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (event instanceof ScalarEvent scalar) {
                checkTag(scalar.getTag(), event);
            } else if (event instanceof AliasEvent) {
                if (++aliases > MAX_ALIASES) {
                    throw new LimitException(event.getStartMark(), "the file uses more than " + MAX_ALIASES
                            + " aliases; Meshwright refuses it to stay safe (write the repeated parts out)");
                }
            }
            return event;
        }

        private static String shortTag(String tag) {
            return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
        }

        private static void checkTag(String tag, Event event) {
            if (tag != null && !ALLOWED_TAGS.contains(tag)) {
                throw new LimitException(event.getStartMark(), "custom tag '" + TreeReader.abbreviate(shortTag(tag))
                        + "' is not allowed in a mesh file; remove the tag");
            }
        }
    }
}
