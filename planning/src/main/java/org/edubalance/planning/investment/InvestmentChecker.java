package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.IndicatorStatistic;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentAction;
import org.edubalance.core.investment.InvestmentApplier;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;

/**
 * Checks a plan without trusting the planner: applies its actions to the school rows, re-runs the evaluation engine
 * on the changed rows and recomputes the cost from the costs file. Used by the planner for the before/after figures,
 * by the command line and by the tests.
 */
public final class InvestmentChecker {
    private final Standard standard;
    private final CostTable costs;

    public InvestmentChecker(Standard standard, CostTable costs) {
        this.standard = standard;
        this.costs = costs;
    }

    /**
     * What the check found.
     *
     * @param after every input row, the planned year's rows with the actions applied
     * @param before the evaluation of the planned year today
     * @param evaluated the evaluation of the planned year after the plan
     * @param cost the plan's cost recomputed from the costs file
     * @param problems every broken rule (empty when the plan is sound)
     */
    public record Checked(
            List<SchoolYear> after, Evaluation before, Evaluation evaluated, double cost, List<String> problems) {
        /** Whether every in-scope school segment meets the per-school rule after the plan. */
        public boolean allCompliant() {
            return evaluated.schools().stream().allMatch(s -> Boolean.TRUE.equals(s.compliant()));
        }

        /** Every county CV over its limit after the plan, as "county segment indicator". */
        public List<String> cvOverLimit() {
            List<String> over = new ArrayList<>();
            evaluated.counties().forEach(c -> {
                for (SegmentEvaluation s : c.segments()) {
                    for (IndicatorStatistic i : s.indicators()) {
                        if (Boolean.FALSE.equals(i.cvPass())) {
                            over.add(c.county().code().value() + " " + s.segment() + " " + i.indicatorId());
                        }
                    }
                }
            });
            return over;
        }

        /** The number of compliant school segments after the plan. */
        public long compliantAfter() {
            return evaluated.schools().stream()
                    .filter(s -> Boolean.TRUE.equals(s.compliant()))
                    .count();
        }
    }

    /** Checks {@code actions} against the rows of {@code year} in {@code rows}. */
    public Checked check(List<SchoolYear> rows, int year, List<PlannedAction> actions) {
        List<String> problems = new ArrayList<>();
        Map<String, List<PlannedAction>> bySchool = new LinkedHashMap<>();
        Map<String, Long> trained = new HashMap<>();
        double cost = 0;
        for (PlannedAction a : actions) {
            InvestmentAction action = costs.action(a.action()).orElse(null);
            if (action == null || action.kind() != a.kind()) {
                problems.add("Action " + a.action() + " is not in the costs file for "
                        + a.kind().indicatorId());
                continue;
            }
            if (a.quantity() % action.step() != 0) {
                problems.add(a.schoolCode() + " " + a.action() + " " + a.quantity() + " is not a multiple of "
                        + action.step());
            }
            if (a.kind().perSegment() == (a.segment() == null)) {
                problems.add(a.schoolCode() + " " + a.action() + ": a teacher action names its segment, a"
                        + " whole-school action none");
            }
            if (a.kind() == InvestmentKind.TRAIN_BACKBONE_TEACHER) {
                trained.merge(a.schoolCode() + " " + a.segment(), a.quantity(), Long::sum);
            }
            double recomputed = a.quantity() * action.unitCostYuan();
            if (Math.abs(recomputed - a.cost()) > 1e-6 * Math.max(1, recomputed)) {
                problems.add(a.schoolCode() + " " + a.action() + " costs " + recomputed + ", not " + a.cost());
            }
            cost += recomputed;
            bySchool.computeIfAbsent(a.schoolCode(), k -> new ArrayList<>()).add(a);
        }
        List<SchoolYear> after = new ArrayList<>(rows.size());
        for (SchoolYear row : rows) {
            List<PlannedAction> mine =
                    row.year() == year ? bySchool.remove(row.code().value()) : null;
            if (mine == null) {
                after.add(row);
                continue;
            }
            for (PlannedAction a : mine) {
                if (a.kind() == InvestmentKind.TRAIN_BACKBONE_TEACHER && a.segment() != null) {
                    var f = row.segment(a.segment());
                    long n = trained.getOrDefault(a.schoolCode() + " " + a.segment(), 0L);
                    if (n > f.teachers() - f.backboneTeachers()) {
                        problems.add(a.schoolCode() + " " + a.segment() + " trains " + n + " backbone teachers of "
                                + (f.teachers() - f.backboneTeachers()) + " trainable");
                    }
                }
            }
            after.add(InvestmentApplier.apply(row, mine));
        }
        bySchool.keySet().forEach(code -> problems.add("School " + code + " of the plan is not in year " + year));
        YearEvaluator evaluator = new YearEvaluator(standard);
        return new Checked(
                after,
                evaluator.evaluate(rows, year, Map.of()),
                evaluator.evaluate(after, year, Map.of()),
                cost,
                problems);
    }

    /** The compliant school segments of {@code schools} (a convenience for the summaries). */
    static long compliant(List<SchoolEvaluation> schools) {
        return schools.stream().filter(s -> Boolean.TRUE.equals(s.compliant())).count();
    }
}
