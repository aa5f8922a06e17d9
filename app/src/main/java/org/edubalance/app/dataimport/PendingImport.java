package org.edubalance.app.dataimport;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An upload waiting for the person's confirmation that it may replace years already held. Kept in the session by the
 * import page; the file stays in its private temporary directory until confirmed or cancelled.
 *
 * @param path where the upload was saved
 * @param originalName its name as uploaded
 * @param sha256 its checksum
 * @param kind {@code schools} or {@code county-inputs}
 * @param heldYears the file's years already held (those a confirmation replaces)
 */
public record PendingImport(String path, String originalName, String sha256, String kind, List<Integer> heldYears)
        implements Serializable {

    /** The upload as the import service reads it; closing it deletes the file. */
    UploadedFile file() {
        return new UploadedFile(Path.of(path), originalName, sha256);
    }

    /** Deletes the waiting file (cancelled, or replaced by a newer upload). */
    void discard() throws IOException {
        Path file = Path.of(path);
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }
}
