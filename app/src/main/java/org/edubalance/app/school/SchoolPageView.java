package org.edubalance.app.school;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A school's page: each segment's indicators against the standards with the shortfalls, the split of a one-through
 * school's shared assets, and its history.
 *
 * @param code the school's code
 * @param name its name
 * @param countyCode its county's code
 * @param countyName its county's name
 * @param townName its township
 * @param type its type (PRIMARY, NINE_YEAR, …)
 * @param location URBAN, TOWN or RURAL
 * @param year the year shown
 * @param years the years held for it, newest first
 * @param standard the rule pack's id
 * @param canEdit whether the signed-in person may change its figures
 * @param excludedBecause why the standard leaves it out, {@code null} when assessed
 * @param parts one per segment with students
 * @param split the segment split, shown for one-through schools (empty otherwise)
 * @param history per year held, oldest first
 */
public record SchoolPageView(
        String code,
        String name,
        String countyCode,
        String countyName,
        @Nullable String townName,
        String type,
        String location,
        int year,
        List<Integer> years,
        String standard,
        boolean canEdit,
        @Nullable String excludedBecause,
        List<PartView> parts,
        List<SplitRow> split,
        List<HistoryRow> history) {

    /**
     * One segment judged.
     *
     * @param segment PRIMARY or JUNIOR
     * @param students its students
     * @param compliant whether it meets the per-school rule ({@code null}: the pack has none)
     * @param met indicators meeting their standard
     * @param of indicators with a standard
     * @param indicators each indicator
     */
    public record PartView(
            String segment,
            int students,
            @Nullable Boolean compliant,
            int met,
            int of,
            List<IndicatorLine> indicators) {}

    /**
     * One indicator of a segment.
     *
     * @param name the indicator's name
     * @param unit its unit
     * @param value the school's value
     * @param threshold the standard, {@code null} when the pack sets none
     * @param percent value ÷ standard in percent, {@code null} without a standard
     * @param met whether the value reaches the standard
     * @param belowFloor whether it is below the floor ratio (85 %) of the standard
     * @param toThreshold what brings it to the standard, {@code null} when met or without a standard
     * @param toFloor what brings it to the floor, {@code null} likewise
     * @param quantity what the amounts count (a {@code Quantity} name: TEACHERS, BOOKS, …)
     */
    public record IndicatorLine(
            String name,
            String unit,
            double value,
            @Nullable Double threshold,
            @Nullable Double percent,
            boolean met,
            boolean belowFloor,
            @Nullable Double toThreshold,
            @Nullable Double toFloor,
            String quantity) {}

    /**
     * One segment's share of the school's shared assets (docs/standards.md §3.5).
     *
     * @param segment PRIMARY or JUNIOR
     * @param students its students
     * @param sharePercent its share of every shared asset, in percent
     * @param teachingAuxAreaM2 its share of the teaching and auxiliary area
     * @param equipmentValueYuan its share of the equipment value
     * @param books its share of the books
     */
    public record SplitRow(
            String segment,
            int students,
            double sharePercent,
            double teachingAuxAreaM2,
            double equipmentValueYuan,
            double books) {}

    /**
     * One year of the school.
     *
     * @param year the year
     * @param students compulsory students
     * @param compliantBySegment per segment: whether it met the per-school rule ({@code null}: no rule or left out)
     * @param metBySegment per segment: indicators met
     */
    public record HistoryRow(
            int year,
            int students,
            Map<String, @Nullable Boolean> compliantBySegment,
            Map<String, Integer> metBySegment) {}
}
