package org.meshwright.cli;

import java.util.List;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.model.ElementRef;
import org.meshwright.rules.Finding;
import org.meshwright.rules.Validator;

/**
 * The rule catalogue as {@code validate}'s source of findings: each finding points at the
 * line where its first element is defined, or at {@code spec.topology} where it names none.
 */
final class RuleFindings implements FindingSource {

    private final Validator validator = new Validator();

    @Override
    public List<ReportedFinding> check(MeshDocument document) {
        return validator.validate(document.mesh()).stream().map(f -> report(f, document)).toList();
    }

    private static ReportedFinding report(Finding finding, MeshDocument document) {
        ElementRef anchor = finding.elements().isEmpty() ? ElementRef.MESH : finding.elements().get(0);
        return new ReportedFinding(finding.rule(), finding.severity().keyword(),
                document.sourceMap().lineOf(anchor), finding.message(), finding.elementIds());
    }
}
