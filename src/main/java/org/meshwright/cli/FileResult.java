package org.meshwright.cli;

import java.util.List;
import org.meshwright.io.yaml.MeshDocument;
import org.meshwright.io.yaml.ReadError;

/** What {@code validate} learned about one file: either its findings or why it could not be read. */
sealed interface FileResult {

    /** The file as the user named it. */
    String file();

    /** The file was read; {@code findings} may be empty. */
    record Checked(String file, MeshDocument document, List<ReportedFinding> findings) implements FileResult {
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    /** The file could not be read. */
    record Unreadable(String file, List<ReadError> errors) implements FileResult {
        public Unreadable {
            errors = List.copyOf(errors);
        }
    }
}
