package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.investment.InvestmentPlan.CountyInvestment;
import org.jspecify.annotations.Nullable;

/** Each county's cost and its compliance and CVs before and after, read from the checker's two evaluations. */
final class CountySummaries {
    private CountySummaries() {}

    static List<CountyInvestment> of(InvestmentChecker.Checked checked, List<PlannedAction> actions) {
        Map<String, String> countyOf = new HashMap<>();
        checked.before()
                .schools()
                .forEach(s -> countyOf.put(
                        s.school().code().value(), s.school().county().code().value()));
        Map<String, Double> cost = new HashMap<>();
        for (PlannedAction a : actions) {
            cost.merge(countyOf.get(a.schoolCode()), a.cost(), Double::sum);
        }
        Map<String, CountyEvaluation> after = new HashMap<>();
        checked.evaluated().counties().forEach(c -> after.put(c.county().code().value(), c));
        List<CountyInvestment> list = new ArrayList<>();
        for (CountyEvaluation before : checked.before().counties()) {
            String code = before.county().code().value();
            CountyEvaluation later = after.get(code);
            list.add(new CountyInvestment(
                    code, cost.getOrDefault(code, 0.0), compliant(before), compliant(later), cvs(before), cvs(later)));
        }
        return list;
    }

    private static Map<Segment, Integer> compliant(CountyEvaluation county) {
        Map<Segment, Integer> map = new EnumMap<>(Segment.class);
        for (SegmentEvaluation s : county.segments()) {
            map.put(s.segment(), s.compliantSchools());
        }
        return map;
    }

    private static Map<Segment, Map<String, @Nullable Double>> cvs(CountyEvaluation county) {
        Map<Segment, Map<String, @Nullable Double>> map = new EnumMap<>(Segment.class);
        for (SegmentEvaluation s : county.segments()) {
            Map<String, @Nullable Double> byIndicator = new LinkedHashMap<>();
            for (IndicatorStatistic i : s.indicators()) {
                byIndicator.put(i.indicatorId(), Double.isFinite(i.cv()) ? i.cv() : null);
            }
            map.put(s.segment(), byIndicator);
        }
        return map;
    }

    /** The county code of every school of {@code year} in {@code rows}. */
    static Map<String, String> countyOf(List<SchoolYear> rows, int year) {
        Map<String, String> county = new HashMap<>();
        rows.stream()
                .filter(s -> s.year() == year)
                .forEach(s -> county.put(s.code().value(), s.county().code().value()));
        return county;
    }

    /** {@code actions} by county, school code, segment (primary, junior, whole school) and the costs file's order. */
    static List<PlannedAction> ordered(List<PlannedAction> actions, Map<String, String> county, CostTable costs) {
        List<String> order = costs.actions().stream().map(a -> a.name()).toList();
        return actions.stream()
                .sorted(Comparator.comparing((PlannedAction a) -> county.get(a.schoolCode()))
                        .thenComparing(PlannedAction::schoolCode)
                        .thenComparing(
                                a -> a.segment() == null ? 9 : a.segment().ordinal())
                        .thenComparing(a -> order.indexOf(a.action())))
                .toList();
    }
}
