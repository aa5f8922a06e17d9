package org.edubalance.app.school;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.StoredSchoolYear;
import org.edubalance.dataimport.school.SchoolCsvWriter;

/**
 * One school year as the school file holds it: every column of docs/data-formats.md §1 by its English id, as text (blank =
 * absent), with the version an edit must name.
 *
 * @param schoolCode the school
 * @param year the school year
 * @param version the stored version; send it back with an edit
 * @param values column id → cell, in the file's column order
 */
public record SchoolYearResponse(String schoolCode, int year, long version, Map<String, String> values) {

    /** The same values at another version: a form re-shown after a refused save keeps the version it was read at. */
    SchoolYearResponse withVersion(long other) {
        return new SchoolYearResponse(schoolCode, year, other, values);
    }

    static SchoolYearResponse of(StoredSchoolYear stored) {
        return new SchoolYearResponse(
                stored.school().code().value(), stored.school().year(), stored.version(), cells(stored));
    }

    static Map<String, String> cells(StoredSchoolYear stored) {
        List<String> header = SchoolCsvWriter.header();
        List<String> row = SchoolCsvWriter.row(stored.school());
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), row.get(i));
        }
        return values;
    }
}
