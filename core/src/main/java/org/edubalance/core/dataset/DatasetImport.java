package org.edubalance.core.dataset;

import java.time.Instant;
import java.util.List;

/**
 * The provenance of one imported file.
 *
 * @param id assigned when stored; 0 before
 * @param kind what the file held
 * @param fileName the file's name as uploaded
 * @param sha256 the file's SHA-256 checksum, 64 lower-case hex digits
 * @param importedBy the username of who imported it
 * @param importedAt when
 * @param rows how many data rows it held
 * @param years the school years it held
 */
public record DatasetImport(
        long id,
        DatasetKind kind,
        String fileName,
        String sha256,
        String importedBy,
        Instant importedAt,
        long rows,
        List<Integer> years) {

    public DatasetImport {
        years = List.copyOf(years);
    }

    /** The same provenance with its stored id. */
    public DatasetImport withId(long storedId) {
        return new DatasetImport(storedId, kind, fileName, sha256, importedBy, importedAt, rows, years);
    }
}
