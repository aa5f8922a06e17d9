package org.edubalance.app.school;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A school in a list: who and where it is, and whether each of its segments complies under the standard asked for.
 *
 * @param code the school's code
 * @param name its name
 * @param countyCode its county
 * @param countyName the county's name
 * @param townName its township, when known
 * @param type its type (PRIMARY, NINE_YEAR, …)
 * @param location URBAN, TOWN or RURAL
 * @param year the school year shown
 * @param segments the segments it has students in
 * @param compliantBySegment per evaluated segment: whether it meets the per-school rule ({@code null}: no rule)
 */
public record SchoolSummaryResponse(
        String code,
        String name,
        String countyCode,
        String countyName,
        @Nullable String townName,
        String type,
        String location,
        int year,
        List<String> segments,
        Map<String, @Nullable Boolean> compliantBySegment) {}
