package org.edubalance.app.investment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.school.Segment;
import org.edubalance.planning.investment.InvestmentPlan;
import org.edubalance.planning.investment.InvestmentPlan.Phasing;
import org.edubalance.planning.investment.InvestmentPlan.YearFigures;
import org.jspecify.annotations.Nullable;

/**
 * The result page's figures of a plan phased by year (docs/planning/investment.md §10): a row per phase year and county
 * (its budget, what the county's actions of that year cost, its compliant school segments after that year) and each
 * action's year. Built from the plan as shown: a principal's cut has no county figure, so their rows carry what their
 * school's actions cost each year and no compliant count (which would tell of the other schools).
 *
 * @param rows a row per phase year and county, by year
 * @param actionYears the year of each action of the full plan, by its place (the figures' action index)
 * @param counts whether the rows carry compliant counts (the bureau's roles) or costs only (a principal)
 */
record InvestmentPhaseView(List<YearRow> rows, List<Integer> actionYears, boolean counts) {
    /**
     * One phase year of one county.
     *
     * @param first whether it is the year's first row (the budget is the year's, shown once)
     */
    record YearRow(int year, double budget, String county, double cost, int primary, int junior, boolean first) {}

    /** The view of {@code shown} (the plan as the reader may see it); the years of {@code full}'s actions. */
    static @Nullable InvestmentPhaseView of(InvestmentPlan full, InvestmentPlan shown) {
        Phasing phasing = shown.phasing();
        Phasing all = full.phasing();
        if (phasing == null || all == null) {
            return null;
        }
        List<YearRow> rows = new ArrayList<>();
        List<String> counties = phasing.byCounty().keySet().stream().sorted().toList();
        phasing.budgets().forEach((year, budget) -> {
            boolean first = true;
            for (String county : counties) {
                for (YearFigures y : phasing.byCounty().get(county)) {
                    if (y.year() == year) {
                        Map<Segment, Integer> after = y.compliantAfter();
                        rows.add(new YearRow(
                                year,
                                budget,
                                county,
                                y.cost(),
                                after.getOrDefault(Segment.PRIMARY, 0),
                                after.getOrDefault(Segment.JUNIOR, 0),
                                first));
                        first = false;
                    }
                }
            }
        });
        List<Integer> years =
                all.actions().stream().map(InvestmentPlan.PhasedAction::year).toList();
        return new InvestmentPhaseView(rows, years, !shown.counties().isEmpty());
    }

    /** The year of the action at {@code index} of the full plan. */
    public int yearOf(int index) {
        return actionYears.get(index);
    }
}
