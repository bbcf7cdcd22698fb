package org.meshwright.io.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes opaque RGB pixels as an 8-bit RGB PNG, faster than ImageIO for the large pictures
 * of an export: each row is filtered with Sub or Up, whichever gives the smaller sum (a
 * cheaper form of the usual adaptive choice; the first row of a run has only Sub), and
 * runs of rows are deflated on their own, possibly in parallel, then joined into one zlib
 * stream (each run ends on a byte boundary with a sync flush, as pigz does). The runs
 * depend only on the image size, so the bytes do not depend on the number of threads:
 * the same pixels give the same file.
 */
final class PngEncoder {

    /** Uncompressed bytes per deflated run (whole rows, at least one). */
    static final int RUN_BYTES = 1 << 20;
    /** Pictures of more pixels than this are deflated at the fastest level, the others at zlib's default. */
    static final long LARGE = 1L << 24;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;
    private static final int FILTER_UP = 2;

    private PngEncoder() {
    }

    /**
     * Writes {@code image} (TYPE_INT_RGB) to {@code out}, using {@code pool} for the runs
     * (null: on this thread); does not close {@code out}.
     */
    static void write(BufferedImage image, OutputStream out, ExecutorService pool) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("need a TYPE_INT_RGB image");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int rowsPerRun = Math.max(1, RUN_BYTES / (1 + 3 * width));
        int runs = (height + rowsPerRun - 1) / rowsPerRun;
        List<Future<Run>> futures = new ArrayList<>(runs);
        List<Run> done = new ArrayList<>(runs);
        for (int r = 0; r < runs; r++) {
            int first = r * rowsPerRun;
            int last = Math.min(height, first + rowsPerRun);
            boolean end = r == runs - 1;
            if (pool == null) {
                done.add(deflate(pixels, width, first, last, end, level(width, height)));
            } else {
                futures.add(pool.submit(() -> deflate(pixels, width, first, last, end, level(width, height))));
            }
        }
        Stream png = new Stream(out, width, height);
        for (int r = 0; r < runs; r++) {
            png.add(pool == null ? done.get(r) : join(futures.get(r)));
        }
        png.finish();
    }

    /**
     * A PNG written run by run: the header first, then each {@link Run} in row order, then
     * the end. The runs' bytes join into one zlib stream.
     */
    static final class Stream {
        private final DataOutputStream data;
        private long adler = 1;

        Stream(OutputStream out, int width, int height) throws IOException {
            data = new DataOutputStream(out);
            data.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive filters, no interlace
            chunk(data, "IHDR", header.toByteArray(), header.size());
            // zlib header: deflate with a 32K window; FLEVEL 0 (fastest) or 2 (default), check bits so that % 31 == 0
            boolean fast = level(width, height) == Deflater.BEST_SPEED;
            chunk(data, "IDAT", new byte[] {0x78, fast ? (byte) 0x01 : (byte) 0x9c}, 2);
        }

        void add(Run run) throws IOException {
            chunk(data, "IDAT", run.bytes, run.length);
            adler = combineAdler32(adler, run.adler, run.rawLength);
        }

        void finish() throws IOException {
            byte[] trailer = {(byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler};
            chunk(data, "IDAT", trailer, 4);
            chunk(data, "IEND", new byte[0], 0);
            data.flush();
        }
    }

    /**
     * The deflate level of a picture of this size: zlib's default, or the fastest for large
     * ones, where time counts more than the last tenth of the size.
     */
    static int level(int width, int height) {
        return (long) width * height > LARGE ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION;
    }

    /** A run of rows, filtered and deflated: the bytes, and the Adler-32 and length of the raw rows. */
    record Run(byte[] bytes, int length, long adler, long rawLength) {
    }

    static Run join(Future<Run> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the PNG", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("could not write the PNG: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Rows {@code first} to {@code last} (exclusive) of {@code pixels} filtered and deflated as
     * one run; the first of them is filtered without the row above (so runs need nothing but
     * their own rows); {@code end}: the last run, which finishes the stream.
     */
    static Run deflate(int[] pixels, int width, int first, int last, boolean end, int level) {
        int rowBytes = 1 + 3 * width;
        byte[] raw = new byte[rowBytes * (last - first)];
        for (int y = first; y < last; y++) {
            boolean up = y > first && upCost(pixels, width, y) <= subCost(pixels, width, y);
            filterRow(pixels, width, y, up, raw, (y - first) * rowBytes);
        }
        Adler32 adler = new Adler32();
        adler.update(raw);
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(raw);
            if (end) {
                deflater.finish();
            }
            byte[] buf = new byte[Math.max(256, raw.length / 8)];
            int length = 0;
            while (true) {
                if (length == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int space = buf.length - length;
                int n = end ? deflater.deflate(buf, length, space) : deflater.deflate(buf, length, space, Deflater.SYNC_FLUSH);
                length += n;
                // finish: until the stream is finished; a sync flush: until it leaves room to spare
                if (end ? deflater.finished() : n < space) {
                    break;
                }
            }
            return new Run(buf, length, adler.getValue(), raw.length);
        } finally {
            deflater.end();
        }
    }

    /** The sum of the bytes of row {@code y} filtered with Up, each taken as a signed byte's size. */
    private static int upCost(int[] pixels, int width, int y) {
        int sum = 0;
        for (int x = 0, i = y * width, j = i - width; x < width; x++, i++, j++) {
            sum += cost(pixels[i], pixels[j]);
        }
        return sum;
    }

    /** The sum of the bytes of row {@code y} filtered with Sub, each taken as a signed byte's size. */
    private static int subCost(int[] pixels, int width, int y) {
        int sum = 0;
        int left = 0;
        for (int x = 0, i = y * width; x < width; x++, i++) {
            int p = pixels[i];
            sum += cost(p, left);
            left = p;
        }
        return sum;
    }

    /** |(byte) (a - b)| summed over the three channels. */
    private static int cost(int a, int b) {
        if (a == b) {
            return 0;
        }
        return Math.abs((byte) ((a >>> 16) - (b >>> 16))) + Math.abs((byte) ((a >>> 8) - (b >>> 8)))
                + Math.abs((byte) (a - b));
    }

    /** Row {@code y} filtered with Up (or else Sub) into {@code out} from {@code at}, filter byte first. */
    private static void filterRow(int[] pixels, int width, int y, boolean up, byte[] out, int at) {
        out[at] = (byte) (up ? FILTER_UP : FILTER_SUB);
        int base = y * width;
        int above = base - width;
        int left = 0;
        for (int x = 0, i = at + 1; x < width; x++, i += 3) {
            int p = pixels[base + x];
            int q = up ? pixels[above + x] : left;
            out[i] = (byte) ((p >>> 16) - (q >>> 16));
            out[i + 1] = (byte) ((p >>> 8) - (q >>> 8));
            out[i + 2] = (byte) (p - q);
            left = p;
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(name);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** The Adler-32 of A followed by B, from theirs and B's length (zlib's adler32_combine). */
    static long combineAdler32(long adlerA, long adlerB, long lengthB) {
        final long base = 65521;
        long rem = lengthB % base;
        long sum1 = adlerA & 0xffff;
        long sum2 = rem * sum1 % base;
        sum1 += (adlerB & 0xffff) + base - 1;
        sum2 += ((adlerA >>> 16) & 0xffff) + ((adlerB >>> 16) & 0xffff) + base - rem;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= (base << 1)) {
            sum2 -= (base << 1);
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return (sum2 << 16) | sum1;
    }
}
