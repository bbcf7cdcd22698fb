package org.meshwright.io.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.meshwright.diagram.Colour;
import org.meshwright.diagram.DiagramPainter;
import org.meshwright.diagram.DiagramScene;
import org.meshwright.diagram.DiagramStyle;
import org.meshwright.diagram.P;
import org.meshwright.diagram.PaintOptions;
import org.meshwright.diagram.Painter;
import org.meshwright.diagram.PathData;
import org.meshwright.diagram.Rect;
import org.meshwright.diagram.Stroke;
import org.meshwright.diagram.TextAlign;
import org.meshwright.diagram.TextMetrics;
import org.meshwright.diagram.TextStyle;
import org.meshwright.diagram.Viewport;
import org.meshwright.io.AtomicFiles;
import org.meshwright.layout.AutoLayout;
import org.meshwright.layout.LayoutGeometry;
import org.meshwright.layout.LayoutMonitor;
import org.meshwright.layout.LayoutOptions;
import org.meshwright.model.ElementRef;
import org.meshwright.model.Mesh;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Severity;
import org.meshwright.rules.Validator;

/**
 * Exports the diagram of a mesh as SVG or PNG: both drawn by the one
 * {@link DiagramPainter}, the whole scene plus a margin, at full detail, on white. The
 * same mesh and options give the same bytes. The {@link Path} methods write through a
 * temporary file and a rename, so a failed export leaves no partial file. Nodes without a
 * position (a mesh without a {@code layout} section, say) are placed by {@link AutoLayout}
 * first, keeping every position the file has, so that such a mesh exports laid out.
 */
public final class DiagramExporter {

    /** The largest PNG side, in pixels. */
    public static final int MAX_PNG_SIDE = 16384;
    /** White space around the scene, in diagram units. */
    public static final double MARGIN = 24;

    // ---- SVG -----------------------------------------------------------------------------

    /** Writes the SVG document to {@code out} (UTF-8 is the caller's, the document says so); does not close it. */
    public void writeSvg(Mesh mesh, Writer out, ExportOptions options) throws IOException {
        Picture pic = picture(mesh, options);
        SvgPainter svg = new SvgPainter();
        svg.begin(pic.area.width(), pic.area.height(), title(mesh));
        pic.paint(svg);
        svg.end();
        out.write(svg.document());
        out.flush();
    }

    /** Writes the SVG document to {@code target}, atomically. */
    public void writeSvg(Mesh mesh, Path target, ExportOptions options) throws IOException {
        Picture pic = picture(mesh, options);
        SvgPainter svg = new SvgPainter();
        svg.begin(pic.area.width(), pic.area.height(), title(mesh));
        pic.paint(svg);
        svg.end();
        byte[] bytes = svg.document().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, bytes);
    }

    /** The SVG document as a string. */
    public String svg(Mesh mesh, ExportOptions options) {
        Picture pic = picture(mesh, options);
        SvgPainter svg = new SvgPainter();
        svg.begin(pic.area.width(), pic.area.height(), title(mesh));
        pic.paint(svg);
        svg.end();
        return svg.document();
    }

    // ---- PNG -----------------------------------------------------------------------------

    /** Writes the PNG to {@code out}; does not close it. */
    public PngResult writePng(Mesh mesh, OutputStream out, ExportOptions options) throws IOException {
        Picture pic = picture(mesh, options);
        PngResult plan = plan(pic.area, options.scale());
        writePng(pic, plan, out);
        out.flush();
        return plan;
    }

    /** Writes the PNG to {@code target}, atomically. */
    public PngResult writePng(Mesh mesh, Path target, ExportOptions options) throws IOException {
        Picture pic = picture(mesh, options);
        PngResult plan = plan(pic.area, options.scale());
        AtomicFiles.write(target, out -> writePng(pic, plan, out));
        return plan;
    }

    /**
     * Draws the picture and writes it as a PNG, band by band: one pass of the diagram
     * painter is recorded ({@link DisplayList}), then each band of rows is drawn from the
     * record into a small image and deflated, on up to {@link #THREADS} threads, and the
     * bands are written in order. A band's pixels stay in the processor's cache while the
     * many strokes crossing it are drawn, and the whole picture is never held at once. The
     * bands depend only on the picture's width, so the bytes do not depend on the threads.
     */
    private static void writePng(Picture pic, PngResult plan, OutputStream out) throws IOException {
        writePng(pic, plan, out, bandRows(plan.width()));
    }

    /** {@link #writePng(Mesh, OutputStream, ExportOptions)} with bands of {@code rows} rows (tests compare sizes). */
    PngResult writePng(Mesh mesh, OutputStream out, ExportOptions options, int rows) throws IOException {
        Picture pic = picture(mesh, options);
        PngResult plan = plan(pic.area, options.scale());
        writePng(pic, plan, out, rows);
        return plan;
    }

    private static void writePng(Picture pic, PngResult plan, OutputStream out, int rows) throws IOException {
        DisplayList list = new DisplayList();
        list.scale(plan.scale());
        pic.paint(list);
        int width = plan.width();
        int height = plan.height();
        int bands = (height + rows - 1) / rows;
        int[][] index = list.bandIndex(rows, bands);
        PngEncoder.Stream png = new PngEncoder.Stream(out, width, height);
        if (bands == 1 || THREADS < 2) {
            for (int b = 0; b < bands; b++) {
                png.add(band(list, index[b], width, height, b * rows, rows));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS, DAEMONS);
            try {
                Deque<Future<PngEncoder.Run>> inFlight = new ArrayDeque<>();
                int next = 0;
                for (int b = 0; b < bands; b++) {
                    // a few bands ahead, not all: each holds its pixels until deflated
                    while (next < bands && inFlight.size() < 2 * THREADS) {
                        int k = next++;
                        inFlight.add(pool.submit(() -> band(list, index[k], width, height, k * rows, rows)));
                    }
                    png.add(PngEncoder.join(inFlight.poll()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        png.finish();
    }

    /**
     * Rows per band: about 4 MiB of pixels, 16 to 512 rows. Each band pays again for the
     * drawings that cross it (a link's segments, a label's glyphs), so fewer, taller bands
     * draw faster; 4 MiB still stays in the processor's larger caches.
     */
    static int bandRows(int width) {
        return Math.max(16, Math.min(512, (4 << 20) / (4 * width)));
    }

    /** Draws the band from device row {@code top}, {@code rows} high (less at the bottom), and deflates it. */
    private static PngEncoder.Run band(DisplayList list, int[] ops, int width, int height, int top, int rows) {
        int bottom = Math.min(height, top + rows);
        BufferedImage image = new BufferedImage(width, bottom - top, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, bottom - top);
            list.replay(new Java2dPainter(g, image, top), ops);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return PngEncoder.deflate(pixels, width, 0, bottom - top, bottom == height, PngEncoder.level(width, height));
    }

    /** Worker threads for a large PNG: the machine's cores, at most 4. */
    static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private static final ThreadFactory DAEMONS = task -> {
        Thread t = new Thread(task, "meshwright-png");
        t.setDaemon(true);
        return t;
    };

    /** The size and scale a PNG of {@code mesh} would have, without drawing it. */
    public PngResult planPng(Mesh mesh, ExportOptions options) {
        DiagramScene scene = DiagramScene.of(placed(mesh), style());
        return plan(area(scene), options.scale());
    }

    static PngResult plan(Rect area, double asked) {
        double longest = Math.max(area.width(), area.height());
        double scale = asked;
        String message = null;
        if (Math.ceil(longest * scale) > MAX_PNG_SIDE) {
            scale = Math.floor(MAX_PNG_SIDE / longest * 1000) / 1000;
            while (Math.ceil(longest * scale) > MAX_PNG_SIDE) {
                scale -= 0.001;
            }
            if (!(scale > 0)) {
                scale = MAX_PNG_SIDE / longest;
            }
            message = String.format(Locale.ROOT,
                    "the picture would be %d px wide at scale %s; scaled down to %s to stay within %d px a side",
                    (long) Math.ceil(longest * asked), SvgPainter.num(asked), stripped(scale), MAX_PNG_SIDE);
        }
        int w = Math.max(1, (int) Math.ceil(area.width() * scale));
        int h = Math.max(1, (int) Math.ceil(area.height() * scale));
        return new PngResult(w, h, scale, message);
    }

    private static String stripped(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- the picture ---------------------------------------------------------------------

    static DiagramStyle style() {
        return DiagramStyle.light().withBackground(Colour.WHITE);
    }

    static Rect area(DiagramScene scene) {
        return scene.bounds().inflate(MARGIN);
    }

    private static String title(Mesh mesh) {
        return mesh.metadata() == null ? "" : mesh.metadata().name();
    }

    /** {@code mesh} itself where every node has a position, else a copy with the missing ones laid out. */
    private Mesh placed(Mesh mesh) {
        if (mesh.nodes().stream().allMatch(n -> mesh.diagram().position(n.id()) != null)) {
            return mesh;
        }
        DiagramStyle style = style();
        LayoutOptions options = LayoutOptions.newNodes()
                .withGeometry(LayoutGeometry.defaults().withNodeSize(style.nodeWidth(), style.nodeHeight()));
        Mesh copy = mesh.copy();
        new AutoLayout().layout(copy, options, LayoutMonitor.NONE).applyTo(copy);
        return copy;
    }

    private Picture picture(Mesh mesh, ExportOptions options) {
        DiagramScene scene = DiagramScene.of(placed(mesh), style());
        Map<ElementRef, Severity> markers = new TreeMap<>(REF_ORDER);
        if (options.findings()) {
            for (Finding f : new Validator().validate(mesh)) {
                for (ElementRef ref : f.elements()) {
                    markers.merge(ref, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return new Picture(scene, area(scene), markers);
    }

    private static final Comparator<ElementRef> REF_ORDER = Comparator.comparing(ElementRef::kind)
            .thenComparing(ElementRef::id);

    /** What one export draws: the scene, the area and the finding markers in a fixed order. */
    private static final class Picture {
        final DiagramScene scene;
        final Rect area;
        final Map<ElementRef, Severity> markers;

        Picture(DiagramScene scene, Rect area, Map<ElementRef, Severity> markers) {
            this.scene = scene;
            this.area = area;
            this.markers = markers;
        }

        /**
         * The scene, then each marker. The painter's options hold their markers in a map
         * without a stable order, so each marker is drawn by a pass over just the small
         * area around it, of which only the marker itself (its last drawing) is kept: the
         * same routine draws it, and the order is ours.
         */
        void paint(Painter target) {
            DiagramPainter painter = new DiagramPainter();
            painter.paint(scene, target, Viewport.of(area),
                    PaintOptions.DEFAULT.withShowMarkers(false).withShowPlatformLines(false).withComplete(true));
            List<Map.Entry<ElementRef, Severity>> ordered = new ArrayList<>(markers.entrySet());
            ordered.sort(Comparator.comparingInt((Map.Entry<ElementRef, Severity> e) -> rank(e.getKey()))
                    .thenComparing(Map.Entry::getKey, REF_ORDER));
            for (Map.Entry<ElementRef, Severity> e : ordered) {
                P c = DiagramPainter.markerCenter(scene, e.getKey());
                if (c == null) {
                    continue;
                }
                Recorder rec = new Recorder(target.textMetrics());
                Rect small = new Rect(c.x() - 1, c.y() - 1, 2, 2);
                painter.paint(scene, rec, Viewport.of(small), PaintOptions.DEFAULT.withShowPlatformLines(false)
                        .withComplete(true).withMarkers(Map.of(e.getKey(), e.getValue())));
                if (rec.last != null) {
                    target.save();
                    target.translate(-area.x(), -area.y());
                    for (Consumer<Painter> call : rec.last) {
                        call.accept(target);
                    }
                    target.restore();
                }
            }
        }

        private static int rank(ElementRef ref) {
            return switch (ref.kind()) {
                case NODE -> 3;
                case LINK -> 2;
                default -> 1;
            };
        }
    }

    /**
     * Records the calls of the last block bracketed by a {@code save()} directly inside the
     * pass's own: for a pass that draws one marker and no gestures, the marker.
     */
    private static final class Recorder implements Painter {
        private final TextMetrics metrics;
        private int depth;
        private List<Consumer<Painter>> current;
        List<Consumer<Painter>> last;

        Recorder(TextMetrics metrics) {
            this.metrics = metrics;
        }

        private void record(Consumer<Painter> call) {
            if (current != null) {
                current.add(call);
            }
        }

        @Override
        public TextMetrics textMetrics() {
            return metrics;
        }

        @Override
        public void save() {
            depth++;
            if (depth == 2) {
                current = new ArrayList<>();
            }
            record(Painter::save);
        }

        @Override
        public void restore() {
            record(Painter::restore);
            if (depth == 2) {
                last = current;
                current = null;
            }
            depth--;
        }

        @Override
        public void translate(double dx, double dy) {
            record(p -> p.translate(dx, dy));
        }

        @Override
        public void scale(double factor) {
            record(p -> p.scale(factor));
        }

        @Override
        public void setOpacity(double opacity) {
            record(p -> p.setOpacity(opacity));
        }

        @Override
        public void fillRect(Rect r, Colour fill) {
            record(p -> p.fillRect(r, fill));
        }

        @Override
        public void fillRoundRect(Rect r, double radius, Colour fill) {
            record(p -> p.fillRoundRect(r, radius, fill));
        }

        @Override
        public void strokeRoundRect(Rect r, double radius, Stroke stroke) {
            record(p -> p.strokeRoundRect(r, radius, stroke));
        }

        @Override
        public void fillOval(Rect r, Colour fill) {
            record(p -> p.fillOval(r, fill));
        }

        @Override
        public void strokeOval(Rect r, Stroke stroke) {
            record(p -> p.strokeOval(r, stroke));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
            record(p -> p.line(x1, y1, x2, y2, stroke));
        }

        @Override
        public void polyline(List<P> points, Stroke stroke) {
            record(p -> p.polyline(points, stroke));
        }

        @Override
        public void fillPolygon(List<P> points, Colour fill) {
            record(p -> p.fillPolygon(points, fill));
        }

        @Override
        public void fillPath(PathData path, Colour fill) {
            record(p -> p.fillPath(path, fill));
        }

        @Override
        public void strokePath(PathData path, Stroke stroke) {
            record(p -> p.strokePath(path, stroke));
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Colour colour, TextAlign align) {
            record(p -> p.text(text, x, y, style, colour, align));
        }
    }
}
