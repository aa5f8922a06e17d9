package org.edubalance.cli.plan;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import org.edubalance.cli.BadInputException;

/**
 * Reads {@code --budget-per-year 2026=5000000,2027=3000000} (docs/planning/investment.md §10): entries {@code
 * YEAR=YUAN} separated by commas, the years whole and strictly increasing, each the data year or later, each budget a
 * number of yuan, 0 or more. A bad value names the option, the entry and the rule.
 */
final class BudgetPerYear {
    private static final String OPTION = "--budget-per-year";

    private BudgetPerYear() {}

    /** The budgets by phase year, or a {@link BadInputException} naming the entry and the rule. */
    static SortedMap<Integer, Double> parse(String text, int dataYear) {
        SortedMap<Integer, Double> budgets = new TreeMap<>();
        if (text.isBlank()) {
            throw new BadInputException(OPTION + " \"" + text + "\": give one entry YEAR=YUAN or more, separated by"
                    + " commas, e.g. 2026=5000000,2027=3000000.");
        }
        Integer previous = null;
        for (String raw : text.split(",", -1)) {
            String entry = raw.strip();
            String[] parts = entry.split("=", -1);
            if (parts.length != 2) {
                throw bad(entry, "an entry is YEAR=YUAN, e.g. 2026=5000000");
            }
            int year;
            try {
                year = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                throw bad(entry, "the year is a whole number such as 2026");
            }
            double yuan;
            try {
                yuan = new BigDecimal(parts[1].strip()).doubleValue();
            } catch (NumberFormatException e) {
                throw bad(entry, "the budget is a number of yuan, 0 or more");
            }
            if (!(yuan >= 0) || Double.isInfinite(yuan)) {
                throw bad(entry, "the budget is a number of yuan, 0 or more");
            }
            if (year < dataYear) {
                throw bad(entry, "a phase year is the data year " + dataYear + " or later");
            }
            if (previous != null && year <= previous) {
                throw bad(entry, "the years are in increasing order, each once (" + year + " after " + previous + ")");
            }
            previous = year;
            budgets.put(year, yuan);
        }
        return budgets;
    }

    private static BadInputException bad(String entry, String rule) {
        return new BadInputException(OPTION + ", entry \"" + entry + "\": " + rule + ".");
    }
}
