package org.edubalance.report.document;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart given as data: groups of bars on one scale from 0 to {@code scaleMax}, with an optional
 * reference line (a limit or a standard).
 *
 * @param title the chart's title
 * @param scaleLabel what the bar length measures, with its unit
 * @param scaleMax the value at the full bar width (> 0); longer bars are clipped and marked
 * @param groups the groups of bars, top to bottom
 * @param reference the reference line, if any
 * @param legend the series shown in the legend (empty for none)
 */
public record BarChart(
        String title,
        String scaleLabel,
        double scaleMax,
        List<BarGroup> groups,
        @Nullable ReferenceLine reference,
        List<LegendEntry> legend) {
    public BarChart {
        groups = List.copyOf(groups);
        legend = List.copyOf(legend);
        if (!(scaleMax > 0) || Double.isInfinite(scaleMax)) {
            throw new IllegalArgumentException("A chart scale ends above 0, got " + scaleMax);
        }
    }

    /**
     * A labelled group of bars (one indicator, one school).
     *
     * @param label the group's label
     * @param bars its bars, top to bottom
     */
    public record BarGroup(String label, List<Bar> bars) {
        public BarGroup {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One bar.
     *
     * @param value its length on the chart's scale; NaN draws no bar
     * @param shown the value as printed beside the bar (already rounded)
     * @param tone its colour
     */
    public record Bar(double value, String shown, Tone tone) {}

    /**
     * A vertical line across the chart.
     *
     * @param value where it stands on the scale
     * @param label what it is (e.g. "limit 0.50")
     */
    public record ReferenceLine(double value, String label) {}

    /**
     * A legend entry.
     *
     * @param tone the colour
     * @param label what it stands for
     */
    public record LegendEntry(Tone tone, String label) {}
}
