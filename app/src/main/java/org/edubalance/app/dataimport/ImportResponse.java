package org.edubalance.app.dataimport;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.dataset.DatasetImport;
import org.edubalance.core.staff.SchoolRoster;
import org.edubalance.core.staff.Teacher;

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
 * @param removedRosters the teacher rosters a school file's replacement removed with the schools it no longer holds
 *     (the rosters of the schools it still holds stay); empty otherwise
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
        List<IssueResponse> warnings,
        List<RemovedRoster> removedRosters) {

    /**
     * A school's teacher roster removed with the school (or to be removed, on the import page's confirmation).
     *
     * @param year the school year
     * @param countyCode the school's county
     * @param schoolCode the school
     * @param teachers how many teachers the roster listed
     */
    public record RemovedRoster(int year, String countyCode, String schoolCode, int teachers) implements Serializable {
        private static final long serialVersionUID = 1L;

        static RemovedRoster of(SchoolRoster roster) {
            return new RemovedRoster(
                    roster.year(), roster.county().value(), roster.school().value(), roster.teachers());
        }

        /** {@code teachers} (ordered by year, county and school) as one entry per school. */
        static List<RemovedRoster> of(List<Teacher> teachers) {
            Map<String, RemovedRoster> bySchool = new LinkedHashMap<>();
            for (Teacher t : teachers) {
                bySchool.merge(
                        t.year() + "/" + t.school().value(),
                        new RemovedRoster(
                                t.year(), t.county().value(), t.school().value(), 1),
                        (a, b) -> new RemovedRoster(a.year(), a.countyCode(), a.schoolCode(), a.teachers() + 1));
            }
            return List.copyOf(bySchool.values());
        }
    }

    static ImportResponse of(DatasetImport d, long replacedRows, List<IssueResponse> warnings) {
        return of(d, replacedRows, warnings, List.of());
    }

    static ImportResponse of(
            DatasetImport d, long replacedRows, List<IssueResponse> warnings, List<RemovedRoster> removedRosters) {
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
                warnings,
                removedRosters);
    }
}
