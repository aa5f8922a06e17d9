package org.edubalance.dataimport.school;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssue;
import org.edubalance.dataimport.ImportRejectedException;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.CsvTableReader;
import org.edubalance.dataimport.table.TableFormat;
import org.edubalance.dataimport.table.TableReader;
import org.edubalance.dataimport.table.TableRow;
import org.edubalance.dataimport.table.XlsxTableReader;
import org.jspecify.annotations.Nullable;

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

    /**
     * Imports {@code file} county by county, for a caller that needs each county's schools once and no more (a
     * nation-scale file then never lives in memory whole): every valid school reaches {@code counties} in a run that
     * holds all the rows of its county (code) and year, in file order, called from the threads that parse the parts,
     * several at once. Validation, warnings and errors are those of {@link #importFile(Path, LongConsumer)}, the same
     * report to the issue; a file with errors is rejected the same way.
     *
     * <p>Returns empty, and what {@code counties} received is to be dropped, when a county and year's rows are not
     * consecutive (a run would not hold them all), or when the parts of a CSV cannot be read apart (a line break
     * inside a quoted cell at a part's edge): then import the file with {@link #importFile(Path, LongConsumer)}.
     *
     * @throws ImportRejectedException when the file has any error, is not .csv/.xlsx, or cannot be read
     */
    public Optional<CountyRunImport> importByCounty(
            Path file, LongConsumer progress, Consumer<List<SchoolYear>> counties) {
        ImportSource fileSource = ImportSource.of(file);
        var format = TableFormat.of(file);
        if (format.isEmpty()) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unsupportedType())));
        }
        try {
            List<TableReader> parts = format.get() == TableFormat.XLSX
                    ? List.of(XlsxTableReader.open(file))
                    : List.copyOf(CsvTableReader.openChunks(file, maxParts, minPartBytes));
            try {
                return importByCounty(parts, progress, counties);
            } catch (IOException e) {
                if (parts.size() > 1) {
                    return Optional.empty();
                }
                throw e;
            } finally {
                closeAll(parts);
            }
        } catch (IOException e) {
            throw new ImportRejectedException(ImportReport.of(List.of(fileSource.unreadable(e))));
        }
    }

    /**
     * What {@link #importByCounty} returns besides the runs.
     *
     * @param report the warnings found (never errors: a file with errors is rejected whole)
     * @param countiesByYear the number of counties with valid schools in each school year of the file
     */
    public record CountyRunImport(ImportReport report, SortedMap<Integer, Integer> countiesByYear) {
        public CountyRunImport {
            countiesByYear = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(countiesByYear));
        }
    }

    private Optional<CountyRunImport> importByCounty(
            List<TableReader> parts, LongConsumer progress, Consumer<List<SchoolYear>> counties) throws IOException {
        TableReader first = parts.getFirst();
        var source = new ImportSource(first.fileName(), first.sheetName());
        var issues = ImportReport.builder(errorCap);
        var header = readHeader(first, source, issues);
        var counter = new RowCounter(progress);
        Set<SchoolColumn> reportedMissing = ConcurrentHashMap.newKeySet();
        var outliers = new AreaOutlierCheck(source, header);
        var fileFailed = new AtomicBoolean();
        List<CountyRunPart> runParts = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            runParts.add(new CountyRunPart(counties, outliers, p > 0, p < parts.size() - 1, fileFailed));
        }
        List<PartResult> results = inParallel(
                parts,
                part -> parsePart(part, source, header, reportedMissing, counter, runParts.get(parts.indexOf(part))));
        var keys = new RowKeys();
        List<CrossRowChecks.CountyRow> countyRows = new ArrayList<>();
        List<CountyRunPart.RunWarnings> warnings = new ArrayList<>();
        List<CountyRunPart.Run> held = new ArrayList<>();
        long[] runKeys = new long[0];
        long rowOffset = 0;
        for (int p = 0; p < results.size(); p++) {
            PartResult result = results.get(p);
            CountyRunPart runs = runParts.get(p);
            issues.addAll(result.issues(), rowOffset);
            keys.addAll(result.keys(), rowOffset);
            for (CrossRowChecks.CountyRow row : runs.countyRows()) {
                countyRows.add(new CrossRowChecks.CountyRow(row.row() + rowOffset, row.county()));
            }
            for (CountyRunPart.RunWarnings run : runs.warnings()) {
                warnings.add(new CountyRunPart.RunWarnings(run.key(), movedIssues(run.warnings(), rowOffset)));
            }
            for (CountyRunPart.Run run : runs.held()) {
                long[] rows = run.rows().clone();
                for (int i = 0; i < rows.length; i++) {
                    rows[i] += rowOffset;
                }
                held.add(new CountyRunPart.Run(run.key(), run.schools(), rows));
            }
            long[] partKeys = runs.keys();
            int start = runKeys.length;
            runKeys = Arrays.copyOf(runKeys, start + partKeys.length);
            System.arraycopy(partKeys, 0, runKeys, start, partKeys.length);
            rowOffset += parts.get(p).rowsRead();
        }
        counter.finish();
        var crossRow = new CrossRowChecks(source, header, issues);
        crossRow.checkDuplicates(keys);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        // A run that goes on across a part's edge is one run; any other repeated key is a county and year whose rows
        // are apart in the file.
        long[] fileRuns = withoutRepeats(runKeys);
        long[] sorted = fileRuns.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return Optional.empty();
            }
        }
        for (CountyRunPart.Run run : joined(held)) {
            List<ImportIssue> found = new ArrayList<>(0);
            outliers.check(run.schools(), run.rows(), found::add);
            if (!found.isEmpty()) {
                warnings.add(new CountyRunPart.RunWarnings(run.key(), found));
            }
            counties.accept(run.schools());
        }
        crossRow.checkCountyNames(countyRows);
        // In the order the whole-file check adds them: by year and county, then as found.
        warnings.sort(java.util.Comparator.comparingLong(CountyRunPart.RunWarnings::key));
        for (CountyRunPart.RunWarnings run : warnings) {
            run.warnings().forEach(issues::add);
        }
        SortedMap<Integer, Integer> countiesByYear = new TreeMap<>();
        for (long key : fileRuns) {
            countiesByYear.merge((int) (key / 1_000_000), 1, Integer::sum);
        }
        return Optional.of(new CountyRunImport(issues.build(), countiesByYear));
    }

    /** {@code keys} with each run of equal keys written once. */
    private static long[] withoutRepeats(long[] keys) {
        long[] kept = new long[keys.length];
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                kept[count++] = keys[i];
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** The held runs, in file order, with the consecutive ones of one key (a run cut by a part's edge) joined. */
    private static List<CountyRunPart.Run> joined(List<CountyRunPart.Run> held) {
        List<CountyRunPart.Run> joined = new ArrayList<>();
        for (CountyRunPart.Run run : held) {
            CountyRunPart.Run last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && last.key() == run.key()) {
                List<SchoolYear> schools = new ArrayList<>(last.schools());
                schools.addAll(run.schools());
                long[] rows = Arrays.copyOf(last.rows(), last.rows().length + run.rows().length);
                System.arraycopy(run.rows(), 0, rows, last.rows().length, run.rows().length);
                joined.set(joined.size() - 1, new CountyRunPart.Run(run.key(), schools, rows));
            } else {
                joined.add(run);
            }
        }
        return joined;
    }

    private static List<ImportIssue> movedIssues(List<ImportIssue> warnings, long rowOffset) {
        List<ImportIssue> moved = new ArrayList<>(warnings.size());
        for (ImportIssue w : warnings) {
            moved.add(new ImportIssue(
                    w.file(), w.sheet(), w.row() + rowOffset, w.column(), w.value(), w.code(), w.message()));
        }
        return moved;
    }

    private static HeaderMapping<SchoolColumn> readHeader(
            TableReader first, ImportSource source, ImportReport.Builder issues) throws IOException {
        TableRow headerRow = first.nextRow();
        if (headerRow == null) {
            throw new ImportRejectedException(ImportReport.of(List.of(source.empty())));
        }
        var header = HeaderMapping.read(headerRow.cells(), SchoolColumn.class, source, issues);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        return header;
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
        var header = readHeader(first, source, issues);
        var counter = new RowCounter(progress);
        Set<SchoolColumn> reportedMissing = ConcurrentHashMap.newKeySet();
        List<PartResult> results =
                inParallel(parts, part -> parsePart(part, source, header, reportedMissing, counter, null));
        // Each part numbered its rows from 1; move them below the rows of the parts before.
        List<SchoolYear> schools = new ArrayList<>();
        var keys = new RowKeys();
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
            keys.addAll(result.keys(), rowOffset);
            rowOffset += parts.get(p).rowsRead();
        }
        counter.finish();
        var crossRow = new CrossRowChecks(source, header, issues);
        crossRow.checkDuplicates(keys);
        if (issues.hasErrors()) {
            throw new ImportRejectedException(issues.build());
        }
        crossRow.checkCountyNames(schools, rows);
        new AreaOutlierCheck(source, header).check(schools, rows, issues::add);
        return new SchoolImport(schools, issues.build());
    }

    /** What one part yields: its valid schools with their file rows, every row's key, and its own report. */
    private record PartResult(List<SchoolYear> schools, long[] rows, RowKeys keys, ImportReport.Builder issues) {}

    private PartResult parsePart(
            TableReader part,
            ImportSource source,
            HeaderMapping<SchoolColumn> header,
            Set<SchoolColumn> reportedMissing,
            RowCounter counter,
            @Nullable CountyRunPart runs)
            throws IOException {
        var issues = ImportReport.builder(errorCap);
        var cells = new RowCells(source, header, issues, header.unknownHeaders(), reportedMissing);
        var parser = new SchoolRowParser(cells);
        List<SchoolYear> schools = new ArrayList<>();
        var keys = new RowKeys();
        long[] rows = new long[1024];
        long read = 0;
        for (TableRow row = part.nextRow(); row != null; row = part.nextRow()) {
            if (!row.isBlank()) {
                SchoolYear school = parser.parse(row);
                keys.add(row.number(), cells.text(SchoolColumn.YEAR), cells.text(SchoolColumn.SCHOOL_CODE));
                // Once the file has an error nothing will be returned, so stop collecting schools.
                if (issues.hasErrors()) {
                    if (runs != null) {
                        runs.fail();
                    }
                } else if (school != null) {
                    if (runs != null) {
                        runs.add(school, row.number());
                    } else {
                        rows = ensureCapacity(rows, schools.size());
                        rows[schools.size()] = row.number();
                        schools.add(school);
                    }
                }
            }
            if (++read % PROGRESS_EVERY == 0) {
                counter.add(PROGRESS_EVERY);
            }
        }
        counter.add(read % PROGRESS_EVERY);
        if (runs != null) {
            runs.end();
        }
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
