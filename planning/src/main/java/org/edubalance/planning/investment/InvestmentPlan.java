package org.edubalance.planning.investment;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.PlanningStatus;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * An investment plan (docs/planning/investment.md §5).
 *
 * @param standard the standard's id
 * @param year the data year
 * @param goal {@code compliance}, {@code budget} or {@code budget-per-year}
 * @param budget the budget in yuan under {@code budget}; {@code null} otherwise
 * @param status OPTIMAL when proven best, FEASIBLE with a bound and gap, INFEASIBLE with its reason
 * @param totalCost the plan's cost in yuan (0 without a plan)
 * @param bound a proven bound: under {@code compliance} the least cost any plan can have; under {@code budget} the
 *     most compliant school segments any plan within the budget can reach
 * @param gap how far the plan can be from the best: (cost − bound) ÷ cost, or (bound − count) ÷ bound; 0 when proven
 * @param actions the purchases, by county, school code, segment and action
 * @param counties each county's cost and its state before and after
 * @param reason why there is no plan, when there is none
 * @param countyOfSchool the county code of each school with an action
 * @param phasing the years, their budgets, each action's year and each county's figures by year under {@code
 *     budget-per-year} (§10); {@code null} for the other goals
 */
public record InvestmentPlan(
        String standard,
        int year,
        String goal,
        @Nullable Double budget,
        PlanningStatus status,
        double totalCost,
        double bound,
        double gap,
        List<PlannedAction> actions,
        List<CountyInvestment> counties,
        @Nullable Reason reason,
        Map<String, String> countyOfSchool,
        @Nullable Phasing phasing) {

    public InvestmentPlan {
        countyOfSchool = Map.copyOf(countyOfSchool);
        actions = List.copyOf(actions);
        counties = List.copyOf(counties);
    }

    /** A plan of one year ({@code compliance} or {@code budget}): no phasing. */
    public InvestmentPlan(
            String standard,
            int year,
            String goal,
            @Nullable Double budget,
            PlanningStatus status,
            double totalCost,
            double bound,
            double gap,
            List<PlannedAction> actions,
            List<CountyInvestment> counties,
            @Nullable Reason reason,
            Map<String, String> countyOfSchool) {
        this(
                standard,
                year,
                goal,
                budget,
                status,
                totalCost,
                bound,
                gap,
                actions,
                counties,
                reason,
                countyOfSchool,
                null);
    }

    /**
     * The phasing of a {@code budget-per-year} plan (docs/planning/investment.md §10).
     *
     * @param budgets each phase year's budget in yuan, by year (increasing)
     * @param actions the plan's actions with their year, in the order of {@link InvestmentPlan#actions()}
     * @param byCounty each county's cost and compliant school segments in each phase year, by county code
     */
    public record Phasing(
            SortedMap<Integer, Double> budgets, List<PhasedAction> actions, Map<String, List<YearFigures>> byCounty) {
        public Phasing {
            budgets = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(budgets));
            actions = List.copyOf(actions);
            byCounty = Map.copyOf(byCounty);
        }
    }

    /**
     * One action bought in one phase year; it counts from that year on.
     *
     * @param year the phase year
     * @param action the purchase
     */
    public record PhasedAction(int year, PlannedAction action) {}

    /**
     * A county in one phase year.
     *
     * @param year the phase year
     * @param cost what its schools' actions of that year cost
     * @param compliantAfter its compliant school segments by segment, counting the actions of that year and before
     */
    public record YearFigures(int year, double cost, Map<Segment, Integer> compliantAfter) {}

    /**
     * One county's share of the plan.
     *
     * @param code the county code
     * @param cost the cost of its schools' actions
     * @param compliantBefore school segments meeting the per-school rule today, by segment
     * @param compliantAfter the same after the plan
     * @param cvBefore each indicator's county CV today, by segment (null when not evaluable)
     * @param cvAfter the same after the plan
     */
    public record CountyInvestment(
            String code,
            double cost,
            Map<Segment, Integer> compliantBefore,
            Map<Segment, Integer> compliantAfter,
            Map<Segment, Map<String, @Nullable Double>> cvBefore,
            Map<Segment, Map<String, @Nullable Double>> cvAfter) {}
}
