package org.meshwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.MeshReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate [--format text|json|sarif] [--fail-on error|warning|info|never] FILE...}:
 * reads each file, checks the ones that read, and reports. Read errors go to standard error
 * as {@code FILE:LINE:COLUMN: message}; the report of the files that read goes to standard
 * output. Exit code: 3 when any file could not be read, else 1 when a finding reaches
 * {@code --fail-on}, else 0.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check mesh files against the format and the governance rules.",
        descriptionHeading = "%n",
        parameterListHeading = "%n",
        optionListHeading = "%nOptions:%n")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = KeywordConverter.ForReportFormat.class,
            description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            converter = KeywordConverter.ForFailOn.class,
            description = "exit with 1 on findings of this severity or worse: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "mesh files (*.mesh.yaml)")
    List<Path> files;

    private final MeshInputs inputs;
    private final FindingSource findingSource;

    ValidateCommand() {
        this(new MeshInputs(), new RuleFindings());
    }

    ValidateCommand(MeshInputs inputs, FindingSource findingSource) {
        this.inputs = inputs;
        this.findingSource = findingSource;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ValidationReport report = validate(files);
        for (FileResult.Unreadable unreadable : report.unreadable()) {
            unreadable.errors().forEach(e -> err.println(e.format()));
        }
        err.flush();
        ReportWriter.of(format).write(report, out);
        return report.exitCode(failOn);
    }

    /** Reads and checks each file, in the order given. */
    ValidationReport validate(List<Path> paths) {
        List<FileResult> results = new ArrayList<>();
        for (Path path : paths) {
            String name = path.toString();
            try {
                MeshDocument document = inputs.read(path);
                results.add(new FileResult.Checked(name, document, findingSource.check(document)));
            } catch (MeshReadException e) {
                results.add(new FileResult.Unreadable(name, e.errors()));
            }
        }
        return new ValidationReport(results);
    }
}
