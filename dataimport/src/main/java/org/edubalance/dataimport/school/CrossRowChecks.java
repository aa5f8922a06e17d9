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
    private final ImportSource source;
    private final HeaderMapping<SchoolColumn> header;
    private final ImportReport.Builder issues;

    CrossRowChecks(ImportSource source, HeaderMapping<SchoolColumn> header, ImportReport.Builder issues) {
        this.source = source;
        this.header = header;
        this.issues = issues;
    }

    /**
     * Reports every (year, school code) pair that appears on more than one row, in file order: every row of a repeated
     * pair, the first one once.
     */
    void checkDuplicates(RowKeys keys) {
        FirstRows packedFirst = new FirstRows(keys.size());
        // Text keys (rare: codes that are not plain digits): one map of school codes per year.
        Map<String, Map<String, Long>> firstRowByCodeByYear = new HashMap<>();
        Set<Long> reported = new HashSet<>();
        int text = 0;
        for (int i = 0; i < keys.size(); i++) {
            long row = keys.row(i);
            long key = keys.packed(i);
            long first;
            String year;
            String code;
            if (key != RowKeys.TEXT) {
                first = packedFirst.putIfAbsent(key, row);
                if (first < 0) {
                    continue;
                }
                year = RowKeys.year(key);
                code = RowKeys.code(key);
            } else {
                String[] cells = keys.texts().get(text++);
                year = cells[0];
                code = cells[1];
                Map<String, Long> firstRowByCode = firstRowByCodeByYear.get(year);
                if (firstRowByCode == null) {
                    firstRowByCode = new HashMap<>();
                    firstRowByCodeByYear.put(year, firstRowByCode);
                }
                Long known = firstRowByCode.putIfAbsent(code, row);
                if (known == null) {
                    continue;
                }
                first = known;
            }
            // A first row belongs to one key only, so it alone says whether its pair was reported.
            if (reported.add(first)) {
                issues.add(duplicate(
                        first, code, "School '" + code + "' of year " + year + " appears again on row " + row + "."));
            }
            issues.add(duplicate(
                    row, code, "School '" + code + "' of year " + year + " already appears on row " + first + "."));
        }
    }

    /**
     * The first row of each packed key: open addressing over two arrays, as a map of boxed longs would again keep an
     * object or two per row.
     */
    private static final class FirstRows {
        private static final long EMPTY = RowKeys.TEXT;
        private final long[] keys;
        private final long[] rows;
        private final int mask;

        FirstRows(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, 2 * expected) - 1) << 1;
            keys = new long[capacity];
            java.util.Arrays.fill(keys, EMPTY);
            rows = new long[capacity];
            mask = capacity - 1;
        }

        /** Records {@code row} as the first of {@code key} unless one is known; returns the known one, or -1. */
        long putIfAbsent(long key, long row) {
            int slot = (int) (mix(key) & mask);
            while (keys[slot] != EMPTY) {
                if (keys[slot] == key) {
                    return rows[slot];
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            rows[slot] = row;
            return -1;
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
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
