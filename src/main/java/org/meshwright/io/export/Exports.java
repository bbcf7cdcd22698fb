package org.meshwright.io.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meshwright.io.AtomicFiles;
import org.meshwright.io.descriptor.BackstageExporter;
import org.meshwright.io.descriptor.DpdsExporter;
import org.meshwright.io.descriptor.OdcsExporter;
import org.meshwright.io.descriptor.OdpsExporter;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.model.Mesh;

/**
 * Every export format behind one door, for the desktop's File &gt; Export: an export is
 * first {@linkplain #render rendered into memory}, which can be abandoned at no cost, and
 * then {@linkplain Rendered#commit committed} to disk file by file through a temporary
 * file and a rename, so a cancelled or failed export leaves nothing half-written.
 */
public final class Exports {

    /** The export formats, in the order of cli.md's table, with what a person calls them. */
    public enum Format {
        SVG("svg", "SVG image", "svg", false, true),
        PNG("png", "PNG image", "png", false, true),
        DOT("dot", "Graphviz DOT", "dot", false, false),
        GRAPHML("graphml", "GraphML (yEd, networkx)", "graphml", false, false),
        MERMAID("mermaid", "Mermaid flowchart", "mmd", false, false),
        YAML("yaml", "Mesh YAML (canonical)", "mesh.yaml", false, false),
        ODPS("odps", "Open Data Product Standard (folder)", null, true, false),
        ODCS("odcs", "Open Data Contract Standard (folder)", null, true, false),
        DPDS("dpds", "Open Data Mesh DPDS (folder)", null, true, false),
        BACKSTAGE("backstage", "Backstage catalog (catalog-info.yaml)", "yaml", false, false);

        private final String keyword;
        private final String label;
        private final String extension;
        private final boolean folder;
        private final boolean picture;

        Format(String keyword, String label, String extension, boolean folder, boolean picture) {
            this.keyword = keyword;
            this.label = label;
            this.extension = extension;
            this.folder = folder;
            this.picture = picture;
        }

        /** The CLI's name of the format: {@code svg}, {@code odps}, ... */
        public String keyword() {
            return keyword;
        }

        public String label() {
            return label;
        }

        /** The file name extension without the dot, or {@code null} for folder formats. */
        public String extension() {
            return extension;
        }

        /** Writes one document per element into a folder rather than one file. */
        public boolean isFolder() {
            return folder;
        }

        /** A picture of the diagram: has a preview, a scale (PNG) and optional finding markers. */
        public boolean isPicture() {
            return picture;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * An export held in memory: file name (relative to the folder, or empty for a one-file
     * format) to bytes.
     *
     * @param png for PNG, its size and scale; otherwise {@code null}
     */
    public record Rendered(Format format, Map<String, byte[]> files, PngResult png) {

        /** The one file's bytes of a one-file format. */
        public byte[] bytes() {
            return files.get("");
        }

        /**
         * Writes the export to {@code target}: the file itself, or for a folder format the
         * folder (created when missing), one atomic write per document and nothing outside it.
         */
        public void commit(Path target) throws IOException {
            if (!format.isFolder()) {
                AtomicFiles.write(target, bytes());
                return;
            }
            Files.createDirectories(target);
            Path folder = target.toAbsolutePath().normalize();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = folder.resolve(e.getKey()).normalize();
                if (!folder.equals(file.getParent())) {
                    throw new IOException("refusing to write outside " + target + ": " + e.getKey());
                }
                AtomicFiles.write(file, e.getValue());
            }
        }
    }

    private Exports() {
    }

    /** Renders {@code mesh} in {@code format} into memory; {@code options} matter to pictures only. */
    public static Rendered render(Mesh mesh, Format format, ExportOptions options) throws IOException {
        return switch (format) {
            case SVG -> one(format, new DiagramExporter().svg(mesh, options));
            case PNG -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                PngResult result = new DiagramExporter().writePng(mesh, out, options);
                yield new Rendered(format, Map.of("", out.toByteArray()), result);
            }
            case DOT -> one(format, new DotExporter().dot(mesh));
            case GRAPHML -> one(format, new GraphmlExporter().graphml(mesh));
            case MERMAID -> one(format, new MermaidExporter().mermaid(mesh));
            case YAML -> one(format, new MeshWriter().write(mesh));
            case ODPS -> folder(format, new OdpsExporter().documents(mesh));
            case ODCS -> folder(format, new OdcsExporter().documents(mesh));
            case DPDS -> folder(format, new DpdsExporter().documents(mesh));
            case BACKSTAGE -> one(format, new BackstageExporter().catalog(mesh));
        };
    }

    private static Rendered one(Format format, String text) {
        return new Rendered(format, Map.of("", text.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static Rendered folder(Format format, Map<String, String> documents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        documents.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new Rendered(format, files, null);
    }

}
