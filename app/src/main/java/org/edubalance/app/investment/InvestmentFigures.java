package org.edubalance.app.investment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.investment.InvestmentChecker;
import org.jspecify.annotations.Nullable;

/**
 * What the result page shows of a set of actions, read from the independent checker's two evaluations (the same the
 * planner takes its figures from): cost, compliant school segments and CVs before and after, the actions with school
 * names and their totals by action. For a principal ({@code onlySchool}) only their school's actions and segments, and
 * no county figure.
 *
 * @param totalCost the cost of the actions shown, in yuan
 * @param counts compliant school segments before and after, by segment
 * @param cvs each indicator's CV before and after, by segment, with its limit
 * @param actions the actions, in the plan's order
 * @param totals the totals by action, in the costs file's order
 * @param problems the checker's objections (an amount off the step, a teacher action without a segment, …)
 */
record InvestmentFigures(
        double totalCost,
        List<SegmentCount> counts,
        List<CvLine> cvs,
        List<ActionLine> actions,
        List<ActionTotal> totals,
        List<String> problems) {

    record SegmentCount(Segment segment, int before, int after) {}

    record CvLine(
            Segment segment,
            String indicator,
            @Nullable Double before,
            @Nullable Double after,
            @Nullable Double limit,
            boolean overBefore,
            boolean overAfter) {}

    /** One action; {@code index} is its place in the draft, for the what-if forms. */
    record ActionLine(
            int index,
            String schoolCode,
            String schoolName,
            @Nullable Segment segment,
            String action,
            long quantity,
            double cost) {}

    record ActionTotal(String action, long quantity, int schools, double cost) {}

    static InvestmentFigures of(
            List<SchoolYear> rows,
            int year,
            List<PlannedAction> actions,
            CostTable costs,
            @Nullable String onlySchool) {
        InvestmentChecker.Checked checked =
                new InvestmentChecker(InvestmentRequests.STANDARD, costs).check(rows, year, actions);
        Map<String, String> names = new HashMap<>();
        rows.forEach(s -> names.put(s.code().value(), s.name()));
        List<ActionLine> lines = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            PlannedAction a = actions.get(i);
            if (onlySchool == null || onlySchool.equals(a.schoolCode())) {
                lines.add(new ActionLine(
                        i,
                        a.schoolCode(),
                        names.getOrDefault(a.schoolCode(), a.schoolCode()),
                        a.segment(),
                        a.action(),
                        a.quantity(),
                        costOf(a, costs)));
            }
        }
        double total = lines.stream().mapToDouble(ActionLine::cost).sum();
        List<String> problems = onlySchool == null ? checked.problems() : List.of();
        if (onlySchool != null) {
            return new InvestmentFigures(
                    total,
                    schoolCounts(checked.before(), checked.evaluated(), onlySchool),
                    List.of(),
                    lines,
                    totals(lines, costs),
                    problems);
        }
        return new InvestmentFigures(total, counts(checked), cvs(checked), lines, totals(lines, costs), problems);
    }

    /** The cost of {@code a} at the costs' unit price (0 when the action is not in the costs: a problem then). */
    static double costOf(PlannedAction a, CostTable costs) {
        return costs.action(a.action())
                .map(x -> x.unitCostYuan() * a.quantity())
                .orElse(0.0);
    }

    private static List<SegmentCount> counts(InvestmentChecker.Checked checked) {
        Map<Segment, int[]> counts = new EnumMap<>(Segment.class);
        for (CountyEvaluation c : checked.before().counties()) {
            for (SegmentEvaluation s : c.segments()) {
                counts.computeIfAbsent(s.segment(), k -> new int[2])[0] += s.compliantSchools();
            }
        }
        for (CountyEvaluation c : checked.evaluated().counties()) {
            for (SegmentEvaluation s : c.segments()) {
                counts.computeIfAbsent(s.segment(), k -> new int[2])[1] += s.compliantSchools();
            }
        }
        List<SegmentCount> list = new ArrayList<>();
        counts.forEach((segment, n) -> list.add(new SegmentCount(segment, n[0], n[1])));
        return list;
    }

    private static List<SegmentCount> schoolCounts(Evaluation before, Evaluation after, String school) {
        Map<Segment, int[]> counts = new EnumMap<>(Segment.class);
        count(before, school, counts, 0);
        count(after, school, counts, 1);
        List<SegmentCount> list = new ArrayList<>();
        counts.forEach((segment, n) -> list.add(new SegmentCount(segment, n[0], n[1])));
        return list;
    }

    private static void count(Evaluation evaluation, String school, Map<Segment, int[]> counts, int column) {
        for (SchoolEvaluation s : evaluation.schools()) {
            if (s.school().code().value().equals(school)) {
                counts.computeIfAbsent(s.segment(), k -> new int[2])[column] +=
                        Boolean.TRUE.equals(s.compliant()) ? 1 : 0;
            }
        }
    }

    private static List<CvLine> cvs(InvestmentChecker.Checked checked) {
        Map<String, IndicatorStatistic> after = new HashMap<>();
        checked.evaluated()
                .counties()
                .forEach(c -> c.segments().forEach(s -> s.indicators().forEach(i -> after.put(key(c, s, i), i))));
        List<CvLine> lines = new ArrayList<>();
        for (CountyEvaluation c : checked.before().counties()) {
            for (SegmentEvaluation s : c.segments()) {
                for (IndicatorStatistic i : s.indicators()) {
                    IndicatorStatistic later = after.get(key(c, s, i));
                    lines.add(new CvLine(
                            s.segment(),
                            i.indicatorId(),
                            finite(i.cv()),
                            later == null ? null : finite(later.cv()),
                            i.cvLimit(),
                            Boolean.FALSE.equals(i.cvPass()),
                            later != null && Boolean.FALSE.equals(later.cvPass())));
                }
            }
        }
        return lines;
    }

    private static List<ActionTotal> totals(List<ActionLine> lines, CostTable costs) {
        Map<String, long[]> amounts = new LinkedHashMap<>();
        Map<String, Set<String>> schools = new HashMap<>();
        Map<String, Double> cost = new HashMap<>();
        costs.actions().forEach(a -> amounts.put(a.name(), new long[1]));
        for (ActionLine l : lines) {
            amounts.computeIfAbsent(l.action(), k -> new long[1])[0] += l.quantity();
            schools.computeIfAbsent(l.action(), k -> new TreeSet<>()).add(l.schoolCode());
            cost.merge(l.action(), l.cost(), Double::sum);
        }
        List<ActionTotal> totals = new ArrayList<>();
        amounts.forEach((action, n) -> {
            if (n[0] > 0) {
                totals.add(new ActionTotal(
                        action, n[0], schools.getOrDefault(action, Set.of()).size(), cost.getOrDefault(action, 0.0)));
            }
        });
        return totals;
    }

    private static String key(CountyEvaluation c, SegmentEvaluation s, IndicatorStatistic i) {
        return c.county().code().value() + " " + s.segment() + " " + i.indicatorId();
    }

    private static @Nullable Double finite(double cv) {
        return Double.isFinite(cv) ? cv : null;
    }
}
