package org.edubalance.app.investment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import org.edubalance.core.investment.CostTable;
import org.edubalance.dataimport.investment.CostsReader;
import org.edubalance.planning.investment.PhasedPlanner;
import org.jspecify.annotations.Nullable;

/**
 * What an investment job is asked: the goal ({@code budget-per-year} when budgets by year are given, {@code budget}
 * when a budget is given, else {@code compliance}) and the costs, as the text of a costs file ({@code null}: the
 * shipped costs). Stored as the job's request JSON.
 *
 * @param budget the budget in yuan, or {@code null} for the least cost of full compliance or phasing
 * @param costsCsv the costs file's text, or {@code null} for the shipped file
 * @param budgetPerYear each phase year's budget in yuan (docs/planning/investment.md §10), or {@code null}
 */
record InvestmentRequest(
        @Nullable Double budget,
        @Nullable String costsCsv,
        @Nullable SortedMap<Integer, Double> budgetPerYear) {
    /** A plan of one year: no phasing. */
    InvestmentRequest(@Nullable Double budget, @Nullable String costsCsv) {
        this(budget, costsCsv, null);
    }

    /** The goal as the plan document names it. */
    String goal() {
        if (budgetPerYear != null) {
            return PhasedPlanner.GOAL;
        }
        return budget == null ? "compliance" : "budget";
    }

    /** The costs (already checked when the job was queued). */
    CostTable costTable() {
        if (costsCsv == null) {
            return CostsReader.shipped();
        }
        try {
            return CostsReader.read(new StringReader(costsCsv), InvestmentCosts.FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
