package org.meshwright.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Notices when the open file changes on disk behind the editor's back (a {@code git pull},
 * another editor) or is deleted. It remembers what the editor last read or saved (size,
 * modification time and a SHA-256 of the content) and compares: size and time first, the
 * content only where they differ, so that a touch or the editor's own save raises no alarm.
 * A modification time that was recent when recorded is not trusted (a second change within
 * the file system's clock tick keeps it), so the content is compared until it is old.
 *
 * <p>{@link #checkNow()} looks once; {@link #start(Duration)} looks periodically on a
 * background thread (a daemon) and reports each new change once to the listener, on that
 * thread. The editor calls {@link #acknowledge()} after reading or reloading the file,
 * {@link #acknowledge(byte[])} after saving it, and {@link #dismiss()} when the user keeps
 * their version: the change is then not reported again, until the file changes once more.
 * Before saving, the editor calls {@link #checkNow()} so that it never overwrites a change
 * it has not shown.
 */
public final class FileWatch implements AutoCloseable {

    /** The default interval of {@link #start()}. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    /** What happened to the file. */
    public enum Kind {
        /** Its content is not what the editor last read or saved. */
        MODIFIED,
        /** It is gone. */
        DELETED
    }

    /** A change of {@code file} not reported before. */
    public record Change(Kind kind, Path file) {
    }

    /**
     * What the watch knows of a version of the file: size and modification time, and a
     * SHA-256 of the content. A modification time recent when recorded is not trusted.
     */
    private record Version(long size, long modified, byte[] hash, boolean timeTrusted) {

        boolean sameStamp(BasicFileAttributes a) {
            return timeTrusted && a.size() == size && a.lastModifiedTime().toMillis() == modified;
        }
    }

    /**
     * What the editor read of a file: its size and modification time taken before reading,
     * and a hash of the very bytes read. Acknowledging it costs nothing, and a change made
     * between reading and watching is noticed (hashing the file again afterwards would take
     * that change for what the editor holds).
     */
    public static final class Read {
        private final Path file;
        private final Version version;

        private Read(Path file, Version version) {
            this.file = file;
            this.version = version;
        }

        /** {@code content} as read from {@code file}, whose attributes were {@code before} the read. */
        public static Read of(Path file, BasicFileAttributes before, byte[] content) {
            return new Read(file.toAbsolutePath().normalize(), version(before, sha256().digest(content)));
        }

        /**
         * {@code content} as just saved to {@code file}: the next look reads the file once to
         * confirm that it holds these bytes (another program may have written in between).
         */
        public static Read saved(Path file, byte[] content) {
            return new Read(file.toAbsolutePath().normalize(), new Version(-1, -1, sha256().digest(content), false));
        }

        public Path file() {
            return file;
        }
    }

    private static final long RACY_MILLIS = 3_000;

    private final Path file;
    private final Consumer<Change> listener;
    /** What the editor holds: last read or saved. {@code null}: not acknowledged yet. */
    private Version known;
    /**
     * Acknowledgements are numbered as they start; one applies only if no later one has
     * applied. Files are read and hashed outside the lock (a large file takes hundreds of
     * milliseconds), and a look whose acknowledgement was overtaken meanwhile reports nothing.
     */
    private long acknowledgements;
    private long applied;
    /** The last modification reported: the same change is reported once. */
    private byte[] reportedHash;
    private boolean deletionReported;
    /** What the user has seen and chosen to keep their version over. */
    private byte[] dismissedHash;
    private boolean deletionDismissed;
    private ScheduledExecutorService poller;

    /** Watches {@code file}, reporting to {@code listener}; nothing is watched until acknowledged. */
    public FileWatch(Path file, Consumer<Change> listener) {
        this.file = file.toAbsolutePath().normalize();
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public Path file() {
        return file;
    }

    /**
     * The file as it is now on disk is what the editor holds (after opening or reloading it).
     * It reads the whole file without holding the watch's lock, so it may run in the
     * background while the editor saves: an acknowledgement started later wins.
     */
    public void acknowledge() throws IOException {
        long ticket;
        synchronized (this) {
            ticket = ++acknowledgements;
        }
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
        byte[] hash = hashOf(file);
        apply(ticket, version(before, hash));
    }

    /**
     * The editor holds what it read of the file, {@code read}: false (and nothing changes)
     * when that was another file.
     */
    public boolean acknowledge(Read read) {
        if (!read.file().equals(file)) {
            return false;
        }
        long ticket;
        synchronized (this) {
            ticket = ++acknowledgements;
        }
        apply(ticket, read.version);
        return true;
    }

    /**
     * The editor has just saved {@code content} to the file. The next look reads the file once
     * to confirm that it holds these bytes (another program may have written in between).
     */
    public void acknowledge(byte[] content) {
        acknowledge(Read.saved(file, content));
    }

    private synchronized void apply(long ticket, Version version) {
        if (ticket > applied) {
            applied = ticket;
            known = version;
            reportedHash = null;
            dismissedHash = null;
            deletionReported = false;
            deletionDismissed = false;
        }
    }

    /** The user has seen the present change and keeps their version: do not report it again. */
    public void dismiss() {
        byte[] hash;
        try {
            hash = hashOf(file);
        } catch (IOException e) {
            hash = null;
        }
        synchronized (this) {
            if (hash != null) {
                dismissedHash = hash;
                reportedHash = hash;
                deletionDismissed = false;
            } else {
                dismissedHash = null;
                deletionDismissed = true;
                deletionReported = true;
            }
        }
    }

    /**
     * Looks at the file once: the change not reported before, if any (also passed to the
     * listener); empty when the file is as the editor left it, or was never acknowledged.
     */
    public Optional<Change> checkNow() {
        Optional<Change> change = look();
        change.ifPresent(listener);
        return change;
    }

    /**
     * Whether saving would overwrite nothing the user has not seen: the file is what the
     * editor last read or saved, or a change the user chose to keep their version over.
     */
    public boolean isCurrent() {
        Version k;
        byte[] dismissed;
        boolean deletionOk;
        synchronized (this) {
            k = known;
            dismissed = dismissedHash;
            deletionOk = deletionDismissed;
        }
        if (k == null) {
            return true;
        }
        try {
            if (!Files.exists(file)) {
                return deletionOk;
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (k.sameStamp(a)) {
                return true;
            }
            byte[] hash = hashOf(file);
            return Arrays.equals(hash, k.hash()) || Arrays.equals(hash, dismissed);
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Change> look() {
        long ticket;
        Version k;
        synchronized (this) {
            ticket = applied;
            k = known;
        }
        if (k == null) {
            return Optional.empty();
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            synchronized (this) {
                if (ticket != applied || deletionReported) {
                    return Optional.empty();
                }
                deletionReported = true;
                reportedHash = null;
                dismissedHash = null;
                return Optional.of(new Change(Kind.DELETED, file));
            }
        } catch (IOException e) {
            return Optional.empty(); // unreadable for now (a network drive away): look again later
        }
        synchronized (this) {
            deletionReported = false;
            deletionDismissed = false;
        }
        if (k.sameStamp(a)) {
            return Optional.empty();
        }
        byte[] hash;
        try {
            hash = hashOf(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        synchronized (this) {
            if (ticket != applied) {
                return Optional.empty(); // acknowledged meanwhile: the next look compares with that
            }
            if (Arrays.equals(hash, known.hash())) {
                known = version(a, hash); // touched, or our own save confirmed: same content
                reportedHash = null;
                return Optional.empty();
            }
            if (Arrays.equals(hash, reportedHash) || Arrays.equals(hash, dismissedHash)) {
                return Optional.empty();
            }
            reportedHash = hash;
            return Optional.of(new Change(Kind.MODIFIED, file));
        }
    }

    /** Looks every {@link #DEFAULT_INTERVAL}. */
    public void start() {
        start(DEFAULT_INTERVAL);
    }

    /** Looks every {@code interval} on a background daemon thread until {@link #stop()}. */
    public synchronized void start(Duration interval) {
        stop();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "meshwright-file-watch");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY); // behind the user interface, where they compete
            return t;
        });
        long millis = Math.max(1, interval.toMillis());
        poller.scheduleWithFixedDelay(this::checkQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // a failing listener must not stop the watch
            java.util.logging.Logger.getLogger(FileWatch.class.getName())
                    .log(java.util.logging.Level.WARNING, "file watch listener failed for " + file, e);
        }
    }

    /** Stops looking periodically; {@link #checkNow()} still works. */
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static Version version(BasicFileAttributes a, byte[] hash) {
        long modified = a.lastModifiedTime().toMillis();
        boolean trusted = System.currentTimeMillis() - modified > RACY_MILLIS;
        return new Version(a.size(), modified, hash, trusted);
    }

    private static byte[] hashOf(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
