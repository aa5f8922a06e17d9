package org.edubalance.dataimport.school;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.edubalance.core.region.County;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.dataimport.ImportIssue;

/**
 * The valid schools of one part of a file, cut into runs of consecutive rows of one county (code) and year for {@link
 * SchoolImporter#importByCounty}. A run is handed on, on the part's thread, as soon as a row of another county or year
 * ends it, with its area-outlier warnings worked out; the runs that may go on in the part before or after (the part's
 * first and last) are held for the join. What stays is small: the key of each run, where each county instance
 * begins, the held runs and the warnings. Once the file has an error nothing is handed on (nothing will be returned).
 *
 * <p>Rows are numbered from the part's first row, as the part's reader numbers them; the join moves them.
 */
final class CountyRunPart {
    /** A run kept for the join: its key ({@link AreaOutlierCheck#groupKey}), schools and their rows in the part. */
    record Run(long key, List<SchoolYear> schools, long[] rows) {}

    /** The area-outlier warnings of a run handed on, in the order the check made them; rows in the part. */
    record RunWarnings(long key, List<ImportIssue> warnings) {}

    private final Consumer<List<SchoolYear>> counties;
    private final AreaOutlierCheck outliers;
    private final boolean mayGoOnBefore;
    private final boolean mayGoOnAfter;
    private final AtomicBoolean fileFailed;

    private long[] keys = new long[64];
    private int runs;
    private final List<Run> held = new ArrayList<>(2);
    private final List<RunWarnings> warnings = new ArrayList<>();
    private final List<CrossRowChecks.CountyRow> countyRows = new ArrayList<>();
    private List<SchoolYear> run = new ArrayList<>();
    private long[] runRows = new long[64];
    private long runKey;
    private int finishedRuns;
    private County lastCounty;
    private int lastYear;
    private long lastKey;

    /**
     * @param counties receives each run handed on
     * @param outliers the area-outlier check, applied to each run
     * @param mayGoOnBefore whether a part comes before this one (its first run may continue there)
     * @param mayGoOnAfter whether a part comes after this one
     * @param fileFailed set once any part of the file has an error
     */
    CountyRunPart(
            Consumer<List<SchoolYear>> counties,
            AreaOutlierCheck outliers,
            boolean mayGoOnBefore,
            boolean mayGoOnAfter,
            AtomicBoolean fileFailed) {
        this.counties = counties;
        this.outliers = outliers;
        this.mayGoOnBefore = mayGoOnBefore;
        this.mayGoOnAfter = mayGoOnAfter;
        this.fileFailed = fileFailed;
    }

    /** Adds the next valid school of the part, read on part row {@code row}. */
    void add(SchoolYear school, long row) {
        // Rows of a county come together and share one County instance: parse its code once per instance.
        if (school.county() != lastCounty || school.year() != lastYear) {
            if (school.county() != lastCounty) {
                countyRows.add(new CrossRowChecks.CountyRow(row, school.county()));
            }
            lastCounty = school.county();
            lastYear = school.year();
            lastKey = AreaOutlierCheck.groupKey(school);
        }
        if (!run.isEmpty() && lastKey != runKey) {
            finishRun(false);
        }
        if (run.isEmpty()) {
            runKey = lastKey;
            if (runs == keys.length) {
                keys = Arrays.copyOf(keys, 2 * runs);
            }
            keys[runs++] = runKey;
        }
        if (run.size() == runRows.length) {
            runRows = Arrays.copyOf(runRows, 2 * runRows.length);
        }
        runRows[run.size()] = row;
        run.add(school);
    }

    /** Ends the part: its last run is handed on, or held when the part after may continue it. */
    void end() {
        if (!run.isEmpty()) {
            finishRun(true);
        }
    }

    /** Stops handing runs on, in every part: the file has an error, so nothing of it will be returned. */
    void fail() {
        fileFailed.set(true);
    }

    private void finishRun(boolean partEnded) {
        boolean first = finishedRuns++ == 0;
        long[] rows = Arrays.copyOf(runRows, run.size());
        if ((first && mayGoOnBefore) || (partEnded && mayGoOnAfter)) {
            held.add(new Run(runKey, run, rows));
        } else if (!fileFailed.get()) {
            List<ImportIssue> found = new ArrayList<>(0);
            outliers.check(run, rows, found::add);
            if (!found.isEmpty()) {
                warnings.add(new RunWarnings(runKey, found));
            }
            counties.accept(run);
        }
        // A new list: the one handed on belongs to the receiver now.
        run = new ArrayList<>(Math.max(16, run.size()));
    }

    /** The key of every run, held ones included, in file order. */
    long[] keys() {
        return Arrays.copyOf(keys, runs);
    }

    /** The held runs (none, one or two), in file order. */
    List<Run> held() {
        return held;
    }

    /** The area-outlier warnings of the runs handed on. */
    List<RunWarnings> warnings() {
        return warnings;
    }

    /** Where each county instance's rows begin, in file order. */
    List<CrossRowChecks.CountyRow> countyRows() {
        return countyRows;
    }
}
