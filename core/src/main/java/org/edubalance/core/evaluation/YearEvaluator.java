package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;

/**
 * Evaluates every county in a data set for one school year. Counties are independent, so they are evaluated in
 * parallel; results come back in county-code order whatever the thread schedule.
 */
public final class YearEvaluator {
    private final Standard standard;

    public YearEvaluator(Standard standard) {
        this.standard = standard;
    }

    /**
     * Evaluates the rows of {@code year} in {@code schools}.
     *
     * @param schools school rows, possibly of several years and counties
     * @param year the school year to evaluate
     * @param inputsByCounty county inputs of that year; a county without an entry has none (its verdict is at best
     *     {@code INCOMPLETE})
     */
    public Evaluation evaluate(List<SchoolYear> schools, int year, Map<RegionCode, CountyInputs> inputsByCounty) {
        // Rows of a county usually come together, so the maps are consulted only where the county changes.
        Map<RegionCode, List<SchoolYear>> byCounty = new HashMap<>();
        Map<RegionCode, County> counties = new TreeMap<>();
        County lastCounty = null;
        List<SchoolYear> lastRows = null;
        for (SchoolYear s : schools) {
            if (s.year() != year) {
                continue;
            }
            if (lastRows == null
                    || (s.county() != lastCounty && !s.county().code().equals(lastCounty.code()))) {
                RegionCode code = s.county().code();
                lastRows = byCounty.computeIfAbsent(code, c -> new ArrayList<>());
                counties.putIfAbsent(code, s.county());
            }
            lastCounty = s.county();
            lastRows.add(s);
        }
        CountyEvaluator evaluator = new CountyEvaluator(standard);
        List<CountyEvaluator.CountyResult> results = counties.values().parallelStream()
                .map(county -> evaluator.evaluate(
                        county,
                        year,
                        byCounty.get(county.code()),
                        inputsByCounty.getOrDefault(county.code(), CountyInputs.none(county.code(), year))))
                .toList();
        List<CountyEvaluation> countyResults = new ArrayList<>(results.size());
        List<SchoolEvaluation> schoolResults = new ArrayList<>();
        List<ScopeDecision> excluded = new ArrayList<>();
        for (CountyEvaluator.CountyResult r : results) {
            countyResults.add(r.county());
            schoolResults.addAll(r.schools());
            excluded.addAll(r.excluded());
        }
        return new Evaluation(standard, year, countyResults, schoolResults, excluded);
    }

    /** The most recent year present in {@code schools}. */
    public static int latestYear(List<SchoolYear> schools) {
        return schools.stream()
                .mapToInt(SchoolYear::year)
                .max()
                .orElseThrow(() -> new IllegalArgumentException("No school rows"));
    }
}
