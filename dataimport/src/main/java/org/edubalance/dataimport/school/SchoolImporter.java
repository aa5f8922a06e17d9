package org.edubalance.dataimport.school;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;

/**
 * Imports a school-year file (data-formats.md §1): a UTF-8 CSV or the first sheet of an {@code .xlsx}.
 *
 * <p>All or nothing: every row is read and every error collected (the report lists up to its cap and counts the rest),
 * then either the whole file is returned with its warnings or {@link ImportRejectedException} is thrown and nothing
 * is returned. Rows are streamed, so a 200,000-row file needs memory for the parsed schools only. Fully blank rows are
 * skipped. The header is the first row; a file with a header and no data rows imports as an empty list.
 */
public final class SchoolImporter {
    private static final int PROGRESS_EVERY = 1_000;

    private final int errorCap;

    /** An importer whose reports list up to {@link ImportReport#DEFAULT_CAP} errors. */
    public SchoolImporter() {
        this(ImportReport.DEFAULT_CAP);
    }

    /** An importer whose reports list up to {@code errorCap} errors (and as many warnings). */
    public SchoolImporter(int errorCap) {
        if (errorCap < 1) {
            throw new IllegalArgumentException("The error cap is at least 1, got " + errorCap);
        }
        this.errorCap = errorCap;
    }

    /**
     * Imports {@code file}.
     *
     * @throws ImportRejectedException when the file has any error, is not .csv/.xlsx, or cannot be read
     */
    public SchoolImport importFile(Path file) {
        return importFile(file, rows -> {});
    }

    /**
     * Imports {@code file}, telling {@code progress} the number of data rows read so far every 1,000 rows and once at
     * the end.
     *
     * @throws ImportRejectedException when the file has any error, is not .csv/.xlsx, or cannot be read
     */
    public SchoolImport importFile(Path file, LongConsumer progress) {
        ImportSource fileSource = ImportSource.of(file);
        if (TableFormat.of(file).isEmpty()) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unsupportedType())));
        }
        try (TableReader reader = TableReader.open(file)) {
            return importTable(reader, progress);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unreadable(e))));
        }
    }

    /** Imports the rows of an open table; the caller closes it. */
    SchoolImport importTable(TableReader reader, LongConsumer progress) throws IOException {
        var source = new ImportSource(reader.fileName(), reader.sheetName());
        var issues = ImportReport.builder(errorCap);
        TableRow headerRow = reader.nextRow();
        if (headerRow == null) {
            throw new ImportRejectedException(ImportReport.of(List.of(source.empty())));
        }
        var header = HeaderMapping.read(headerRow.cells(), SchoolColumn.class, source, issues);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        var cells = new RowCells(source, header, issues, header.unknownHeaders());
        var parser = new SchoolRowParser(cells);
        var duplicates = new Duplicates(source, header, issues);
        List<SchoolYear> schools = new ArrayList<>();
        long[] rows = new long[1024];
        long read = 0;
        for (TableRow row = reader.nextRow(); row != null; row = reader.nextRow()) {
            if (!row.isBlank()) {
                SchoolYear school = parser.parse(row);
                duplicates.check(row, cells);
                if (school != null && !issues.hasErrors()) {
                    rows = ensureCapacity(rows, schools.size());
                    rows[schools.size()] = row.number();
                    schools.add(school);
                }
            }
            if (++read % PROGRESS_EVERY == 0) {
                progress.accept(read);
            }
        }
        progress.accept(read);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        new AreaOutlierCheck(source, header, issues).check(schools, rows);
        return new SchoolImport(schools, issues.build());
    }

    private static long[] ensureCapacity(long[] rows, int size) {
        return size < rows.length ? rows : Arrays.copyOf(rows, rows.length * 2);
    }

    /** One row per (year, school_code): every row of a repeated pair is reported, naming the first. */
    private static final class Duplicates {
        private final ImportSource source;
        private final HeaderMapping<SchoolColumn> header;
        private final ImportReport.Builder issues;
        private final Map<String, Long> firstRowByKey = new HashMap<>();
        private final Map<String, Boolean> firstReported = new HashMap<>();

        Duplicates(ImportSource source, HeaderMapping<SchoolColumn> header, ImportReport.Builder issues) {
            this.source = source;
            this.header = header;
            this.issues = issues;
        }

        void check(TableRow row, RowCells cells) {
            String year = cells.text(SchoolColumn.YEAR);
            String code = cells.text(SchoolColumn.SCHOOL_CODE);
            if (year.isEmpty() || code.isEmpty()) {
                return;
            }
            String key = year + '\u0000' + code;
            Long first = firstRowByKey.putIfAbsent(key, row.number());
            if (first == null) {
                return;
            }
            if (firstReported.put(key, Boolean.TRUE) == null) {
                issues.add(issue(
                        first,
                        code,
                        "School '" + code + "' of year " + year + " appears again on row " + row.number() + "."));
            }
            issues.add(issue(
                    row.number(),
                    code,
                    "School '" + code + "' of year " + year + " already appears on row " + first + "."));
        }

        private ImportIssue issue(long row, String code, String message) {
            return source.issue(
                    row,
                    header.header(SchoolColumn.SCHOOL_CODE),
                    code,
                    ImportIssueCode.IMP_050,
                    message + " Maybe a row was copied twice; keep one row per school per year.");
        }
    }
}
