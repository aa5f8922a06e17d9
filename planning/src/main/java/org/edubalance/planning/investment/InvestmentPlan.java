package org.edubalance.planning.investment;

import java.util.List;
import java.util.Map;
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
 * @param goal {@code compliance} or {@code budget}
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
        Map<String, String> countyOfSchool) {

    public InvestmentPlan {
        countyOfSchool = Map.copyOf(countyOfSchool);
        actions = List.copyOf(actions);
        counties = List.copyOf(counties);
    }

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
