package org.edubalance.app.funding;

import java.util.Comparator;
import java.util.List;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlan.CountyFunding;
import org.edubalance.planning.funding.FundingPlan.SchoolFunding;
import org.jspecify.annotations.Nullable;

/**
 * The funding page of a county and year: the policy applied and the ones to choose from, each public school the
 * reader may see ordered by difference (the largest loss first, schools without current funds last), the county's
 * figures, the sweep with its chart, and the 2017 funding items under current funds and the formula. For a principal
 * only their school's row is filled: no county figure, chart or item, since each is computed over the other schools.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param year the data year shown
 * @param years the years with school rows, newest first
 * @param policy the id of the policy applied
 * @param policies the ids the reader may choose (empty when they may not choose)
 * @param editor whether the reader chooses policies, uploads and exports
 * @param schools the rows the reader may see, by difference
 * @param county the county's figures, or null (a principal; no public school)
 * @param sweep the rural factor swept, or null
 * @param chart the sweep as inline SVG (escaped where drawn), or null
 * @param items the 2017 funding items under both, or null
 * @param problem why an uploaded policy was refused, in the page's language, or null
 */
record FundingView(
        String countyCode,
        String countyName,
        int year,
        List<Integer> years,
        String policy,
        List<String> policies,
        boolean editor,
        List<SchoolFunding> schools,
        @Nullable CountyFunding county,
        @Nullable FundingSweep sweep,
        @Nullable String chart,
        @Nullable FundingItems items,
        @Nullable String problem) {

    FundingView {
        years = List.copyOf(years);
        policies = List.copyOf(policies);
        schools = List.copyOf(schools);
    }

    /** The plan's rows by difference: the largest loss first; a school without current funds last, by code. */
    static List<SchoolFunding> byDifference(FundingPlan plan) {
        return plan.schools().stream()
                .sorted(Comparator.comparing(
                                SchoolFunding::difference, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
                        .thenComparing(SchoolFunding::code))
                .toList();
    }
}
