package org.edubalance.app.investment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The budgets by phase year of a {@code budget-per-year} plan (docs/planning/investment.md §10), read from the page's
 * rows or the API's {@code budgetPerYear} with the command line's rules ({@code --budget-per-year}): one entry or more,
 * at most {@link #MAX_YEARS}; each year whole, the data year or later, once, in increasing order (gaps allowed, as the
 * planner allows them); each budget a number of yuan, 0 or more. A refusal names the field, the value and the rule.
 */
final class PhaseBudgets {
    /** The rows the page offers, and the most years the platform plans in one job (each year is a copy of the model). */
    static final int MAX_YEARS = 5;

    private PhaseBudgets() {}

    /**
     * One entry as given: the field that holds it ({@code budgetPerYear.2026} in the API, {@code phase 2} on the page),
     * the year's text and the budget's text (null when missing).
     */
    record Entry(String field, String year, @Nullable String budget) {}

    /**
     * Why an entry is refused: {@code rule} is a message key's last part ({@code investment.phasing.rule.RULE}), {@code
     * field} and {@code value} what it names, {@code detail} the data year or the earlier year where a rule needs one.
     */
    static final class Refused extends RuntimeException {
        private final String rule;
        private final String field;
        private final String value;
        private final String detail;

        Refused(String rule, String field, String value, String detail, String english) {
            super(field + " \"" + value + "\": " + english);
            this.rule = rule;
            this.field = field;
            this.value = value;
            this.detail = detail;
        }

        String rule() {
            return rule;
        }

        String field() {
            return field;
        }

        String value() {
            return value;
        }

        String detail() {
            return detail;
        }
    }

    /**
     * Refuses budgets that total less than {@code cheapestUseful}, the least money that makes one more school segment
     * compliant ({@code PhasedPlanner#cheapestUseful}): such a plan could buy nothing useful in any year.
     */
    static void requireUseful(SortedMap<Integer, Double> budgets, double cheapestUseful) {
        double total =
                budgets.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total < cheapestUseful) {
            String totalText = String.format(Locale.ROOT, "%.0f", total);
            String least = String.format(Locale.ROOT, "%.0f", cheapestUseful);
            throw new Refused(
                    "tooLittle",
                    "budgetPerYear",
                    totalText,
                    least,
                    "the budgets by year total " + totalText + " yuan, below " + least + " yuan, the cheapest plan that"
                            + " makes one more school segment compliant; nothing useful can be bought in any year.");
        }
    }

    /** The budgets by year of {@code entries}, in the order given, or {@link Refused}. */
    static SortedMap<Integer, Double> read(List<Entry> entries, int dataYear) {
        if (entries.isEmpty()) {
            throw new Refused("none", "budgetPerYear", "", "", "give one phase year or more with its budget in yuan.");
        }
        if (entries.size() > MAX_YEARS) {
            throw new Refused(
                    "tooMany",
                    "budgetPerYear",
                    Integer.toString(entries.size()),
                    Integer.toString(MAX_YEARS),
                    "at most " + MAX_YEARS + " phase years in one plan.");
        }
        SortedMap<Integer, Double> budgets = new TreeMap<>();
        Integer previous = null;
        for (Entry e : entries) {
            int year = year(e);
            if (year < dataYear) {
                throw new Refused(
                        "early",
                        e.field(),
                        e.year(),
                        Integer.toString(dataYear),
                        "a phase year is the data year " + dataYear + " or later.");
            }
            if (previous != null && year <= previous) {
                throw new Refused(
                        "order",
                        e.field(),
                        e.year(),
                        previous.toString(),
                        "the years are in increasing order, each once (" + year + " after " + previous + ").");
            }
            previous = year;
            budgets.put(year, yuan(e));
        }
        return budgets;
    }

    private static int year(Entry e) {
        try {
            return Integer.parseInt(e.year().strip());
        } catch (NumberFormatException x) {
            throw new Refused("year", e.field(), e.year(), "", "the year is a whole number such as 2026.");
        }
    }

    private static double yuan(Entry e) {
        if (e.budget() == null || e.budget().isBlank()) {
            throw new Refused("missing", e.field(), e.year(), "", "the year's budget in yuan is missing.");
        }
        double yuan;
        try {
            yuan = new BigDecimal(e.budget().strip()).doubleValue();
        } catch (NumberFormatException x) {
            yuan = Double.NaN;
        }
        if (!(yuan >= 0) || Double.isInfinite(yuan)) {
            throw new Refused("budget", e.field(), e.budget(), "", "the budget is a number of yuan, 0 or more.");
        }
        return yuan;
    }
}
