package org.edubalance.dataimport.school;

import java.util.List;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportReport;

/**
 * A school file imported without errors.
 *
 * @param schools one entry per data row, in file order
 * @param report the warnings found (never errors: a file with errors is rejected whole)
 */
public record SchoolImport(List<SchoolYear> schools, ImportReport report) {
    public SchoolImport {
        schools = List.copyOf(schools);
        if (report.hasErrors()) {
            throw new IllegalArgumentException("An accepted import has no errors: " + report);
        }
    }
}
