package org.edubalance.cli.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.gap.GapAnalysis;
import org.edubalance.core.gap.GapAnalyzer;
import org.edubalance.core.gap.Shortfall;
import org.edubalance.core.gap.ShortfallCalculator;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.standard.Standard;

/** Gap analyses per county for the outputs that show them. */
public final class CountyGaps {
    private CountyGaps() {}

    /** The gap analysis of every county of {@code evaluation}, computed in parallel. */
    public static Map<RegionCode, GapAnalysis> analyses(Standard standard, Evaluation evaluation) {
        GapAnalyzer analyzer = new GapAnalyzer(standard);
        Map<RegionCode, List<SchoolEvaluation>> byCounty = new HashMap<>();
        for (SchoolEvaluation s : evaluation.schools()) {
            byCounty.computeIfAbsent(s.school().county().code(), c -> new java.util.ArrayList<>())
                    .add(s);
        }
        // Counties are independent: analyse them in parallel (the nation-scale run has about 2,900).
        return evaluation.counties().parallelStream()
                .collect(java.util.stream.Collectors.toConcurrentMap(
                        c -> c.county().code(),
                        c -> analyzer.analyze(
                                c.county(), byCounty.getOrDefault(c.county().code(), List.of()))));
    }

    /** The shortfalls of every county of {@code evaluation} (without the rest of the gap analysis). */
    public static Map<RegionCode, List<Shortfall>> shortfalls(Standard standard, Evaluation evaluation) {
        ShortfallCalculator calculator = new ShortfallCalculator(standard);
        Map<RegionCode, List<SchoolEvaluation>> schoolsByCounty = new HashMap<>();
        for (SchoolEvaluation s : evaluation.schools()) {
            schoolsByCounty
                    .computeIfAbsent(s.school().county().code(), c -> new java.util.ArrayList<>())
                    .add(s);
        }
        Map<RegionCode, List<Shortfall>> byCounty = new HashMap<>();
        schoolsByCounty.forEach((county, schools) -> byCounty.put(county, calculator.shortfalls(schools)));
        return byCounty;
    }
}
