package org.meshwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshwright.io.descriptor.BackstageExporter;
import org.meshwright.io.descriptor.DpdsExporter;
import org.meshwright.io.descriptor.OdcsExporter;
import org.meshwright.io.descriptor.OdpsExporter;
import org.meshwright.io.export.DiagramExporter;
import org.meshwright.io.export.DotExporter;
import org.meshwright.io.export.GraphmlExporter;
import org.meshwright.io.export.MermaidExporter;
import org.meshwright.io.export.ExportOptions;
import org.meshwright.io.export.PngResult;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export --format FORMAT [-o PATH] FILE}: writes a mesh in another format, to standard
 * output or, with {@code -o}, to a file through a temporary file and a rename, so that a
 * failed export leaves nothing behind. {@code svg} and {@code png} draw what the editor's
 * canvas draws ({@code --findings} adds finding markers; {@code --scale} sets a PNG's
 * resolution). Exit codes: 2 for an unknown format or a bad option, 3
 * when FILE cannot be read, 1 when the output cannot be written.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Write a mesh in another format.",
        descriptionHeading = "%n",
        parameterListHeading = "%n",
        optionListHeading = "%nOptions:%n")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "svg, png, dot, graphml, mermaid, yaml, odps, odcs, dpds or backstage")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "where to write (default: standard output)")
    Path output;

    @Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "2",
            description = "png: pixels per diagram unit (default: ${DEFAULT-VALUE}); never more than 16384 px a side")
    double scale;

    @Option(names = "--findings", description = "svg, png: mark the elements that have findings")
    boolean findings;

    @Parameters(arity = "1", paramLabel = "FILE", description = "the mesh file (*.mesh.yaml)")
    Path file;

    private final MeshInputs inputs = new MeshInputs();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat target = ExportFormat.parse(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown format '" + format + "'; formats: " + ExportFormat.names()));
        if (target.isFolder() && output == null) {
            throw new ParameterException(spec.commandLine(), "format " + target
                    + " writes one file per element into a folder: name it with -o FOLDER");
        }
        if (!(scale > 0 && scale <= 16)) {
            throw new ParameterException(spec.commandLine(), "--scale must be a number above 0 and at most 16, not " + scale);
        }
        MeshDocument document;
        try {
            document = inputs.read(file);
        } catch (MeshReadException e) {
            MeshInputs.printErrors(e, err);
            return ExitCodes.UNREADABLE_INPUT;
        }
        try {
            switch (target) {
                case SVG -> exportSvg(document, out);
                case PNG -> exportPng(document, err);
                case DOT -> exportText(document, out, new DotExporter()::write, new DotExporter()::write);
                case GRAPHML -> exportText(document, out, new GraphmlExporter()::write, new GraphmlExporter()::write);
                case MERMAID -> exportText(document, out, new MermaidExporter()::write, new MermaidExporter()::write);
                case ODPS -> new OdpsExporter().write(document.mesh(), output);
                case ODCS -> new OdcsExporter().write(document.mesh(), output);
                case DPDS -> new DpdsExporter().write(document.mesh(), output);
                case BACKSTAGE -> exportText(document, out, new BackstageExporter()::write,
                        new BackstageExporter()::write);
                default -> exportYaml(document, out);
            }
        } catch (IOException e) {
            return CommandFailures.cannotWrite(err, output == null ? "the output" : output, e);
        }
        return ExitCodes.OK;
    }

    /** Writes a mesh to a text stream. */
    @FunctionalInterface
    interface ToWriter {
        void write(org.meshwright.model.Mesh mesh, java.io.Writer out) throws IOException;
    }

    /** Writes a mesh to a file, atomically. */
    @FunctionalInterface
    interface ToPath {
        void write(org.meshwright.model.Mesh mesh, Path target) throws IOException;
    }

    private void exportText(MeshDocument document, PrintWriter out, ToWriter toWriter, ToPath toPath)
            throws IOException {
        if (output == null) {
            toWriter.write(document.mesh(), out);
            out.flush();
        } else {
            toPath.write(document.mesh(), output);
        }
    }

    private void exportYaml(MeshDocument document, PrintWriter out) throws IOException {
        MeshWriter writer = new MeshWriter();
        if (output == null) {
            out.print(writer.write(document.mesh()));
            out.flush();
        } else {
            writer.save(document.mesh(), output);
        }
    }

    private void exportSvg(MeshDocument document, PrintWriter out) throws IOException {
        DiagramExporter exporter = new DiagramExporter();
        ExportOptions options = ExportOptions.DEFAULT.withFindings(findings);
        if (output == null) {
            exporter.writeSvg(document.mesh(), out, options);
            out.flush();
        } else {
            exporter.writeSvg(document.mesh(), output, options);
        }
    }

    private void exportPng(MeshDocument document, PrintWriter err) throws IOException {
        DiagramExporter exporter = new DiagramExporter();
        ExportOptions options = ExportOptions.DEFAULT.withScale(scale).withFindings(findings);
        PngResult result;
        if (output == null) {
            // binary: straight to the process's standard output, not through the text writer
            result = exporter.writePng(document.mesh(), System.out, options);
            System.out.flush();
        } else {
            result = exporter.writePng(document.mesh(), output, options);
        }
        if (result.message() != null) {
            err.println(result.message());
            err.flush();
        }
    }
}
