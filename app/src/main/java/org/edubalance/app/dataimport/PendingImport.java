package org.edubalance.app.dataimport;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An upload waiting for the person's confirmation that it may replace years already held. Kept in the session by the
 * import page; the file stays in its private temporary directory until the attribute leaves the session (confirmed,
 * cancelled, replaced by another upload, or the session expired), which deletes it.
 *
 * @param path where the upload was saved
 * @param originalName its name as uploaded
 * @param sha256 its checksum
 * @param kind {@code schools} or {@code county-inputs}
 * @param heldYears the file's years already held (those a confirmation replaces)
 * @param removedRosters the teacher rosters a confirmation would remove with the schools the file no longer holds
 */
public record PendingImport(
        String path,
        String originalName,
        String sha256,
        String kind,
        List<Integer> heldYears,
        List<ImportResponse.RemovedRoster> removedRosters)
        implements Serializable, HttpSessionBindingListener {

    /** The upload as the import service reads it; closing it deletes the file. */
    UploadedFile file() {
        return new UploadedFile(Path.of(path), originalName, sha256);
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        try {
            Path file = Path.of(path);
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
