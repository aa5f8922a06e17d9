package org.edubalance.planning.investment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.planning.solver.MipResult;
import org.edubalance.planning.solver.MipSolver;
import org.jspecify.annotations.Nullable;

/**
 * The check-and-cut loop of one county over a CV limit (docs/planning/investment.md §3): solve {@link CountyCvModel},
 * let the evaluation engine judge the plan, cut every CV it finds over its limit, until it agrees.
 */
final class CountyCvLoop {
    private CountyCvLoop() {}

    /**
     * A county's plan under its CV limits.
     *
     * @param actions the purchases
     * @param cost their cost
     * @param optimal whether the MIP proved it least
     * @param bound a proven lower bound on the county's cost
     */
    record CountyPlan(List<PlannedAction> actions, double cost, boolean optimal, double bound) {}

    private static final int MAX_ROUNDS = 200;

    /**
     * Solves, checks the solution with {@code checker} (the evaluation engine) and adds the cuts of every CV it finds
     * over the limit, until the evaluation agrees. When the rounds or the time run out first, {@code incumbent} (a plan
     * within the limits, or {@code null}) is returned with the best proven bound; {@code null} without one.
     */
    static @Nullable CountyPlan plan(
            Standard standard,
            Map<InvestmentKind, Cover> covers,
            List<SchoolYear> schools,
            int year,
            InvestmentChecker checker,
            long deadlineNanos,
            @Nullable List<PlannedAction> incumbent,
            double separableBound) {
        double bound = separableBound;
        try (CountyCvModel model = new CountyCvModel(standard, covers, schools)) {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                long left = deadlineNanos - System.nanoTime();
                if (left < MipSolver.MIN_TIME_LIMIT_NANOS) {
                    break;
                }
                MipResult result = model.solve(Duration.ofNanos(left));
                if (!result.found()) {
                    break;
                }
                if (result.optimal()) {
                    // The cut model is a relaxation: its optimum bounds every plan within the limits from below.
                    bound = Math.max(bound, result.objective());
                }
                List<PlannedAction> actions = model.actions();
                InvestmentChecker.Checked checked = checker.check(schools, year, actions);
                if (!checked.allCompliant()) {
                    break;
                }
                List<String> over = checked.cvOverLimit();
                if (over.isEmpty()) {
                    return new CountyPlan(
                            actions, checked.cost(), result.optimal(), result.optimal() ? checked.cost() : bound);
                }
                boolean added = false;
                for (String o : over) {
                    String[] words = o.split(" ");
                    IndicatorDefinition indicator = standard.indicators().stream()
                            .filter(i -> i.id().equals(words[2]))
                            .findFirst()
                            .orElseThrow();
                    added |= model.cut(Segment.valueOf(words[1]), indicator, incumbent);
                }
                if (!added) {
                    break;
                }
            }
        }
        if (incumbent == null) {
            return null;
        }
        double cost = checker.check(schools, year, incumbent).cost();
        return new CountyPlan(incumbent, cost, false, Math.min(bound, cost));
    }
}
