package org.edubalance.dataimport.school;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;

/**
 * The rules of docs/data-formats.md §1 that compare rows with each other, run once every part of a file is parsed and
 * given the rows in file order: one row per (year, school code) ({@link ImportIssueCode#IMP_050}, every row of a
 * repeated pair, naming the first) and one name per county code ({@link ImportIssueCode#IMP_W07}).
 */
final class CrossRowChecks {
    /** The year and school code cells of a non-blank row, as written (stripped); either may be empty. */
    record RowKey(long row, String year, String schoolCode) {}

    private final ImportSource source;
    private final HeaderMapping<SchoolColumn> header;
    private final ImportReport.Builder issues;

    CrossRowChecks(ImportSource source, HeaderMapping<SchoolColumn> header, ImportReport.Builder issues) {
        this.source = source;
        this.header = header;
        this.issues = issues;
    }

    /** Reports every (year, school code) pair that appears on more than one row; {@code keys} in file order. */
    void checkDuplicates(List<RowKey> keys) {
        // One map of school codes per year: files hold one or a few years, and no key has to be built per row.
        Map<String, Map<String, Long>> firstRowByCodeByYear = new HashMap<>();
        Set<RowKey> reported = new HashSet<>();
        for (RowKey key : keys) {
            if (key.year().isEmpty() || key.schoolCode().isEmpty()) {
                continue;
            }
            // get before computeIfAbsent: a lambda that captures keys was allocated per row (12 MB a nation-scale run).
            Map<String, Long> firstRowByCode = firstRowByCodeByYear.get(key.year());
            if (firstRowByCode == null) {
                firstRowByCode = HashMap.newHashMap(keys.size());
                firstRowByCodeByYear.put(key.year(), firstRowByCode);
            }
            Long first = firstRowByCode.putIfAbsent(key.schoolCode(), key.row());
            if (first == null) {
                continue;
            }
            String code = key.schoolCode();
            if (reported.add(new RowKey(first, key.year(), code))) {
                issues.add(duplicate(
                        first,
                        code,
                        "School '" + code + "' of year " + key.year() + " appears again on row " + key.row() + "."));
            }
            issues.add(duplicate(
                    key.row(),
                    code,
                    "School '" + code + "' of year " + key.year() + " already appears on row " + first + "."));
        }
    }

    /**
     * Where a run of rows sharing one {@link County} instance begins: the parser makes one instance per distinct
     * county (code, names), so the county-name rule needs only these.
     */
    record CountyRow(long row, County county) {}

    /** Warns when a county code carries another name than on its first row; {@code schools} on file rows {@code rows}. */
    void checkCountyNames(List<SchoolYear> schools, long[] rows) {
        List<CountyRow> changes = new ArrayList<>();
        County previous = null;
        for (int i = 0; i < schools.size(); i++) {
            // Rows of a county come together and share one County instance: look each up once.
            if (schools.get(i).county() != previous) {
                previous = schools.get(i).county();
                changes.add(new CountyRow(rows[i], previous));
            }
        }
        checkCountyNames(changes);
    }

    /** As {@link #checkCountyNames(List, long[])}, given where each run of one county instance begins, in file order. */
    void checkCountyNames(List<CountyRow> changes) {
        Map<String, String> nameByCode = new HashMap<>();
        Set<String> warned = new HashSet<>();
        for (CountyRow change : changes) {
            String code = change.county().code().value();
            String name = change.county().name();
            String known = nameByCode.putIfAbsent(code, name);
            if (known != null && !known.equals(name) && warned.add(code + '\u0000' + name)) {
                issues.add(source.issue(
                        change.row(),
                        header.header(SchoolColumn.COUNTY_NAME),
                        name,
                        ImportIssueCode.IMP_W07,
                        "County " + code + " is named '" + known + "' on an earlier row and '" + name
                                + "' here. Maybe a typo, or a code copied from another county."));
            }
        }
    }

    private ImportIssue duplicate(long row, String code, String message) {
        return source.issue(
                row,
                header.header(SchoolColumn.SCHOOL_CODE),
                code,
                ImportIssueCode.IMP_050,
                message + " Maybe a row was copied twice; keep one row per school per year.");
    }
}
