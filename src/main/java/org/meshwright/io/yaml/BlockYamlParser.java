package org.meshwright.io.yaml;

import java.util.ArrayList;
import java.util.List;
import org.meshwright.io.yaml.SectionSink.Section;

/**
 * A fast parser for the subset of YAML that mesh files are written in: the canonical form
 * of {@link MeshWriter} and most hand-written files. It knows block maps and lists (compact
 * lists included), plain, single- and double-quoted scalars on one line, literal blocks
 * ({@code |}, {@code |-}, {@code |+}), one-line flow lists and maps of scalars, blank lines
 * and comments, in a file of printable characters from the Basic Multilingual Plane and
 * line feeds. It reads the file's UTF-8 bytes as they are, without decoding them first.
 *
 * <p>It builds the very tree that {@link YamlSource} composes from SnakeYAML's events (the
 * same values, styles, lines and columns), in a fraction of the time: SnakeYAML's scanner
 * takes seconds for a 50 MB file. On anything else (anchors, tags, folded or multi-line
 * scalars, tabs, carriage returns, syntax errors, ...) it gives up and returns
 * {@code null}, and {@link YamlSource} reads the file with SnakeYAML, which also reports
 * every error. It never reports an error itself, so what it accepts must be exactly what
 * SnakeYAML reads the same way; a differential test checks that.
 *
 * <p>Given a {@link SectionSink}, it hands the items of the file's large sections over as
 * soon as each is read and leaves their lists empty in the tree, so that the tree of a large
 * file never exists in full (for a 57 MB file it took 270 MB).
 */
final class BlockYamlParser {

    /** Where a collection sits in the file, as far as the sections are concerned. */
    private enum Place {
        ROOT(null), SPEC(null), LAYOUT(null), OTHER(null),
        DOMAINS(Section.DOMAINS), NODES(Section.NODES), LINKS(Section.LINKS),
        LAYOUT_NODES(Section.LAYOUT_NODES), LAYOUT_DOMAINS(Section.LAYOUT_DOMAINS);

        final Section section;

        Place(Section section) {
            this.section = section;
        }

        /** The place of the value of {@code key} in a map at this place. */
        Place child(String key) {
            return switch (this) {
                case ROOT -> key.equals("spec") ? SPEC : key.equals("layout") ? LAYOUT : OTHER;
                case SPEC -> key.equals("domains") ? DOMAINS : key.equals("nodes") ? NODES
                        : key.equals("links") ? LINKS : OTHER;
                case LAYOUT -> key.equals("nodes") ? LAYOUT_NODES : key.equals("domains") ? LAYOUT_DOMAINS : OTHER;
                default -> OTHER;
            };
        }
    }

    /** SnakeYAML allows a simple key of at most 1,024 characters; stay well below. */
    private static final int MAX_KEY_LENGTH = 512;

    private final byte[] text;
    private final int length;
    /** No byte above 0x7F: a column is a count of bytes. */
    private final boolean ascii;
    private final StringTable strings;
    private final SectionSink sink;
    private int pos;
    private int line;
    private int lineStart;
    private int depth;

    private BlockYamlParser(byte[] text, boolean ascii, StringTable strings, SectionSink sink) {
        this.text = text;
        this.length = text.length;
        this.ascii = ascii;
        this.strings = strings;
        this.sink = sink;
    }

    /**
     * The tree of {@code utf8}, a file's bytes in UTF-8, with or without a byte order mark,
     * whose root must be a block map; {@code null} where the text is outside the subset
     * (invalid UTF-8 included). Its scalars are the copies kept in {@code strings}. With a
     * {@code sink}, the items of the large sections go there as they are read (and when the
     * parser gives up, the sink has seen some of them already).
     */
    static YNode parse(byte[] utf8, StringTable strings, SectionSink sink) {
        int start = Utf8.startsWithByteOrderMark(utf8) ? 3 : 0;
        int check = Utf8.check(utf8, start);
        if (check == Utf8.OTHER) {
            return null;
        }
        BlockYamlParser parser = new BlockYamlParser(utf8, check == Utf8.ASCII, strings, sink);
        parser.pos = start;
        parser.lineStart = start;
        try {
            return parser.document();
        } catch (GiveUp e) {
            return null;
        }
    }

    /** Thrown to give up; no stack trace, it is part of the normal flow. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    // ---- structure ---------------------------------------------------------------------

    private YNode document() {
        if (nextContentLine() != 0) {
            throw GIVE_UP;
        }
        YNode root = mapping(Place.ROOT);
        if (nextContentLine() >= 0) {
            throw GIVE_UP;
        }
        return root;
    }

    private boolean startsDocumentMarker() {
        return pos + 2 < length && (at(pos) == '-' || at(pos) == '.') && at(pos + 1) == at(pos)
                && at(pos + 2) == at(pos) && isBlankOrEnd(pos + 3);
    }

    /** A block map whose first key is at {@link #pos}; its other keys are at the same column. */
    private YNode mapping(Place place) {
        enter();
        int column = pos - lineStart; // indentation: spaces, and "- " in a compact list
        List<YNode.Entry> entries = new ArrayList<>();
        YNode.Mapping map = new YNode.Mapping(line + 1, column + 1, entries);
        boolean streamed = sink != null && place.section != null && !place.section.isList();
        do {
            YNode.Entry entry = entry(column, place);
            if (streamed) {
                sink.entry(place.section, entry);
            } else {
                entries.add(entry);
            }
        } while (continuesAt(column));
        depth--;
        return map;
    }

    /**
     * Moves to the next line of a block collection whose lines start at {@code column}, or
     * says that the collection ends there; a line indented deeper would be a continuation
     * line or an error.
     */
    private boolean continuesAt(int column) {
        int next = nextContentLine();
        if (next > column) {
            throw GIVE_UP;
        }
        if (next == column) {
            pos += next;
        }
        return next == column;
    }

    /** {@code key: value} at {@link #pos}, in a map at {@code place} whose keys are at {@code column}. */
    private YNode.Entry entry(int column, Place place) {
        YNode.Scalar key = key();
        skipSpaces();
        YNode value;
        if (atLineEnd()) {
            skipRestOfLine();
            value = nestedBlock(column, place.child(key.value()));
        } else {
            value = inlineValue(column);
        }
        return new YNode.Entry(key, value);
    }

    /** The block at {@code place} on the lines after {@code key:}, more indented than {@code column}. */
    private YNode nestedBlock(int column, Place place) {
        int next = nextContentLine();
        if (next <= column) {
            throw GIVE_UP; // an empty value, or a list at the key's own indentation
        }
        pos += next;
        return isSequenceEntry() ? sequence(place) : mapping(place);
    }

    /** A block list whose first {@code -} is at {@link #pos}. */
    private YNode sequence(Place place) {
        enter();
        int column = pos - lineStart;
        List<YNode> items = new ArrayList<>();
        YNode.Sequence seq = new YNode.Sequence(line + 1, column + 1, items);
        boolean streamed = sink != null && place.section != null && place.section.isList();
        do {
            if (!isSequenceEntry()) {
                throw GIVE_UP; // a key at the column of the list's dashes
            }
            pos++; // the '-'
            skipSpaces();
            YNode item = item(column);
            if (streamed) {
                sink.item(place.section, item);
            } else {
                items.add(item);
            }
        } while (continuesAt(column));
        depth--;
        return seq;
    }

    /** What follows a list item's {@code "- "}: a nested list, a compact map or a value. */
    private YNode item(int column) {
        if (atLineEnd()) {
            throw GIVE_UP; // the item starts on the next line
        }
        if (isSequenceEntry()) {
            return sequence(Place.OTHER);
        }
        if (startsKey()) {
            return mapping(Place.OTHER);
        }
        return inlineValue(column);
    }

    /** A value on the rest of the line (a literal block takes the lines after it too). */
    private YNode inlineValue(int column) {
        char c = at(pos);
        YNode value;
        if (c == '"' || c == '\'') {
            value = quoted();
        } else if (c == '[') {
            value = flowSequence();
        } else if (c == '{') {
            value = flowMapping();
        } else if (c == '|') {
            return literal(column);
        } else {
            value = plainValue();
        }
        skipSpaces();
        if (!atLineEnd()) {
            throw GIVE_UP;
        }
        skipRestOfLine();
        return value;
    }

    // ---- flow collections (one line, scalars only) --------------------------------------

    private YNode flowSequence() {
        enter();
        depth--; // holds scalars only: one level deeper at most
        List<YNode> items = new ArrayList<>();
        YNode.Sequence seq = new YNode.Sequence(line + 1, column(pos) + 1, items);
        pos++;
        skipSpaces();
        if (peek() == ']') {
            pos++;
            return seq;
        }
        while (true) {
            items.add(flowScalar());
            skipSpaces();
            char c = peek();
            pos++;
            if (c == ']') {
                return seq;
            }
            if (c != ',') {
                throw GIVE_UP;
            }
            skipSpaces();
        }
    }

    private YNode flowMapping() {
        enter();
        depth--;
        List<YNode.Entry> entries = new ArrayList<>();
        YNode.Mapping map = new YNode.Mapping(line + 1, column(pos) + 1, entries);
        pos++;
        skipSpaces();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            YNode.Scalar key = flowScalar();
            if (peek() != ':' || !isBlankOrEnd(pos + 1)) {
                throw GIVE_UP;
            }
            pos++;
            skipSpaces();
            entries.add(new YNode.Entry(key, flowScalar()));
            skipSpaces();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw GIVE_UP;
            }
            skipSpaces();
        }
    }

    /** A scalar inside {@code [...]} or {@code {...}}. */
    private YNode.Scalar flowScalar() {
        char c = peek();
        if (c == '"' || c == '\'') {
            return quoted();
        }
        int start = pos;
        if (!canStartPlain(start) || "-?:".indexOf(c) >= 0 && ",[]{}".indexOf(at(start + 1)) >= 0) {
            throw GIVE_UP;
        }
        int end = start;
        while (end < length) {
            char d = at(end);
            if (d == ',' || d == ']' || d == '}' || d == '\n') {
                break;
            }
            if (d == ':' || d == '#' || d == '[' || d == '{' || d == '?' || d == '"' || d == '\'') {
                if (d == ':' && end > start && isBlankOrEnd(end + 1)) {
                    break; // a key of a flow map
                }
                throw GIVE_UP; // keep to what every reading agrees on
            }
            end++;
        }
        int trimmed = trimEnd(start, end);
        if (trimmed == start) {
            throw GIVE_UP;
        }
        pos = trimmed;
        return scalar(start, strings.get(text, start, trimmed), true);
    }

    // ---- scalars -----------------------------------------------------------------------

    /** A key at {@link #pos} and its {@code ':'}; gives up where there is no key. */
    private YNode.Scalar key() {
        char c = peek();
        YNode.Scalar key;
        if (c == '"' || c == '\'') {
            key = quoted();
        } else {
            int start = pos;
            int colon = plainKeyEnd(start);
            if (colon < 0) {
                throw GIVE_UP;
            }
            pos = colon;
            key = scalar(start, strings.get(text, start, colon), true);
        }
        if (peek() != ':' || !isBlankOrEnd(pos + 1)) {
            throw GIVE_UP;
        }
        pos++;
        return key;
    }

    /** Whether the line from {@link #pos} starts with a key followed by {@code ': '}. */
    private boolean startsKey() {
        char c = peek();
        if (c == '"' || c == '\'') {
            int end = quotedEnd(pos);
            return end > 0 && end < length && at(end) == ':' && isBlankOrEnd(end + 1);
        }
        return plainKeyEnd(pos) >= 0;
    }

    /**
     * The index of the {@code ':'} that ends a plain key starting at {@code start}, or -1
     * where the line holds no such key.
     */
    private int plainKeyEnd(int start) {
        if (!canStartPlain(start)) {
            return -1;
        }
        int limit = Math.min(length, start + MAX_KEY_LENGTH);
        for (int i = start; i < limit; i++) {
            char c = at(i);
            if (c == '\n' || c == '#' && at(i - 1) == ' ') {
                return -1;
            }
            if (c == ':' && isBlankOrEnd(i + 1)) {
                return at(i - 1) == ' ' ? -1 : i;
            }
        }
        return -1;
    }

    /** A plain scalar value on the rest of the line, up to a comment. */
    private YNode.Scalar plainValue() {
        int start = pos;
        if (!canStartPlain(start)) {
            throw GIVE_UP;
        }
        int end = start;
        while (end < length) {
            char c = at(end);
            if (c == '\n' || c == '#' && at(end - 1) == ' ') {
                break;
            }
            if (c == ':' && isBlankOrEnd(end + 1)) {
                throw GIVE_UP; // "mapping values are not allowed here"
            }
            end++;
        }
        int trimmed = trimEnd(start, end);
        pos = trimmed;
        return scalar(start, strings.get(text, start, trimmed), true);
    }

    /**
     * Whether a plain scalar may start at {@code i}: not at an indicator, except
     * {@code - ? :} followed by a non-blank character.
     */
    private boolean canStartPlain(int i) {
        if (i >= length) {
            return false;
        }
        char c = at(i);
        if ("-?:".indexOf(c) >= 0) {
            return !isBlankOrEnd(i + 1);
        }
        return ",[]{}#&*!|>'\"%@` \n".indexOf(c) < 0;
    }

    /** A single- or double-quoted scalar on one line, starting at {@link #pos}. */
    private YNode.Scalar quoted() {
        int start = pos;
        int end = quotedEnd(start);
        if (end < 0) {
            throw GIVE_UP;
        }
        pos = end;
        String value = at(start) == '"' ? unescapeDouble(start + 1, end - 1) : unquoteSingle(start + 1, end - 1);
        return scalar(start, value, false);
    }

    /** The index after the closing quote of the scalar at {@code start}, or -1 if it does not close on its line. */
    private int quotedEnd(int start) {
        char quote = at(start);
        for (int i = start + 1; i < length; i++) {
            char c = at(i);
            if (c == '\n') {
                return -1;
            }
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < length && at(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** The text between double quotes, with the escapes {@link YamlEmitter} writes. */
    private String unescapeDouble(int from, int to) {
        int backslash = from;
        while (backslash < to && at(backslash) != '\\') {
            backslash++;
        }
        if (backslash == to) {
            return strings.get(text, from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        int run = from; // the start of the bytes taken as they are
        for (int i = from; i < to; i++) {
            if (at(i) != '\\') {
                continue;
            }
            b.append(Utf8.decode(text, run, i));
            char e = at(++i);
            switch (e) {
                case '"', '\\' -> b.append(e);
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case '0' -> b.append('\0');
                case 'u' -> {
                    char u = hex4(i + 1, to);
                    if (Character.isSurrogate(u)) {
                        throw GIVE_UP;
                    }
                    b.append(u);
                    i += 4;
                }
                default -> throw GIVE_UP;
            }
            run = i + 1;
        }
        return strings.share(b.append(Utf8.decode(text, run, to)).toString());
    }

    /** The text between single quotes, {@code ''} standing for one quote. */
    private String unquoteSingle(int from, int to) {
        String raw = strings.get(text, from, to);
        return raw.indexOf('\'') < 0 ? raw : strings.share(raw.replace("''", "'"));
    }

    private char hex4(int from, int to) {
        if (from + 4 > to) {
            throw GIVE_UP;
        }
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            char c = at(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw GIVE_UP;
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    /**
     * A literal block ({@code |}, {@code |-} or {@code |+}) at {@link #pos}, in a collection
     * at {@code column}: its lines are indented alike, deeper than the collection, the
     * first one holds text and none ends in a blank.
     */
    private YNode literal(int column) {
        int startLine = line;
        int startColumn = column(pos);
        pos++;
        char chomping = peek();
        if (chomping == '-' || chomping == '+') {
            pos++;
        } else {
            chomping = ' ';
        }
        skipSpaces();
        if (!atLineEnd() || pos >= length) {
            throw GIVE_UP;
        }
        skipRestOfLine();
        int indent = indentation(pos);
        if (indent <= column || indent >= length - pos || at(pos + indent) == '\n') {
            throw GIVE_UP; // an empty block, or one that starts with a blank line
        }
        StringBuilder value = new StringBuilder();
        int breaks = 0;
        while (pos < length) {
            int lineIndent = indentation(pos);
            int end = lineEnd(pos);
            if (end == length) {
                throw GIVE_UP; // keep to blocks that end with a line feed
            }
            if (pos + lineIndent == end) {
                if (lineIndent > indent) {
                    throw GIVE_UP;
                }
                breaks++; // an empty line
            } else if (lineIndent >= indent) {
                if (at(end - 1) == ' ') {
                    throw GIVE_UP;
                }
                if (value.length() > 0) {
                    value.append("\n".repeat(breaks + 1));
                }
                breaks = 0;
                value.append(Utf8.decode(text, pos + indent, end));
            } else {
                break;
            }
            newLine(end + 1);
        }
        if (chomping == ' ') {
            value.append('\n');
        } else if (chomping == '+') {
            value.append("\n".repeat(breaks + 1));
        }
        return scalar(startLine, startColumn, strings.share(value.toString()), false);
    }

    private YNode.Scalar scalar(int start, String value, boolean plain) {
        return scalar(line, column(start), value, plain);
    }

    private YNode.Scalar scalar(int zeroLine, int zeroColumn, String value, boolean plain) {
        return new YNode.Scalar(zeroLine + 1, zeroColumn + 1, value, plain, plain && value.equals("<<"));
    }

    // ---- lines and blanks --------------------------------------------------------------

    /**
     * Moves {@link #pos} to the start of the next line that holds more than blanks and a
     * comment, and returns its indentation; -1 at the end of the text.
     */
    private int nextContentLine() {
        while (pos < length) {
            int indent = indentation(pos);
            int i = pos + indent;
            if (i == length) {
                pos = length;
                return -1;
            }
            char c = at(i);
            if (c == '#') {
                pos = i;
                skipRestOfLine();
            } else if (c == '\n') {
                newLine(i + 1);
            } else if (indent == 0 && (startsDocumentMarker() || c == '%')) {
                throw GIVE_UP; // a document marker or a directive
            } else {
                return indent;
            }
        }
        return -1;
    }

    private int indentation(int from) {
        int i = from;
        while (i < length && text[i] == ' ') {
            i++;
        }
        return i - from;
    }

    /** The index of the line feed that ends the line of {@code from}, or the length at the end. */
    private int lineEnd(int from) {
        int i = from;
        while (i < length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    /** Skips a comment, if any, and the line feed: {@link #pos} is then at the next line. */
    private void skipRestOfLine() {
        int end = lineEnd(pos);
        if (end == length) {
            pos = length;
        } else {
            newLine(end + 1);
        }
    }

    /** Moves to {@code start}, the first character after a line feed. */
    private void newLine(int start) {
        pos = start;
        lineStart = start;
        line++;
    }

    /** At a line feed, the end of the text, or a comment (a {@code #} after a blank). */
    private boolean atLineEnd() {
        if (pos >= length) {
            return true;
        }
        char c = at(pos);
        return c == '\n' || c == '#' && pos > lineStart && at(pos - 1) == ' ';
    }

    private boolean isSequenceEntry() {
        return peek() == '-' && isBlankOrEnd(pos + 1);
    }

    private boolean isBlankOrEnd(int i) {
        return i >= length || text[i] == ' ' || text[i] == '\n';
    }

    private void skipSpaces() {
        while (pos < length && text[pos] == ' ') {
            pos++;
        }
    }

    private int trimEnd(int start, int end) {
        while (end > start && text[end - 1] == ' ') {
            end--;
        }
        return end;
    }

    private char peek() {
        return pos < length ? at(pos) : '\n';
    }

    /**
     * The byte at {@code i} as a character: itself for ASCII, and for the bytes of other
     * characters one that is none of YAML's indicators or blanks.
     */
    private char at(int i) {
        return (char) (text[i] & 0xFF);
    }

    /** The column (0-based, in characters) of the byte at {@code i} on the current line. */
    private int column(int i) {
        return ascii ? i - lineStart : Utf8.characters(text, lineStart, i);
    }

    private void enter() {
        if (++depth > YamlSource.MAX_DEPTH) {
            throw GIVE_UP; // SnakeYAML reports it
        }
    }
}
