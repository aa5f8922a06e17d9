package org.edubalance.report.selfevaluation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a report's figures come from and when it was made, printed in its appendix.
 *
 * @param files the input files with their checksums
 * @param generatedAt the generation time the report states; the caller chooses it (e.g. the data file's time) so
 *     that equal inputs give equal reports
 * @param softwareVersion the EduBalance version that computed the figures
 */
public record Provenance(List<SourceFile> files, OffsetDateTime generatedAt, String softwareVersion) {
    public Provenance {
        files = List.copyOf(files);
    }
}
