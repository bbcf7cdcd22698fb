package org.meshwright.cli;

import java.util.List;
import org.meshwright.io.yaml.MeshDocument;

/**
 * Where {@code validate} gets the findings of a mesh that read without error: the rule
 * catalogue ({@link RuleFindings}) or, in tests, something simpler.
 */
@FunctionalInterface
interface FindingSource {

    /** The findings of {@code document}, in report order. */
    List<ReportedFinding> check(MeshDocument document);
}
