package org.meshwright.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshReader;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Mesh;

/**
 * Keeps the unsaved work of open documents in a recovery folder (by default
 * {@code <config folder>/recovery}, see {@link UserFolders}), never over the user's files:
 * one entry per document, keyed by the document's file (or an "untitled" name), holding the
 * mesh in canonical YAML and a small sidecar with what the editor shows before restoring
 * (the original file, when it was saved, the counts of domains, nodes and links).
 *
 * <p>Both files are written atomically, the mesh first. A crash between the two leaves the
 * new mesh with the old sidecar (or none): {@link #list()} still lists the entry, with
 * {@link Entry#detailsKnown()} false where the sidecar does not describe the mesh beside it.
 * Safe to call from a background thread (pass it a {@link Mesh#copy()}); calls on one store
 * are serialized.
 */
public final class RecoveryStore {

    private static final String MESH_SUFFIX = ".mesh.yaml";
    private static final String INFO_SUFFIX = ".recovery";

    private final Path folder;
    private final Clock clock;
    private final MeshWriter writer = new MeshWriter();

    /** A store in {@code folder}, created on the first save. */
    public RecoveryStore(Path folder) {
        this(folder, Clock.systemUTC());
    }

    RecoveryStore(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The default folder: {@code recovery} in Meshwright's settings folder. */
    public static Path defaultFolder() {
        return UserFolders.configFolder().resolve("recovery");
    }

    public Path folder() {
        return folder;
    }

    /**
     * Which document an entry belongs to: its file, or a name for a document never saved
     * ({@code untitled}, {@code untitled-2}).
     */
    public record Key(Path file, String untitled) {

        public Key {
            if ((file == null) == (untitled == null)) {
                throw new IllegalArgumentException("a key names a file or an untitled document");
            }
            file = file == null ? null : file.toAbsolutePath().normalize();
        }

        public static Key of(Path file) {
            return new Key(Objects.requireNonNull(file, "file"), null);
        }

        public static Key untitled(String name) {
            return new Key(null, Objects.requireNonNull(name, "name"));
        }

        /** A file name for the entry: readable, and unique through a hash of the whole key. */
        String entryName() {
            String full = file != null ? "file:" + file : "untitled:" + untitled;
            String readable = (file != null ? String.valueOf(file.getFileName()) : untitled)
                    .toLowerCase(Locale.ROOT).replaceAll("\\.mesh\\.ya?ml$", "").replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
            if (readable.length() > 40) {
                readable = readable.substring(0, 40);
            }
            return (readable.isEmpty() ? "mesh" : readable) + "-" + hash(full).substring(0, 16);
        }
    }

    /**
     * One recovery entry.
     *
     * @param key          the document it belongs to ({@code null} where the sidecar is missing)
     * @param meshFile     the mesh, canonical YAML
     * @param savedAt      when it was written ({@code null} where unknown)
     * @param name         the mesh's name ({@code metadata.name}), or {@code null} where unknown
     * @param domains      domains in it, or -1 where unknown
     * @param nodes        nodes in it, or -1 where unknown
     * @param links        links in it, or -1 where unknown
     * @param detailsKnown whether the sidecar describes this very mesh file
     */
    public record Entry(Key key, Path meshFile, Instant savedAt, String name, int domains, int nodes, int links,
                        boolean detailsKnown) {

        /** The original file, if the document had one. */
        public Optional<Path> original() {
            return key == null ? Optional.empty() : Optional.ofNullable(key.file());
        }
    }

    /**
     * Writes {@code mesh} as the recovery entry of {@code key}, replacing the previous one.
     * Pass a snapshot ({@link Mesh#copy()}) when the editor keeps working on the mesh.
     */
    public synchronized Entry save(Key key, Mesh mesh) throws IOException {
        String name = key.entryName();
        // never the user's file: the name holds a hash of the document's whole path, so even a
        // document opened from the recovery folder itself gets an entry beside it
        Path meshFile = folder.resolve(name + MESH_SUFFIX);
        Files.createDirectories(folder);
        byte[] yaml = writer.write(mesh).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(meshFile, yaml);
        Entry entry = new Entry(key, meshFile, clock.instant(), mesh.metadata().name(), mesh.domains().size(),
                mesh.nodes().size(), mesh.links().size(), true);
        AtomicFiles.write(folder.resolve(name + INFO_SUFFIX), sidecar(entry, yaml.length));
        return entry;
    }

    /** The entries, newest first (entries whose time is unknown last). */
    public synchronized List<Entry> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path meshFile : files.filter(p -> p.getFileName().toString().endsWith(MESH_SUFFIX)).sorted().toList()) {
                entries.add(describe(meshFile));
            }
        }
        entries.sort(Comparator.comparing(Entry::savedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(e -> e.meshFile().getFileName().toString()));
        return entries;
    }

    /** The entry of {@code key}, if there is one. */
    public synchronized Optional<Entry> find(Key key) throws IOException {
        Path meshFile = folder.resolve(key.entryName() + MESH_SUFFIX);
        return Files.isRegularFile(meshFile) ? Optional.of(describe(meshFile)) : Optional.empty();
    }

    /** Reads an entry's mesh back; a damaged entry is a read error like any bad file. */
    public MeshDocument read(Entry entry) throws MeshReadException {
        return new MeshReader().read(entry.meshFile());
    }

    /** Deletes an entry (its mesh and sidecar); nothing happens where it is already gone. */
    public synchronized void discard(Entry entry) throws IOException {
        String fileName = entry.meshFile().getFileName().toString();
        String name = fileName.substring(0, fileName.length() - MESH_SUFFIX.length());
        Files.deleteIfExists(folder.resolve(name + INFO_SUFFIX));
        Files.deleteIfExists(entry.meshFile());
    }

    // ---- the sidecar -------------------------------------------------------------------------

    private static byte[] sidecar(Entry entry, long meshBytes) {
        Properties p = new Properties();
        if (entry.key().file() != null) {
            p.setProperty("original", entry.key().file().toString());
        } else {
            p.setProperty("untitled", entry.key().untitled());
        }
        p.setProperty("savedAt", entry.savedAt().toString());
        p.setProperty("name", entry.name());
        p.setProperty("domains", String.valueOf(entry.domains()));
        p.setProperty("nodes", String.valueOf(entry.nodes()));
        p.setProperty("links", String.valueOf(entry.links()));
        p.setProperty("meshBytes", String.valueOf(meshBytes));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Meshwright recovery entry: what the mesh file beside it holds");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1); // Properties escape the rest
    }

    private Entry describe(Path meshFile) throws IOException {
        String fileName = meshFile.getFileName().toString();
        Path info = folder.resolve(fileName.substring(0, fileName.length() - MESH_SUFFIX.length()) + INFO_SUFFIX);
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(info, StandardCharsets.ISO_8859_1)));
        } catch (NoSuchFileException e) {
            return new Entry(null, meshFile, null, null, -1, -1, -1, false);
        }
        Key key = p.getProperty("original") != null ? Key.of(Path.of(p.getProperty("original")))
                : p.getProperty("untitled") != null ? Key.untitled(p.getProperty("untitled")) : null;
        boolean matches = String.valueOf(Files.size(meshFile)).equals(p.getProperty("meshBytes"));
        if (!matches) {
            return new Entry(key, meshFile, null, null, -1, -1, -1, false);
        }
        return new Entry(key, meshFile, instant(p.getProperty("savedAt")), p.getProperty("name"),
                count(p, "domains"), count(p, "nodes"), count(p, "links"), true);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int count(Properties p, String key) {
        try {
            return Integer.parseInt(p.getProperty(key, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
