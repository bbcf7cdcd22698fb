package org.meshwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.layout.AutoLayout;
import org.meshwright.model.Mesh;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code layout [-o OUT] FILE}: lays the whole mesh out with {@link AutoLayout}, the engine
 * the editor uses, and writes it in canonical form to OUT or, without {@code -o}, over FILE; either way through a temporary file and a rename. Only positions and domain
 * bounds change. Exit codes: 3 when FILE cannot be read, 1 when the result cannot be written.
 */
@Command(name = "layout",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lay a mesh out automatically: data flows left to right, domains as frames.",
        descriptionHeading = "%n",
        parameterListHeading = "%n",
        optionListHeading = "%nOptions:%n")
final class LayoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "where to write the laid-out mesh (default: over FILE)")
    Path output;

    @Parameters(arity = "1", paramLabel = "FILE", description = "the mesh file (*.mesh.yaml)")
    Path file;

    private final MeshInputs inputs = new MeshInputs();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MeshDocument document;
        try {
            document = inputs.read(file);
        } catch (MeshReadException e) {
            MeshInputs.printErrors(e, err);
            return ExitCodes.UNREADABLE_INPUT;
        }
        Mesh mesh = document.mesh();
        new AutoLayout().layout(mesh).applyTo(mesh);
        Path target = output != null ? output : file;
        try {
            new MeshWriter().save(mesh, target);
        } catch (IOException e) {
            return CommandFailures.cannotWrite(err, target, e);
        }
        return ExitCodes.OK;
    }
}
