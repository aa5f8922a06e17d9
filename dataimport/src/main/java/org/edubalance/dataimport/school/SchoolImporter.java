package org.edubalance.dataimport.school;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.CsvTableReader;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;
import org.edubalance.dataimport.table.XlsxTableReader;

/**
 * Imports a school-year file (docs/data-formats.md §1): a UTF-8 CSV or the first sheet of an {@code .xlsx}.
 *
 * <p>All or nothing: every row is read and every error collected (the report lists up to its cap and counts the rest),
 * then either the whole file is returned with its warnings or {@link ImportRejectedException} is thrown and nothing
 * is returned. Fully blank rows are skipped. The header is the first row; a file with a header and no data rows
 * imports as an empty list.
 *
 * <p>A large CSV is parsed in parts on all cores (a 200,000-row file in about half the time on two): the parts are
 * runs of whole rows, each parsed by its own row parser into its own report, joined in file order; the rules that
 * compare rows ({@link CrossRowChecks}, {@link AreaOutlierCheck}) run on the joined rows, so the result and the report
 * are the same whatever the number of parts. XLSX is streamed row by row in one part.
 */
public final class SchoolImporter {
    private static final int PROGRESS_EVERY = 1_000;
    /** Below this size a part is not worth a thread of its own. */
    private static final long MIN_PART_BYTES = 4L << 20;

    private final int errorCap;
    private final int maxParts;
    private final long minPartBytes;

    /** An importer whose reports list up to {@link ImportReport#DEFAULT_CAP} errors. */
    public SchoolImporter() {
        this(ImportReport.DEFAULT_CAP);
    }

    /** An importer whose reports list up to {@code errorCap} errors (and as many warnings). */
    public SchoolImporter(int errorCap) {
        this(errorCap, Runtime.getRuntime().availableProcessors(), MIN_PART_BYTES);
    }

    /** An importer that splits a CSV into up to {@code maxParts} parts of at least {@code minPartBytes} (for tests). */
    SchoolImporter(int errorCap, int maxParts, long minPartBytes) {
        if (errorCap < 1) {
            throw new IllegalArgumentException("The error cap is at least 1, got " + errorCap);
        }
        this.errorCap = errorCap;
        this.maxParts = maxParts;
        this.minPartBytes = minPartBytes;
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
        var format = TableFormat.of(file);
        if (format.isEmpty()) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unsupportedType())));
        }
        try {
            if (format.get() == TableFormat.XLSX) {
                return importParts(List.of(XlsxTableReader.open(file)), progress);
            }
            List<TableReader> parts = List.copyOf(CsvTableReader.openChunks(file, maxParts, minPartBytes));
            if (parts.size() > 1) {
                try {
                    return importParts(parts, progress);
                } catch (IOException e) {
                    // A part ended inside a quoted line break, or the file is not UTF-8 or not valid CSV: read it
                    // whole, which handles the first and names the right row for the others.
                }
            }
            return importParts(List.of(CsvTableReader.open(file)), progress);
        } catch (IOException e) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unreadable(e))));
        }
    }

    /** Imports consecutive parts of one table, the first holding the header, and closes them. */
    private SchoolImport importParts(List<TableReader> parts, LongConsumer progress) throws IOException {
        try {
            return importOpenParts(parts, progress);
        } finally {
            closeAll(parts);
        }
    }

    private SchoolImport importOpenParts(List<TableReader> parts, LongConsumer progress) throws IOException {
        TableReader first = parts.getFirst();
        var source = new ImportSource(first.fileName(), first.sheetName());
        var issues = ImportReport.builder(errorCap);
        TableRow headerRow = first.nextRow();
        if (headerRow == null) {
            throw new ImportRejectedException(ImportReport.of(List.of(source.empty())));
        }
        var header = HeaderMapping.read(headerRow.cells(), SchoolColumn.class, source, issues);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        var counter = new RowCounter(progress);
        Set<SchoolColumn> reportedMissing = ConcurrentHashMap.newKeySet();
        List<PartResult> results = inParallel(parts, part -> parsePart(part, source, header, reportedMissing, counter));
        // Each part numbered its rows from 1; move them below the rows of the parts before.
        List<SchoolYear> schools = new ArrayList<>();
        List<CrossRowChecks.RowKey> keys = new ArrayList<>();
        long[] rows =
                new long[results.stream().mapToInt(r -> r.schools().size()).sum()];
        long rowOffset = 0;
        for (int p = 0; p < results.size(); p++) {
            PartResult result = results.get(p);
            issues.addAll(result.issues(), rowOffset);
            for (int i = 0; i < result.schools().size(); i++) {
                rows[schools.size() + i] = result.rows()[i] + rowOffset;
            }
            schools.addAll(result.schools());
            for (CrossRowChecks.RowKey key : result.keys()) {
                keys.add(
                        rowOffset == 0
                                ? key
                                : new CrossRowChecks.RowKey(key.row() + rowOffset, key.year(), key.schoolCode()));
            }
            rowOffset += parts.get(p).rowsRead();
        }
        counter.finish();
        var crossRow = new CrossRowChecks(source, header, issues);
        crossRow.checkDuplicates(keys);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        crossRow.checkCountyNames(schools, rows);
        new AreaOutlierCheck(source, header, issues).check(schools, rows);
        return new SchoolImport(schools, issues.build());
    }

    /** What one part yields: its valid schools with their file rows, every row's key, and its own report. */
    private record PartResult(
            List<SchoolYear> schools, long[] rows, List<CrossRowChecks.RowKey> keys, ImportReport.Builder issues) {}

    private PartResult parsePart(
            TableReader part,
            ImportSource source,
            HeaderMapping<SchoolColumn> header,
            Set<SchoolColumn> reportedMissing,
            RowCounter counter)
            throws IOException {
        var issues = ImportReport.builder(errorCap);
        var cells = new RowCells(source, header, issues, header.unknownHeaders(), reportedMissing);
        var parser = new SchoolRowParser(cells);
        List<SchoolYear> schools = new ArrayList<>();
        List<CrossRowChecks.RowKey> keys = new ArrayList<>();
        long[] rows = new long[1024];
        long read = 0;
        for (TableRow row = part.nextRow(); row != null; row = part.nextRow()) {
            if (!row.isBlank()) {
                SchoolYear school = parser.parse(row);
                keys.add(new CrossRowChecks.RowKey(
                        row.number(), cells.text(SchoolColumn.YEAR), cells.text(SchoolColumn.SCHOOL_CODE)));
                // Once the file has an error nothing will be returned, so stop collecting schools.
                if (school != null && !issues.hasErrors()) {
                    rows = ensureCapacity(rows, schools.size());
                    rows[schools.size()] = row.number();
                    schools.add(school);
                }
            }
            if (++read % PROGRESS_EVERY == 0) {
                counter.add(PROGRESS_EVERY);
            }
        }
        counter.add(read % PROGRESS_EVERY);
        return new PartResult(schools, rows, keys, issues);
    }

    /** Parses the first part on this thread and each other part on a thread of its own; results in part order. */
    private static List<PartResult> inParallel(List<TableReader> parts, PartParser parser) throws IOException {
        if (parts.size() == 1) {
            return List.of(parser.parse(parts.getFirst()));
        }
        // Dedicated threads rather than the common pool, which may be busy (the CLI reads county inputs on it).
        try (ExecutorService threads = Executors.newFixedThreadPool(parts.size() - 1)) {
            List<Future<PartResult>> others = new ArrayList<>();
            for (TableReader part : parts.subList(1, parts.size())) {
                others.add(threads.submit(() -> parser.parse(part)));
            }
            List<PartResult> results = new ArrayList<>();
            results.add(parser.parse(parts.getFirst()));
            for (Future<PartResult> other : others) {
                results.add(join(other));
            }
            return results;
        }
    }

    private static PartResult join(Future<PartResult> pending) throws IOException {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    @FunctionalInterface
    private interface PartParser {
        PartResult parse(TableReader part) throws IOException;
    }

    /** Rows read so far over all parts, passed on to the caller's progress consumer one update at a time. */
    private static final class RowCounter {
        private final AtomicLong rows = new AtomicLong();
        private final LongConsumer progress;
        private long reported = -1;

        RowCounter(LongConsumer progress) {
            this.progress = progress;
        }

        void add(long count) {
            if (count > 0) {
                report(rows.addAndGet(count));
            }
        }

        /** Reports the final count, unless it was the last one reported. */
        void finish() {
            report(rows.get());
        }

        private synchronized void report(long total) {
            if (total > reported) {
                reported = total;
                progress.accept(total);
            }
        }
    }

    private static void closeAll(List<TableReader> parts) {
        for (TableReader part : parts) {
            try {
                part.close();
            } catch (IOException e) {
                // Nothing was written through these readers; a failure to close one loses nothing.
            }
        }
    }

    private static long[] ensureCapacity(long[] rows, int size) {
        return size < rows.length ? rows : Arrays.copyOf(rows, rows.length * 2);
    }
}
