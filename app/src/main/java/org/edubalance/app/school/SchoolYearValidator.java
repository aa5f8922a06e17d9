package org.edubalance.app.school;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.edubalance.app.web.RejectedEditException;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.school.SchoolImporter;
import org.edubalance.dataimport.table.CsvTableWriter;
import org.springframework.stereotype.Component;

/**
 * Checks an edited school year with exactly the import's rules: the cells are written as a one-row school file and
 * imported, so an edit can never store what an import would refuse.
 */
@Component
final class SchoolYearValidator {
    private final SchoolImporter importer;

    SchoolYearValidator(SchoolImporter importer) {
        this.importer = importer;
    }

    /**
     * The school year the cells describe.
     *
     * @throws RejectedEditException with the import report when a rule is broken
     */
    SchoolYear validate(Map<String, String> cells, String name) {
        try {
            Path dir = Files.createTempDirectory("edubalance-edit-");
            Path file = dir.resolve(name + ".csv");
            try {
                try (CsvTableWriter csv = CsvTableWriter.create(file)) {
                    csv.writeRow(new ArrayList<>(cells.keySet()));
                    csv.writeRow(new ArrayList<>(cells.values()));
                }
                return importer.importFile(file).schools().getFirst();
            } catch (ImportRejectedException e) {
                throw new RejectedEditException(e.report());
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
