package org.edubalance.cli.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.evaluation.CountyEvaluator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates each county as soon as the importer hands over all its rows of a year ({@code
 * SchoolImporter#importByCounty}), on the importer's threads, and keeps the county's summary line only: its schools are
 * garbage the moment it is judged, so a nation-scale file never lives in memory whole (the collector then copies next
 * to nothing, and no fresh memory has to be cleared for it). Each county is judged by {@link CountyEvaluator}, with the
 * arguments {@code YearEvaluator} would give it, so its result is the same.
 *
 * <p>Runs of a year that cannot be the one evaluated (not the one asked for; older than one already seen) are
 * skipped. Runs that arrive before the county inputs are read are kept until they are; should the inputs file be
 * rejected, nothing more is judged (the command fails on it). No thread waits for the inputs instead: its part would
 * end that much later while the other core idled at the end, and in alternating runs it kept only about 5 % less
 * memory.
 */
final class CountyRunEvaluator implements Consumer<List<SchoolYear>> {
    private final CountyEvaluator evaluator;
    private final @Nullable Integer year;
    private final CompletableFuture<List<CountyInputs>> inputs;
    private final AtomicInteger latest = new AtomicInteger(Integer.MIN_VALUE);
    private final Map<Integer, Map<RegionCode, CountyInputs>> inputsByYear = new ConcurrentHashMap<>();
    private final Map<Integer, Map<RegionCode, Judged>> judgedByYear = new ConcurrentHashMap<>();
    // Runs handed over before the county inputs were read; guarded by this.
    private List<List<SchoolYear>> waiting = new ArrayList<>();

    /** One county's summary line and how many of its schools the scope left out. */
    private record Judged(CountySummary county, int excluded) {}

    /**
     * @param standard the pack to judge by
     * @param year the school year asked for, or {@code null} for the latest in the file
     * @param inputs the county inputs of every county and year, being read
     */
    CountyRunEvaluator(Standard standard, @Nullable Integer year, CompletableFuture<List<CountyInputs>> inputs) {
        this.evaluator = new CountyEvaluator(standard);
        this.year = year;
        this.inputs = inputs;
    }

    @Override
    public void accept(List<SchoolYear> run) {
        int runYear = run.getFirst().year();
        if (year != null ? runYear != year : runYear < latest.accumulateAndGet(runYear, Math::max)) {
            return;
        }
        if (!inputs.isDone()) {
            synchronized (this) {
                if (!inputs.isDone()) {
                    waiting.add(run);
                    return;
                }
            }
        }
        if (inputs.isCompletedExceptionally()) {
            return;
        }
        judge(run);
        judgeWaiting();
    }

    /**
     * The summaries of the judged counties of {@code year}, in county-code order, once the import has ended and the county inputs were
     * read without error.
     */
    List<CountySummary> counties(int year) {
        judgeWaiting();
        return List.copyOf(new TreeMap<>(judged(year))
                .values().stream().map(Judged::county).toList());
    }

    /** How many schools of {@code year} the scope left out. */
    int excludedSchools(int year) {
        return judged(year).values().stream().mapToInt(Judged::excluded).sum();
    }

    private Map<RegionCode, Judged> judged(int year) {
        return judgedByYear.getOrDefault(year, Map.of());
    }

    private void judgeWaiting() {
        List<List<SchoolYear>> runs;
        synchronized (this) {
            runs = waiting;
            waiting = new ArrayList<>();
        }
        runs.forEach(this::judge);
    }

    private void judge(List<SchoolYear> run) {
        SchoolYear first = run.getFirst();
        RegionCode code = first.county().code();
        int runYear = first.year();
        CountyInputs countyInputs = inputsByYear
                .computeIfAbsent(runYear, this::inputsOf)
                .getOrDefault(code, CountyInputs.none(code, runYear));
        CountyEvaluator.CountyResult result = evaluator.evaluate(first.county(), runYear, run, countyInputs);
        judgedByYear
                .computeIfAbsent(runYear, y -> new ConcurrentHashMap<>())
                .put(
                        code,
                        new Judged(
                                CountySummary.of(result.county()),
                                result.excluded().size()));
    }

    /** The county inputs of {@code year} by county, as {@code LoadedData#inputsByCounty} gives them. */
    private Map<RegionCode, CountyInputs> inputsOf(int year) {
        Map<RegionCode, CountyInputs> byCounty = new HashMap<>();
        for (CountyInputs ci : inputs.join()) {
            if (ci.year() == year) {
                byCounty.put(ci.county(), ci);
            }
        }
        return byCounty;
    }
}
