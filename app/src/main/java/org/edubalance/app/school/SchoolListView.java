package org.edubalance.app.school;

import java.util.List;

/**
 * One page of the school list.
 *
 * @param year the school year shown
 * @param query the filter as given
 * @param rows the schools of this page
 * @param total schools matching the filter
 * @param page this page, from 0
 * @param pages pages in all
 * @param counties the counties to filter by (code → name)
 * @param townships the townships of the chosen county
 * @param years every year held, newest first
 */
public record SchoolListView(
        int year,
        SchoolListQuery query,
        List<SchoolSummaryResponse> rows,
        int total,
        int page,
        int pages,
        List<CountyOption> counties,
        List<String> townships,
        List<Integer> years) {

    /**
     * A county in the filter.
     *
     * @param code its code
     * @param name its name
     */
    public record CountyOption(String code, String name) {}
}
