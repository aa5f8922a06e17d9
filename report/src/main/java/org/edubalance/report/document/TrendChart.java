package org.edubalance.report.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Values over several periods (school years), one line per series, with an optional limit.
 *
 * @param title the chart's title
 * @param periods the period labels, oldest first
 * @param lines one line per series
 * @param limit the limit every line is compared with, if one applies to all
 * @param limitLabel how the limit is named
 */
public record TrendChart(
        String title,
        List<String> periods,
        List<TrendLine> lines,
        @Nullable Double limit,
        String limitLabel) {
    public TrendChart {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
        for (TrendLine line : lines) {
            if (line.values().size() != periods.size()) {
                throw new IllegalArgumentException("Line " + line.label() + " has "
                        + line.values().size() + " values for " + periods.size() + " periods");
            }
        }
    }

    /**
     * One series.
     *
     * @param label what it is
     * @param values one value per period (NaN when not available)
     * @param shown the values as printed (already rounded)
     */
    public record TrendLine(String label, List<Double> values, List<String> shown) {
        public TrendLine {
            values = List.copyOf(values);
            shown = List.copyOf(shown);
        }
    }
}
