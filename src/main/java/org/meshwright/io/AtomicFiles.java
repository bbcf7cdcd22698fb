package org.meshwright.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a failure never leaves a half-written target: the content goes to
 * a temporary file beside the target, is flushed to disk, and then renamed over the
 * target in one step. Until the rename, the target keeps its old content.
 *
 * <p>A process killed mid-save leaves its temporary file ({@code .NAME.DIGITS.tmp}) behind;
 * readers never look at it, and the next save of the same target deletes it.
 */
public final class AtomicFiles {

    /** Writes content to an output stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    private static String tempPrefix(String targetName) {
        return "." + targetName + ".";
    }

    /**
     * Whether {@code candidate} is a temporary file of a save of {@code target}: beside it and
     * named {@code .NAME.DIGITS.tmp}, as {@link #write} names them.
     */
    public static boolean isTemporaryFileOf(Path target, Path candidate) {
        Path dir = target.toAbsolutePath().getParent();
        Path candidateDir = candidate.toAbsolutePath().getParent();
        return dir != null && dir.equals(candidateDir)
                && isTemporaryName(target.getFileName().toString(), candidate.getFileName().toString());
    }

    private static boolean isTemporaryName(String targetName, String name) {
        String prefix = tempPrefix(targetName);
        if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)
                || name.length() <= prefix.length() + TEMP_SUFFIX.length()) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
        return middle.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Deletes what saves of {@code targetName} killed before their rename left behind. Best
     * effort: a leftover that cannot be deleted harms nobody, as no reader opens it.
     */
    private static void deleteLeftovers(Path dir, String targetName) {
        if (dir == null) {
            return;
        }
        try (var entries = Files.newDirectoryStream(dir, p -> isTemporaryName(targetName, p.getFileName().toString()))) {
            for (Path leftover : entries) {
                try {
                    Files.deleteIfExists(leftover);
                } catch (IOException e) {
                    // left for a later save; it is never read
                }
            }
        } catch (IOException e) {
            // an unlistable folder: the save itself reports what is wrong with it
        }
    }

    /** Replaces {@code target} with what {@code content} writes, or leaves it as it was. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "the folder does not exist");
        }
        deleteLeftovers(dir, absolute.getFileName().toString());
        Path temp = Files.createTempFile(dir, tempPrefix(absolute.getFileName().toString()), TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Replaces {@code target} with {@code bytes}, atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Makes the rename itself durable where the platform allows syncing a folder. */
    private static void forceDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; the rename is still atomic there.
        }
    }
}
