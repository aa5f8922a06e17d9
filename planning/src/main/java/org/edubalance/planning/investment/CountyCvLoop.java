package org.edubalance.planning.investment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.planning.solver.MipResult;
import org.jspecify.annotations.Nullable;

/**
 * One county over a CV limit (docs/planning/investment.md §3.3): first the water levels with their Lagrangian bound,
 * which settle most counties without a solver; then, while the time lasts, the check-and-cut loop on HiGHS: solve
 * {@link CountyCvModel}, let the evaluation engine judge the plan, cut every CV it finds over its limit.
 */
final class CountyCvLoop {
    /**
     * The relative gap at which a county's plan counts as proven optimal: 0.01 %, the gap at which HiGHS itself calls a
     * MIP solution optimal. The plan's bound and gap are reported as they are.
     */
    static final double PROVEN = 1e-4;

    private static final int MAX_ROUNDS = 200;

    /** Less time than this left and no round starts: a round on a county of a few hundred schools takes 20–100 ms. */
    private static final long MIN_ROUND_NANOS = 20_000_000L;

    private final Standard standard;
    private final Map<InvestmentKind, Cover> covers;
    private final List<SchoolYear> schools;
    private final int year;
    private final InvestmentChecker checker;
    private final WaterLevels levels;
    private final List<PlannedAction> start;
    private final List<WaterLevels.Over> overs;
    private double provenBound;

    /**
     * A county's plan under its CV limits.
     *
     * @param actions the purchases
     * @param cost their cost
     * @param optimal whether it is proven within {@link #PROVEN} of the least
     * @param bound a proven lower bound on the county's cost
     */
    record CountyPlan(List<PlannedAction> actions, double cost, boolean optimal, double bound) {
        double gap() {
            return cost == 0 ? 0 : (cost - bound) / cost;
        }
    }

    /** The county of {@code schools} (the planned year's in-scope rows of one county) with its CVs over the limits. */
    CountyCvLoop(
            Standard standard,
            Map<InvestmentKind, Cover> covers,
            List<SchoolYear> schools,
            int year,
            InvestmentChecker checker) {
        this.standard = standard;
        this.covers = covers;
        this.schools = List.copyOf(schools);
        this.year = year;
        this.checker = checker;
        this.levels = new WaterLevels(standard, covers, schools);
        WaterLevels.Levelled none = levels.priced(Map.of());
        this.start = none == null ? List.of() : none.actions();
        this.overs = overOf(checker.check(schools, year, start).cvOverLimit());
    }

    /** The levelled plan with its Lagrangian bound (at least {@code separableBound}); null when levels fail. */
    @Nullable
    CountyPlan levelled(double separableBound) {
        WaterLevels.Levelled levelled = levels.plan(overs);
        if (levelled == null) {
            return null;
        }
        InvestmentChecker.Checked checked = checker.check(schools, year, levelled.actions());
        if (!checked.allCompliant() || !checked.cvOverLimit().isEmpty()) {
            return null;
        }
        double bound = Math.max(
                separableBound,
                CvLagrangeBound.of(standard, covers, levels, overs, start, levelled.actions(), checked.cost()));
        return plan(levelled.actions(), checked.cost(), bound);
    }

    /**
     * The check-and-cut loop until {@code deadlineNanos}, from {@code incumbent} (a plan within the limits, or null)
     * and its bound: returns the best plan within the limits and the best proven bound, or null without a plan.
     */
    @Nullable
    CountyPlan polished(@Nullable CountyPlan incumbent, double separableBound, long deadlineNanos) {
        double bound = incumbent == null ? separableBound : Math.max(separableBound, incumbent.bound());
        try (CountyCvModel model = new CountyCvModel(standard, covers, schools)) {
            if (incumbent != null) {
                // Start from the planes where the levelled plan meets each cone: the first solve is then near the end.
                for (WaterLevels.Over o : overs) {
                    model.cut(o.segment(), o.indicator(), start, incumbent.actions());
                }
            }
            for (int round = 0; round < MAX_ROUNDS; round++) {
                long left = deadlineNanos - System.nanoTime();
                if (left < MIN_ROUND_NANOS
                        || (incumbent != null && incumbent.cost() - bound <= PROVEN * incumbent.cost())) {
                    break;
                }
                MipResult result = model.solve(Duration.ofNanos(left));
                if (!result.found()) {
                    break;
                }
                // The cut model is a relaxation: the solver's bound bounds every plan within the limits from below.
                bound = Math.max(bound, model.bestBound());
                List<PlannedAction> actions = model.actions();
                InvestmentChecker.Checked checked = checker.check(schools, year, actions);
                if (!checked.allCompliant()) {
                    break;
                }
                if (checked.cvOverLimit().isEmpty()) {
                    if (incumbent == null || checked.cost() < incumbent.cost()) {
                        incumbent = plan(actions, checked.cost(), bound);
                    }
                    break;
                }
                boolean added = false;
                for (WaterLevels.Over o : overOf(checked.cvOverLimit())) {
                    // From the solution read before the first cut: a cut changes the model, and the solver then has no
                    // solution to read.
                    added |= model.cut(
                            o.segment(), o.indicator(), actions, incumbent == null ? null : incumbent.actions());
                }
                if (!added) {
                    break;
                }
            }
        }
        provenBound = bound;
        return incumbent == null ? null : plan(incumbent.actions(), incumbent.cost(), bound);
    }

    /** The best bound {@link #polished} proved, also when it found no plan (0 before it ran). */
    double provenBound() {
        return provenBound;
    }

    private static CountyPlan plan(List<PlannedAction> actions, double cost, double bound) {
        double proven = Math.min(bound, cost);
        return new CountyPlan(actions, cost, cost - proven <= PROVEN * cost, proven);
    }

    private List<WaterLevels.Over> overOf(List<String> over) {
        List<WaterLevels.Over> list = new ArrayList<>();
        for (String o : over) {
            String[] words = o.split(" ");
            IndicatorDefinition indicator = standard.indicators().stream()
                    .filter(i -> i.id().equals(words[2]))
                    .findFirst()
                    .orElseThrow();
            InvestmentKind.ofIndicator(indicator.id())
                    .ifPresent(kind -> list.add(new WaterLevels.Over(Segment.valueOf(words[1]), indicator, kind)));
        }
        return list;
    }
}
