package org.edubalance.app.evaluation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import org.edubalance.app.web.ApiProblemException;
import org.edubalance.app.web.BoundedTable;
import org.edubalance.core.county.CountyInputStore;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYears;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evaluates stored years against the shipped standards. Results are kept per (year, standard) until the data changes:
 * every writer calls {@link #dataChanged()} after its transaction.
 */
@Service
public final class EvaluationService {
    private final SchoolYears schoolYears;
    private final CountyInputStore countyInputs;
    /**
     * How many evaluations and derived results are kept at most. The keys carry request parameters (a year, a county,
     * a language), so an unbounded table would grow with every distinct value a client sends; the least recently used
     * result goes first. A province's pages use about a thousand (120 counties × 2 languages × views and fragments).
     */
    public static final int MAX_HELD = 4096;

    /** Evaluations ({@code evaluation/…}) and derived results, each computed once by a task the others wait for. */
    private final BoundedTable<String, FutureTask<?>> held = new BoundedTable<>(MAX_HELD);
    /** The shipped packs, which never change while the server runs. */
    private final Map<String, Standard> standards = new ConcurrentHashMap<>();

    EvaluationService(SchoolYears schoolYears, CountyInputStore countyInputs) {
        this.schoolYears = schoolYears;
        this.countyInputs = countyInputs;
    }

    /** The evaluation of every county of {@code year} (the latest held when {@code null}) under {@code standardId}. */
    public Evaluation evaluate(@Nullable Integer year, @Nullable String standardId) {
        int evaluated = year == null ? latestYear() : year;
        String id = standardId == null || standardId.isBlank() ? StandardCatalogue.DEFAULT_ID : standardId;
        Standard standard = standard(id);
        return derived(
                "evaluation/" + evaluated + "/" + id,
                () -> new YearEvaluator(standard)
                        .evaluate(schoolYears.ofYear(evaluated), evaluated, countyInputs.ofYear(evaluated)));
    }

    /** The evaluation narrowed to one county (its result, its schools, its exclusions). */
    public Evaluation evaluateCounty(RegionCode county, @Nullable Integer year, @Nullable String standardId) {
        Evaluation all = evaluate(year, standardId);
        List<CountyEvaluation> counties = all.counties().stream()
                .filter(c -> c.county().code().equals(county))
                .toList();
        if (counties.isEmpty()) {
            throw ApiProblemException.notFound(
                    "No data for county " + county + " in " + all.year() + ". Maybe check the code or the year.");
        }
        return new Evaluation(
                all.standard(),
                all.year(),
                counties,
                all.schools().stream()
                        .filter(s -> s.school().county().code().equals(county))
                        .toList(),
                all.excluded().stream()
                        .filter(d -> d.school().county().code().equals(county))
                        .toList());
    }

    /** The county's evaluation of {@code year}, or empty when the county has no data that year. */
    public java.util.Optional<Evaluation> evaluateCountyIfHeld(
            RegionCode county, int year, @Nullable String standardId) {
        Evaluation all = evaluate(year, standardId);
        if (all.counties().stream().noneMatch(c -> c.county().code().equals(county))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(evaluateCounty(county, year, standardId));
    }

    /** The school years held, newest first. */
    public List<Integer> years() {
        return derived("years", schoolYears::years);
    }

    /**
     * A result computed from the stored data (a page's view, a year's school rows), kept like the evaluations until
     * the data change: pages read the same few results many times between imports (measured: the school list of a
     * province fell from seconds to milliseconds a request once its year's rows were no longer read per request).
     * {@code key} names everything the result depends on besides the stored data.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String key, java.util.function.Supplier<T> compute) {
        // One computation per key even when many requests ask at once (50 sessions opening the city dashboard after
        // an import would otherwise each build it); the others wait for its result.
        var task = (FutureTask<T>) held.computeIfAbsent(key, k -> new FutureTask<>(compute::get));
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing " + key, e);
        } catch (java.util.concurrent.ExecutionException e) {
            // A failure is not kept: the next request tries again.
            held.remove(key, task);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many evaluations and derived results are kept now (at most {@link #MAX_HELD}). */
    public int heldResults() {
        return held.size();
    }

    /** The latest year held. */
    public int latestYear() {
        List<Integer> years = years();
        if (years.isEmpty()) {
            throw ApiProblemException.notFound("No school data stored yet. Maybe import a school file first.");
        }
        return years.getFirst();
    }

    /**
     * Forgets cached results; writers call this when they change school years or county inputs. Inside a transaction
     * the results are forgotten again after the commit, so that a reader evaluating meanwhile cannot keep results of
     * the data as they were before.
     */
    public void dataChanged() {
        held.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    held.clear();
                }
            });
        }
    }

    private Standard standard(String id) {
        if (!StandardCatalogue.shippedIds().contains(id)) {
            throw ApiProblemException.invalid(
                    "Unknown standard '" + id + "'. Maybe one of " + StandardCatalogue.shippedIds() + ".");
        }
        // Read once: reading a pack parses its JSON, and every page asked for one per request (JFR under load).
        return standards.computeIfAbsent(id, StandardCatalogue::shipped);
    }
}
