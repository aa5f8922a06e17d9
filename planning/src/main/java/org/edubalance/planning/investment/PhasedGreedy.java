package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.investment.InvestmentApplier;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.planning.investment.InvestmentPlan.PhasedAction;

/**
 * A phased plan year by year, for when HiGHS finds none within the time (docs/planning/investment.md §10): each year
 * buys, within its own budget, the most compliant school segments the schools as left by the earlier years allow (the
 * exact knapsack of §4), then the cheapest. Feasible, not optimal: it never saves a year's money for a later year's
 * dearer segment.
 */
final class PhasedGreedy {
    private PhasedGreedy() {}

    static List<PhasedAction> plan(
            List<SchoolYear> schools,
            SortedMap<Integer, Double> budgets,
            SegmentSplitter splitter,
            Function<List<SegmentPart>, SchoolOptions> options) {
        List<PhasedAction> plan = new ArrayList<>();
        List<SchoolYear> current = new ArrayList<>(schools);
        for (Map.Entry<Integer, Double> phase : budgets.entrySet()) {
            List<SchoolOptions.Option[]> offers = new ArrayList<>();
            int total = 0;
            for (SchoolYear school : current) {
                List<SegmentPart> parts = splitter.split(school);
                SchoolOptions own = options.apply(parts);
                offers.add(own.byMask());
                total += parts.size();
            }
            SegmentKnapsack knapsack = SegmentKnapsack.solve(offers, total);
            int[] masks = knapsack.masks(knapsack.mostWithin(phase.getValue()));
            Map<String, List<PlannedAction>> bought = new HashMap<>();
            for (int i = 0; i < offers.size(); i++) {
                for (PlannedAction a : offers.get(i)[masks[i]].actions()) {
                    plan.add(new PhasedAction(phase.getKey(), a));
                    bought.computeIfAbsent(a.schoolCode(), k -> new ArrayList<>())
                            .add(a);
                }
            }
            current.replaceAll(s -> bought.containsKey(s.code().value())
                    ? keepTeachers(
                            s, InvestmentApplier.apply(s, bought.get(s.code().value())))
                    : s);
        }
        return plan;
    }

    /**
     * {@code after} with the teachers of {@code before}: hired teachers are not trainable (§2), so the next year's
     * training cap stays today's teachers less the backbone teachers (trained ones included). No 2017 indicator
     * counts all teachers.
     */
    private static SchoolYear keepTeachers(SchoolYear before, SchoolYear after) {
        return new SchoolYear(
                after.year(),
                after.county(),
                after.townName(),
                after.code(),
                after.name(),
                after.type(),
                after.location(),
                after.ownership(),
                after.position(),
                teachersOf(before.primary(), after.primary()),
                teachersOf(before.junior(), after.junior()),
                after.seniorStudents(),
                after.assets(),
                after.supplementary());
    }

    private static SegmentFigures teachersOf(SegmentFigures before, SegmentFigures after) {
        return new SegmentFigures(
                after.students(),
                after.classes(),
                before.teachers(),
                after.teachersAboveDegree(),
                after.teachersMidSeniorTitle(),
                after.backboneTeachers(),
                after.peArtsTeachers());
    }
}
