package org.edubalance.app.dataimport;

import java.time.Instant;
import java.util.List;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.dataset.DatasetImport;

/**
 * A stored import with its provenance and the warnings found.
 *
 * @param id the import's id
 * @param kind SCHOOLS, COUNTY_INPUTS or DEMO
 * @param fileName the file's name as uploaded
 * @param sha256 the file's SHA-256
 * @param importedBy who imported it
 * @param importedAt when
 * @param rows data rows stored
 * @param years the school years it held
 * @param replacedRows rows of those years removed first ({@code replace=true}); 0 otherwise
 * @param warnings the import's warnings (never errors: a file with errors stores nothing)
 */
public record ImportResponse(
        long id,
        String kind,
        String fileName,
        String sha256,
        String importedBy,
        Instant importedAt,
        long rows,
        List<Integer> years,
        long replacedRows,
        List<IssueResponse> warnings) {

    static ImportResponse of(DatasetImport d, long replacedRows, List<IssueResponse> warnings) {
        return new ImportResponse(
                d.id(),
                d.kind().name(),
                d.fileName(),
                d.sha256(),
                d.importedBy(),
                d.importedAt(),
                d.rows(),
                d.years(),
                replacedRows,
                warnings);
    }
}
