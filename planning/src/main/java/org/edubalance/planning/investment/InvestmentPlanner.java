package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.edubalance.core.evaluation.ScopeDecision;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The investment planner (docs/planning/investment.md §3–§4).
 *
 * <p>{@link #compliance}: without the county CV limits the problem falls apart school by school, and each school is
 * solved exactly by {@link SchoolOptions}; their sum is a proven lower bound on any plan, and when the plan it gives
 * keeps every county CV within its limit (the evaluation engine decides) it is the proven optimum. Otherwise the
 * counties over a limit are completed by {@link CvRepair} and the plan is FEASIBLE with that bound and its gap.
 *
 * <p>{@link #budget}: each school offers, for every set of its segments, the cheapest way to make them compliant; a
 * knapsack over schools on the count of compliant segments (exact dynamic programming) gives the most compliant
 * segments within the budget and, among those plans, the cheapest. Phasing by year is {@link PhasedPlanner}'s.
 */
public final class InvestmentPlanner {
    private final Standard standard;
    private final CostTable costs;
    private final SegmentSplitter splitter;
    private final java.time.Duration timeLimit;
    private final Map<InvestmentKind, Cover> covers = new EnumMap<>(InvestmentKind.class);
    private final boolean levelsFirst;

    public InvestmentPlanner(Standard standard, CostTable costs) {
        this(standard, costs, java.time.Duration.ofSeconds(60));
    }

    /** A planner whose county MIPs share {@code timeLimit}. */
    public InvestmentPlanner(Standard standard, CostTable costs, java.time.Duration timeLimit) {
        this(standard, costs, timeLimit, true);
    }

    /**
     * The benchmark's peer: counties over a CV limit go straight to HiGHS with supporting-hyperplane cuts (the
     * textbook outer approximation), without the water levels and their bound.
     */
    public static InvestmentPlanner cutsOnly(Standard standard, CostTable costs, java.time.Duration timeLimit) {
        return new InvestmentPlanner(standard, costs, timeLimit, false);
    }

    private InvestmentPlanner(Standard standard, CostTable costs, java.time.Duration timeLimit, boolean levelsFirst) {
        this.levelsFirst = levelsFirst;
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

    /** The least-cost plan that makes every in-scope school segment of {@code year} compliant within the CV limits. */
    public InvestmentPlan compliance(int year, List<SchoolYear> rows) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Map<String, List<PlannedAction>> byCounty = new TreeMap<>();
        Map<String, Double> boundOf = new TreeMap<>();
        Map<String, List<SchoolYear>> schoolsOf = new TreeMap<>();
        boolean exact = true;
        for (SchoolYear school : planned(year, rows)) {
            String county = school.county().code().value();
            List<SegmentPart> parts = splitter.split(school);
            SchoolOptions.Option best = options(parts).cheapest((1 << parts.size()) - 1);
            if (best.reason() != null) {
                return noPlan(year, rows, "compliance", null, PlanningStatus.INFEASIBLE, best.reason());
            }
            byCounty.computeIfAbsent(county, c -> new ArrayList<>()).addAll(best.actions());
            boundOf.merge(county, best.cost(), Double::sum);
            schoolsOf.computeIfAbsent(county, c -> new ArrayList<>()).add(school);
            exact &= best.exact();
        }
        List<PlannedAction> actions = new ArrayList<>();
        byCounty.values().forEach(actions::addAll);
        InvestmentChecker checker = new InvestmentChecker(standard, costs);
        InvestmentChecker.Checked checked = checker.check(rows, year, actions);
        if (checked.cvOverLimit().isEmpty()) {
            PlanningStatus status = exact ? PlanningStatus.OPTIMAL : PlanningStatus.FEASIBLE;
            return result(year, "compliance", null, status, exact ? checked.cost() : 0, checked, actions);
        }
        // Counties over a CV limit: the county MIP with cuts; the per-school optimum stays a proven bound of each.
        double bound = 0;
        boolean proven = exact;
        List<String> overCounties = checked.cvOverLimit().stream()
                .map(over -> over.split(" ")[0])
                .distinct()
                .toList();
        Map<String, List<SchoolYear>> overSchools = new TreeMap<>();
        overCounties.forEach(c -> overSchools.put(c, schoolsOf.remove(c)));
        CvStep cvStep = new CvStep(standard, covers);
        BiFunction<String, CountyCvLoop, CountyCvLoop.@Nullable CountyPlan> start = levelsFirst
                ? (county, loop) -> loop.levelled(boundOf.get(county))
                : (county, loop) ->
                        cvStep.plan(year, overSchools.get(county), byCounty.get(county), checker, boundOf.get(county));
        CountiesOverCv.Outcome outcome =
                CountiesOverCv.plan(standard, covers, overSchools, year, checker, boundOf, deadline, start);
        for (String county : overCounties) {
            CountyCvLoop.CountyPlan plan = outcome.plans().get(county);
            if (plan == null) {
                plan = cvStep.plan(
                        year,
                        overSchools.get(county),
                        byCounty.get(county),
                        checker,
                        Math.max(
                                boundOf.get(county), outcome.boundsWithoutPlan().getOrDefault(county, 0.0)));
            }
            if (plan != null) {
                byCounty.put(county, plan.actions());
                boundOf.put(county, plan.bound());
            }
            proven &= plan != null && plan.optimal();
        }
        for (double b : boundOf.values()) {
            bound += b;
        }
        actions.clear();
        byCounty.values().forEach(actions::addAll);
        checked = checker.check(rows, year, actions);
        if (!checked.cvOverLimit().isEmpty()) {
            return noPlan(
                    year,
                    rows,
                    "compliance",
                    null,
                    PlanningStatus.NOT_SOLVED,
                    Reason.of("cv-limit-not-reached", "over", String.join(", ", checked.cvOverLimit())));
        }
        PlanningStatus status = proven ? PlanningStatus.OPTIMAL : PlanningStatus.FEASIBLE;
        return result(year, "compliance", null, status, Math.min(bound, checked.cost()), checked, actions);
    }

    /**
     * The compliance problem of {@code year} without the CV limits as the MIP the county step solves (every school
     * at once, no cut), in free MPS: its optimum equals {@link #perSchoolOptimum}, for the benchmark against HiGHS.
     */
    public String complianceMps(int year, List<SchoolYear> rows) {
        try (CountyCvModel model = new CountyCvModel(standard, covers, planned(year, rows))) {
            return model.exportMps();
        }
    }

    /**
     * The budget problem of {@code year} as a MIP in free MPS (docs/planning/investment.md §4), for the benchmark's
     * peer: with {@code countFirst} the most compliant segments, else the least cost once the last row (the count) is
     * bounded from below.
     */
    public String budgetMps(int year, List<SchoolYear> rows, double budget, boolean countFirst) {
        try (CountyCvModel model = new CountyCvModel(standard, covers, planned(year, rows), budget)) {
            return model.exportBudgetMps(countFirst);
        }
    }

    /** The least cost of making every school segment compliant, CV limits aside (infinite when impossible). */
    public double perSchoolOptimum(int year, List<SchoolYear> rows) {
        double sum = 0;
        for (SchoolYear school : planned(year, rows)) {
            List<SegmentPart> parts = splitter.split(school);
            sum += options(parts).cheapest((1 << parts.size()) - 1).cost();
        }
        return sum;
    }

    /** The most compliant school segments of {@code year} within {@code budget} yuan, then the cheapest such plan. */
    public InvestmentPlan budget(int year, List<SchoolYear> rows, double budget) {
        List<SchoolYear> schools = planned(year, rows);
        List<SchoolOptions.Option[]> offers = new ArrayList<>();
        int total = 0;
        for (SchoolYear school : schools) {
            List<SegmentPart> parts = splitter.split(school);
            SchoolOptions options = options(parts);
            offers.add(options.byMask());
            total += parts.size();
        }
        SegmentKnapsack knapsack = SegmentKnapsack.solve(offers, total);
        int reachedFree = knapsack.mostWithin(0);
        double cheapestUseful = knapsack.cheapestAbove(reachedFree);
        if (budget < cheapestUseful) {
            throw new PlanningProblemInvalidException(String.format(
                    java.util.Locale.ROOT,
                    "The budget %.0f yuan is below %.0f yuan, the cheapest plan that makes one more school segment"
                            + " compliant: nothing useful can be bought.",
                    budget,
                    cheapestUseful));
        }
        int count = knapsack.mostWithin(budget);
        List<PlannedAction> actions = new ArrayList<>();
        int[] masks = knapsack.masks(count);
        for (int i = 0; i < offers.size(); i++) {
            actions.addAll(offers.get(i)[masks[i]].actions());
        }
        InvestmentChecker.Checked checked = new InvestmentChecker(standard, costs).check(rows, year, actions);
        return result(year, "budget", budget, PlanningStatus.OPTIMAL, count, checked, actions);
    }

    private SchoolOptions options(List<SegmentPart> parts) {
        return new SchoolOptions(parts, standard.indicators(), standard.schoolRule(), covers);
    }

    private List<SchoolYear> planned(int year, List<SchoolYear> rows) {
        return planned(standard, splitter, year, rows);
    }

    /**
     * The rows a plan of {@code year} covers: that year's schools in the standard's scope with at least one segment
     * with students, by county and code (the order every plan's actions follow).
     */
    static List<SchoolYear> planned(Standard standard, SegmentSplitter splitter, int year, List<SchoolYear> rows) {
        return rows.stream()
                .filter(s -> s.year() == year
                        && ScopeDecision.of(standard.scope(), s).inScope())
                .filter(s -> !splitter.split(s).isEmpty())
                .sorted(Comparator.comparing((SchoolYear s) -> s.county().code().value())
                        .thenComparing(s -> s.code().value()))
                .toList();
    }

    private InvestmentPlan result(
            int year,
            String goal,
            Double budget,
            PlanningStatus status,
            double bound,
            InvestmentChecker.Checked checked,
            List<PlannedAction> actions) {
        if (!checked.problems().isEmpty()) {
            throw new IllegalStateException("The planner's plan fails its check: " + checked.problems());
        }
        double cost = checked.cost();
        double gap = goal.equals("budget")
                ? (bound == 0 ? 0 : Math.max(0, (bound - checked.compliantAfter()) / bound))
                : (cost == 0 ? 0 : Math.max(0, (cost - bound) / cost));
        return new InvestmentPlan(
                standard.id(),
                year,
                goal,
                budget,
                status,
                cost,
                bound,
                gap,
                CountySummaries.ordered(actions, CountySummaries.countyOf(checked.after(), year), costs),
                CountySummaries.of(checked, actions),
                null,
                CountySummaries.countyOf(checked.after(), year));
    }

    private InvestmentPlan noPlan(
            int year, List<SchoolYear> rows, String goal, Double budget, PlanningStatus status, Reason reason) {
        InvestmentChecker.Checked nothing = new InvestmentChecker(standard, costs).check(rows, year, List.of());
        return new InvestmentPlan(
                standard.id(),
                year,
                goal,
                budget,
                status,
                0,
                0,
                0,
                List.of(),
                CountySummaries.of(nothing, List.of()),
                reason,
                Map.of());
    }
}
