package org.meshwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.meshwright.io.yaml.MeshWriter;
import org.meshwright.io.yaml.Templates;
import org.meshwright.model.Ids;
import org.meshwright.model.Mesh;
import org.meshwright.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code new --topology governed|harmonized|federated [--name NAME] -o FILE}: writes the
 * template of a topology, the same mesh File > New starts from, with {@code metadata.name} set
 * to NAME where given. It never writes over an existing file (exit code 1), and writes through
 * a temporary file and a rename. Exit code 2 for a missing or bad option, NAME included.
 */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Write a new mesh from the template of a topology.",
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n")
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--topology", required = true, paramLabel = "TOPOLOGY",
            converter = KeywordConverter.ForTopology.class,
            description = "governed (a central hub), harmonized (one shared platform) or federated"
                    + " (a platform per domain)")
    Topology topology;

    @Option(names = "--name", paramLabel = "NAME",
            description = "the mesh's name (metadata.name): lower case letters, digits, '.', '_' and '-'")
    String name;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "the file to create (*.mesh.yaml); it must not exist yet")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (name != null && !Ids.isValid(name)) {
            throw new ParameterException(spec.commandLine(), "--name '" + name + "' is not a valid name: use 1 to 63"
                    + " lower case letters, digits, '.', '_' or '-', starting and ending with a letter or digit");
        }
        if (Files.exists(output)) {
            err.println("meshwright: " + output + " exists already; choose another file or delete it first");
            err.flush();
            return ExitCodes.FAILED;
        }
        Mesh mesh = Templates.of(topology);
        if (name != null) {
            mesh.setMetadata(mesh.metadata().withName(name));
        }
        try {
            new MeshWriter().save(mesh, output);
        } catch (IOException e) {
            return CommandFailures.cannotWrite(err, output, e);
        }
        return ExitCodes.OK;
    }
}
