package org.meshwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
 * failed export leaves nothing behind. Exit codes: 2 for an unknown or not yet available
 * format, 3 when FILE cannot be read, 1 when the output cannot be written.
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

    @Parameters(arity = "1", paramLabel = "FILE", description = "the mesh file (*.mesh.yaml)")
    Path file;

    private final MeshInputs inputs = new MeshInputs();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat target = ExportFormat.parse(format).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown format '" + format + "'; formats: " + ExportFormat.names()));
        if (!target.available()) {
            err.println("format " + target + " is not available yet");
            err.flush();
            return ExitCodes.USAGE;
        }
        MeshDocument document;
        try {
            document = inputs.read(file);
        } catch (MeshReadException e) {
            MeshInputs.printErrors(e, err);
            return ExitCodes.UNREADABLE_INPUT;
        }
        MeshWriter writer = new MeshWriter();
        if (output == null) {
            out.print(writer.write(document.mesh()));
            out.flush();
            return ExitCodes.OK;
        }
        try {
            writer.save(document.mesh(), output);
        } catch (IOException e) {
            err.println("cannot write " + output + ": " + CommandFailures.describe(e));
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }
}
