package org.edubalance.planning.investment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edubalance.core.evaluation.CountyEvaluation;
import org.edubalance.core.evaluation.SegmentEvaluation;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.Standard;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.investment.InvestmentPlan.PhasedAction;
import org.edubalance.planning.investment.InvestmentPlan.Phasing;
import org.edubalance.planning.investment.InvestmentPlan.YearFigures;
import org.edubalance.planning.solver.MipResult;

/**
 * The investment planner's phasing by year, {@code budget-per-year} (docs/planning/investment.md §10): the most
 * compliant school-segment-years within each year's own budget, then the least total cost, exactly, by two solves of
 * {@link PhasedInvestmentModel} — the count first, then the cost with the count fixed.
 */
public final class PhasedPlanner {
    /** The goal's name in the plan. */
    public static final String GOAL = "budget-per-year";

    private final Standard standard;
    private final CostTable costs;
    private final Duration timeLimit;
    private final SegmentSplitter splitter;
    private final Map<InvestmentKind, Cover> covers = new EnumMap<>(InvestmentKind.class);

    /** A planner whose two solves share {@code timeLimit}. */
    public PhasedPlanner(Standard standard, CostTable costs, Duration timeLimit) {
        if (standard.schoolRule() == null) {
            throw new PlanningProblemInvalidException("The standard " + standard.id() + " has no per-school rule, so"
                    + " there is no standard to invest towards; use a 2017 standard such as cn-2017-quality.");
        }
        this.standard = standard;
        this.costs = costs;
        this.timeLimit = timeLimit;
        this.splitter = new SegmentSplitter(standard.split());
        costs.byKind().forEach((kind, actions) -> covers.put(kind, new Cover(actions)));
    }

    /**
     * The plan of the data year {@code year}'s schools in {@code rows} with each phase year's {@code budgets}: every
     * year at least {@code year}, every budget 0 or more.
     */
    public InvestmentPlan plan(int year, List<SchoolYear> rows, SortedMap<Integer, Double> budgets) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        if (budgets.isEmpty() || budgets.firstKey() < year) {
            throw new PlanningProblemInvalidException("The phase years " + budgets.keySet() + " must be one or more,"
                    + " each the data year " + year + " or later.");
        }
        budgets.forEach((y, b) -> {
            if (!(b >= 0) || b.isInfinite()) {
                throw new PlanningProblemInvalidException("The budget of " + y + " is " + b + ": 0 yuan or more.");
            }
        });
        List<SchoolYear> schools = planned(year, rows);
        SegmentKnapsack knapsack = knapsack(schools);
        double cheapestUseful = cheapestUseful(knapsack);
        double total =
                budgets.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total < cheapestUseful) {
            // The sum, not each year: a segment's actions may be bought over several years (§10).
            String totalYuan = String.format(Locale.ROOT, "%.0f", total);
            String leastYuan = String.format(Locale.ROOT, "%.0f", cheapestUseful);
            throw new PlanningProblemInvalidException(new PlanningJobFailure(
                    PlanningJobFailure.Code.BUDGETS_TOO_LITTLE,
                    List.of(totalYuan, leastYuan),
                    "The budgets per year total " + totalYuan + " yuan, below " + leastYuan + " yuan, the cheapest plan"
                            + " that makes one more school segment compliant: nothing useful can be bought in any"
                            + " year."));
        }
        // A proven bound whatever the solver reports: in year t no plan has spent more than the budgets up to t, and
        // the knapsack gives the most segments that money can make compliant.
        long bound = 0;
        double upTo = 0;
        for (double b : budgets.values()) {
            upTo += b;
            bound += knapsack.mostWithin(upTo);
        }
        List<PhasedAction> actions = null;
        boolean proven = false;
        boolean mostProven = false;
        long found = 0;
        try (PhasedInvestmentModel model = new PhasedInvestmentModel(
                standard, covers, schools, List.copyOf(budgets.keySet()), List.copyOf(budgets.values()))) {
            long left = deadline - System.nanoTime();
            MipResult most = model.mostCompliant(Duration.ofNanos(left * 3 / 4));
            if (most.found()) {
                found = Math.round(most.objective());
                MipResult cheapest = model.cheapestReaching(found, Duration.ofNanos(deadline - System.nanoTime()));
                mostProven = most.optimal();
                proven = most.optimal() && cheapest.optimal();
                actions = ordered(model.actions(), schools);
            }
        }
        if (!proven) {
            // Out of time: the year-by-year plan, when HiGHS has none or a worse one.
            List<PhasedAction> greedy = ordered(PhasedGreedy.plan(schools, budgets, splitter, this::options), schools);
            long reachedGreedily = new PhasedChecker(standard, costs)
                    .check(rows, year, budgets, greedy)
                    .compliantSegmentYears();
            if (actions == null || reachedGreedily > found) {
                actions = greedy;
                found = reachedGreedily;
            }
        }
        bound = mostProven ? found : Math.max(found, bound);
        PhasedChecker.Checked checked = new PhasedChecker(standard, costs).check(rows, year, budgets, actions);
        if (!checked.problems().isEmpty()) {
            throw new IllegalStateException("The planner's phased plan fails its check: " + checked.problems());
        }
        long reached = checked.compliantSegmentYears();
        if (reached != found) {
            throw new IllegalStateException("The phased model counts " + found + " compliant school-segment-years,"
                    + " the evaluation " + reached);
        }
        List<PlannedAction> flat = actions.stream().map(PhasedAction::action).toList();
        InvestmentChecker.Checked last = checked.last();
        double cost =
                checked.years().stream().mapToDouble(PhasedChecker.Year::spent).sum();
        return new InvestmentPlan(
                standard.id(),
                year,
                GOAL,
                null,
                proven ? PlanningStatus.OPTIMAL : PlanningStatus.FEASIBLE,
                cost,
                proven ? reached : bound,
                proven || bound == 0 ? 0 : Math.max(0, (bound - reached) / (double) bound),
                flat,
                CountySummaries.of(last, flat),
                null,
                CountySummaries.countyOf(last.after(), year),
                new Phasing(budgets, actions, byCounty(checked, actions, CountySummaries.countyOf(rows, year))));
    }

    /** Each county's cost and compliant segments in each phase year. */
    static Map<String, List<YearFigures>> byCounty(
            PhasedChecker.Checked checked, List<PhasedAction> actions, Map<String, String> countyOf) {
        Map<String, List<YearFigures>> map = new TreeMap<>();
        for (PhasedChecker.Year y : checked.years()) {
            Map<String, Double> cost = new HashMap<>();
            for (PhasedAction a : actions) {
                if (a.year() == y.year()) {
                    cost.merge(countyOf.get(a.action().schoolCode()), a.action().cost(), Double::sum);
                }
            }
            for (CountyEvaluation c : y.checked().evaluated().counties()) {
                String code = c.county().code().value();
                Map<Segment, Integer> compliant = new EnumMap<>(Segment.class);
                for (SegmentEvaluation s : c.segments()) {
                    compliant.put(s.segment(), s.compliantSchools());
                }
                map.computeIfAbsent(code, k -> new ArrayList<>())
                        .add(new YearFigures(y.year(), cost.getOrDefault(code, 0.0), compliant));
            }
        }
        return map;
    }

    /** By year, then as every plan orders its actions (county, school, segment, the costs file's order). */
    private List<PhasedAction> ordered(List<PhasedAction> actions, List<SchoolYear> schools) {
        Map<String, String> county = new HashMap<>();
        schools.forEach(s -> county.put(s.code().value(), s.county().code().value()));
        List<PhasedAction> list = new ArrayList<>();
        actions.stream().map(PhasedAction::year).distinct().sorted().forEach(y -> {
            List<PlannedAction> own = actions.stream()
                    .filter(a -> a.year() == y)
                    .map(PhasedAction::action)
                    .toList();
            CountySummaries.ordered(own, county, costs).forEach(a -> list.add(new PhasedAction(y, a)));
        });
        return list;
    }

    /**
     * The least money, over all years, that makes one more school segment of the data year {@code year}'s schools in
     * {@code rows} compliant than no money does (0 when nothing can be bought that helps): budgets that total less are
     * refused by {@link #plan}, so a platform can refuse them before it queues the job. Fast: the knapsack alone, no
     * solver.
     */
    public double cheapestUseful(int year, List<SchoolYear> rows) {
        return cheapestUseful(knapsack(planned(year, rows)));
    }

    private static double cheapestUseful(SegmentKnapsack knapsack) {
        return knapsack.cheapestAbove(knapsack.mostWithin(0));
    }

    private SegmentKnapsack knapsack(List<SchoolYear> schools) {
        List<SchoolOptions.Option[]> offers = new ArrayList<>();
        int total = 0;
        for (SchoolYear school : schools) {
            List<SegmentPart> parts = splitter.split(school);
            SchoolOptions options = options(parts);
            offers.add(options.byMask());
            total += parts.size();
        }
        return SegmentKnapsack.solve(offers, total);
    }

    private SchoolOptions options(List<SegmentPart> parts) {
        return new SchoolOptions(parts, standard.indicators(), standard.schoolRule(), covers);
    }

    private List<SchoolYear> planned(int year, List<SchoolYear> rows) {
        return InvestmentPlanner.planned(standard, splitter, year, rows);
    }
}
