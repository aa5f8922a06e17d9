package org.edubalance.app.dashboard;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A region dashboard's model: the city (every county held) or one county, for one year and rule pack. Chart data are
 * JSON documents the page hands to ECharts through {@code data-} attributes (escaped by Thymeleaf like any text).
 *
 * @param countyCode the county shown, {@code null} for the city
 * @param regionName the city's or county's name
 * @param year the school year shown
 * @param years every year held, newest first
 * @param standard the rule pack's id
 * @param counties each county's verdict and segments (one line on a county dashboard)
 * @param segments one panel per segment with schools
 * @param weakest the school segments furthest below a standard, weakest first
 * @param mapJson the schools' positions and compliance for the map
 * @param boundaryUrl where the map's boundary GeoJSON is served, {@code null} when none was uploaded
 */
public record DashboardView(
        @Nullable String countyCode,
        String regionName,
        int year,
        List<Integer> years,
        String standard,
        List<CountyLine> counties,
        List<SegmentPanel> segments,
        List<WeakSchool> weakest,
        String mapJson,
        @Nullable String boundaryUrl) {

    /** This view with {@code url} as the boundary's address (boundaries change apart from the school data). */
    public DashboardView withBoundaryUrl(@Nullable String url) {
        return new DashboardView(
                countyCode, regionName, year, years, standard, counties, segments, weakest, mapJson, url);
    }

    /**
     * A county's result.
     *
     * @param code its division code
     * @param name its name
     * @param verdict MET, NOT_MET or INCOMPLETE
     * @param bySegment per segment it has: pass and compliant schools
     */
    public record CountyLine(String code, String name, String verdict, Map<String, SegmentCell> bySegment) {}

    /**
     * A county segment in the county table.
     *
     * @param pass whether the segment passes the resource part
     * @param compliant school segments meeting the per-school rule
     * @param schools school segments assessed
     */
    public record SegmentCell(boolean pass, int compliant, int schools) {}

    /**
     * One segment of the region.
     *
     * @param segment PRIMARY or JUNIOR
     * @param schools school segments assessed
     * @param compliant those meeting the per-school rule
     * @param pass whether the county's segment passes; {@code null} on the city dashboard (no city verdict)
     * @param reasons why it fails, in the page's language
     * @param cvChartJson the CV of each indicator against the limit
     * @param trendJson the CV of each indicator in every year held
     * @param locations urban, town and rural values per indicator
     */
    public record SegmentPanel(
            String segment,
            int schools,
            int compliant,
            @Nullable Boolean pass,
            List<String> reasons,
            String cvChartJson,
            String trendJson,
            List<LocationRow> locations) {}

    /**
     * One indicator's urban : town : rural comparison.
     *
     * @param indicator the indicator's name
     * @param urban the pooled urban value, {@code null} without urban schools
     * @param town the pooled town value
     * @param rural the pooled rural value
     * @param urbanToRural urban ÷ rural, {@code null} when undefined
     */
    public record LocationRow(
            String indicator,
            @Nullable Double urban,
            @Nullable Double town,
            @Nullable Double rural,
            @Nullable Double urbanToRural) {}

    /**
     * A school segment far below a standard.
     *
     * @param code the school's code
     * @param name its name
     * @param countyName its county
     * @param segment the segment
     * @param met indicators meeting their standard
     * @param of indicators with a standard
     * @param lowestPercent its lowest value ÷ standard, in percent
     * @param compliant whether it meets the per-school rule
     */
    public record WeakSchool(
            String code,
            String name,
            String countyName,
            String segment,
            int met,
            int of,
            double lowestPercent,
            @Nullable Boolean compliant) {}
}
