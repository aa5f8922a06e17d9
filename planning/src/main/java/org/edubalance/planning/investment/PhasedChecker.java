package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.edubalance.core.investment.CostTable;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.standard.Standard;
import org.edubalance.planning.investment.InvestmentPlan.PhasedAction;

/**
 * Checks a phased plan without trusting the planner (docs/planning/investment.md §10): every action's year is a
 * phase year, each year's spending (recomputed from the costs file) is within that year's budget, and each year's
 * compliant school segments are counted by applying the actions of that year and before to the rows and running the
 * evaluation engine — through {@link InvestmentChecker}, which also checks each action itself.
 */
public final class PhasedChecker {
    /** A year's spending may exceed its budget by this rounding at most (yuan are whole in the costs used). */
    private static final double TOLERANCE = 1e-6;

    private final InvestmentChecker checker;

    public PhasedChecker(Standard standard, CostTable costs) {
        this.checker = new InvestmentChecker(standard, costs);
    }

    /**
     * One phase year as the check found it.
     *
     * @param year the phase year
     * @param budget its budget in yuan
     * @param spent the cost of its actions, recomputed from the costs file
     * @param checked the rows with the actions of this year and before applied, evaluated
     */
    public record Year(int year, double budget, double spent, InvestmentChecker.Checked checked) {}

    /**
     * What the check found.
     *
     * @param years each phase year, in increasing order
     * @param problems every broken rule (empty when the plan is sound)
     */
    public record Checked(List<Year> years, List<String> problems) {
        /** The compliant school-segment-years: the sum over the years of the segments compliant in that year. */
        public long compliantSegmentYears() {
            return years.stream().mapToLong(y -> y.checked().compliantAfter()).sum();
        }

        /** The check of the last phase year: every action applied. */
        public InvestmentChecker.Checked last() {
            return years.getLast().checked();
        }
    }

    /** Checks {@code actions} against the rows of the data year {@code year} in {@code rows} and {@code budgets}. */
    public Checked check(
            List<SchoolYear> rows, int year, SortedMap<Integer, Double> budgets, List<PhasedAction> actions) {
        List<String> problems = new ArrayList<>();
        for (PhasedAction a : actions) {
            if (!budgets.containsKey(a.year())) {
                problems.add(a.action().schoolCode() + " " + a.action().action() + " is bought in " + a.year()
                        + ", not a phase year " + budgets.keySet());
            }
        }
        List<Year> years = new ArrayList<>();
        for (Map.Entry<Integer, Double> phase : budgets.entrySet()) {
            List<PlannedAction> upTo = new ArrayList<>();
            List<PlannedAction> own = new ArrayList<>();
            for (PhasedAction a : actions) {
                if (a.year() <= phase.getKey()) {
                    upTo.add(a.action());
                }
                if (a.year() == phase.getKey()) {
                    own.add(a.action());
                }
            }
            double spent = checker.check(rows, year, own).cost();
            if (spent > phase.getValue() + TOLERANCE * Math.max(1, phase.getValue())) {
                problems.add("Year " + phase.getKey() + " spends " + spent + " yuan, over its budget of "
                        + phase.getValue());
            }
            InvestmentChecker.Checked checked = checker.check(rows, year, upTo);
            years.add(new Year(phase.getKey(), phase.getValue(), spent, checked));
            if (phase.getKey().equals(budgets.lastKey())) {
                problems.addAll(checked.problems());
            }
        }
        return new Checked(years, problems);
    }
}
