package org.meshwright.testutil;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Compares outputs with golden files under {@code src/test/resources/golden}, exactly: text
 * byte for byte, PNG by decoded pixels (the encoder's bytes may change with the JDK),
 * folders by file names and then file by file. With the system property
 * {@value #UPDATE_PROPERTY}{@code =true} it writes the outputs as the new golden files
 * instead, for a reviewer to read in the diff.
 */
public final class Golden {

    /** Set to {@code true} to regenerate the golden files. */
    public static final String UPDATE_PROPERTY = "meshwright.golden.update";
    /** The golden files of the source tree (not the copy on the class path), so that updates land there. */
    public static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolve("src/test/resources/golden");

    private static final String HOW_TO_UPDATE = "If the change is intended, regenerate the golden files with "
            + "`mvn test -Dtest=GoldenFilesTest -D" + UPDATE_PROPERTY + "=true` and review the diff.";
    private static final int SHOWN = 160;

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Asserts that {@code actual} (a file or a folder) equals {@code golden}, or replaces golden with it. */
    public static void check(Path actual, Path golden) {
        if (updating()) {
            try {
                replace(actual, golden);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            compare(actual, golden);
        }
    }

    /** Asserts that {@code actual} (a file or a folder) equals {@code golden}, whatever the update property says. */
    public static void compare(Path actual, Path golden) {
        try {
            if (!Files.exists(golden)) {
                fail("no golden file " + shown(golden) + "\n" + HOW_TO_UPDATE);
            }
            if (Files.isDirectory(actual)) {
                compareFolders(actual, golden);
            } else {
                compareFiles(actual, golden);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compareFolders(Path actual, Path golden) throws IOException {
        List<String> got = names(actual);
        List<String> want = names(golden);
        if (!got.equals(want)) {
            fail("the files of " + shown(golden) + " differ: expected " + want + " but the export wrote "
                    + got + "\n" + HOW_TO_UPDATE);
        }
        for (String name : got) {
            compareFiles(actual.resolve(name), golden.resolve(name));
        }
    }

    private static void compareFiles(Path actual, Path golden) throws IOException {
        if (!Files.isRegularFile(golden)) {
            fail(shown(golden) + " is not a file. " + HOW_TO_UPDATE);
        }
        String name = shown(golden).toString();
        if (golden.getFileName().toString().endsWith(".png")) {
            String difference = pixelDifference(ImageIO.read(actual.toFile()), ImageIO.read(golden.toFile()));
            if (difference != null) {
                fail(name + ": " + difference + "\n" + HOW_TO_UPDATE);
            }
            return;
        }
        byte[] got = Files.readAllBytes(actual);
        byte[] want = Files.readAllBytes(golden);
        if (!Arrays.equals(got, want)) {
            fail(name + ": " + textDifference(new String(got, StandardCharsets.UTF_8),
                    new String(want, StandardCharsets.UTF_8)) + "\n" + HOW_TO_UPDATE);
        }
    }

    /** Where two texts first differ, by line, or null where they are equal. */
    static String textDifference(String got, String want) {
        if (got.equals(want)) {
            return null;
        }
        String[] a = got.split("\n", -1);
        String[] b = want.split("\n", -1);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i].equals(b[i])) {
                continue;
            }
            // split keeps an empty last part after a final line break: that part means "the text ends"
            if (i == a.length - 1 && a[i].isEmpty()) {
                return "the output ends after line " + i + "; expected line " + (i + 1) + ": " + shown(b[i]);
            }
            if (i == b.length - 1 && b[i].isEmpty()) {
                return "the output goes on after line " + i + " with: " + shown(a[i]);
            }
            return "first difference at line " + (i + 1) + "\n  expected: " + shown(b[i]) + "\n  actual:   "
                    + shown(a[i]);
        }
        return a.length < b.length
                ? "the output ends after line " + a.length + "; expected line " + (n + 1) + ": " + shown(b[n])
                : "the output goes on after line " + b.length + " with: " + shown(a[n]);
    }

    /** The first differing pixel and how many differ, or null where both images have the same pixels. */
    static String pixelDifference(BufferedImage got, BufferedImage want) {
        if (got == null || want == null) {
            return got == null ? "the export is not a readable PNG" : "the golden file is not a readable PNG";
        }
        if (got.getWidth() != want.getWidth() || got.getHeight() != want.getHeight()) {
            return "size " + got.getWidth() + "x" + got.getHeight() + " but expected " + want.getWidth() + "x"
                    + want.getHeight();
        }
        int w = got.getWidth();
        int[] rowA = new int[w];
        int[] rowB = new int[w];
        long differing = 0;
        String first = null;
        for (int y = 0; y < got.getHeight(); y++) {
            got.getRGB(0, y, w, 1, rowA, 0, w);
            want.getRGB(0, y, w, 1, rowB, 0, w);
            for (int x = 0; x < w; x++) {
                if (rowA[x] != rowB[x]) {
                    if (first == null) {
                        first = String.format("first differing pixel at (%d, %d): expected #%08x, actual #%08x",
                                x, y, rowB[x], rowA[x]);
                    }
                    differing++;
                }
            }
        }
        return first == null ? null : first + "; " + differing + " of " + ((long) w * got.getHeight())
                + " pixels differ";
    }

    /** A golden path as the reader of a failure wants it: relative to the golden folder where it is in it. */
    private static Path shown(Path golden) {
        Path absolute = golden.toAbsolutePath().normalize();
        return absolute.startsWith(ROOT) ? ROOT.relativize(absolute) : absolute;
    }

    private static String shown(String line) {
        String s = line.length() > SHOWN ? line.substring(0, SHOWN) + "..." : line;
        return "\"" + s.replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void replace(Path actual, Path golden) throws IOException {
        delete(golden);
        Files.createDirectories(golden.getParent());
        if (Files.isDirectory(actual)) {
            Files.createDirectories(golden);
            for (String name : names(actual)) {
                Files.copy(actual.resolve(name), golden.resolve(name));
            }
        } else {
            Files.copy(actual, golden, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file or a folder tree, if it exists. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
