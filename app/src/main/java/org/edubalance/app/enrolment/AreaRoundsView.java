package org.edubalance.app.enrolment;

import java.util.List;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.jspecify.annotations.Nullable;

/**
 * The enrolment pages' list: the areas a person may see (cities and their counties) with their number of rounds, one
 * area's rounds, and the forms of a new round with the outcome of a refused upload.
 *
 * @param areaCode the area shown, or {@code null} on the areas page
 * @param areaName its name
 * @param areas every area the person may see, cities first, each followed by its counties
 * @param rounds the area's rounds, newest first (a principal: the published ones)
 * @param years the years of the school data, newest first, for the forms
 * @param acts whether the person may create rounds (planners and administrators): the forms are rendered only for them
 * @param rejected the located errors of a refused upload (nothing was stored); empty otherwise
 * @param errorCount the errors of the refused files (the list may be capped)
 * @param problem a refusal without located errors, as the service words it
 */
public record AreaRoundsView(
        @Nullable String areaCode,
        @Nullable String areaName,
        List<AreaLine> areas,
        List<EnrolmentRound> rounds,
        List<Integer> years,
        boolean acts,
        List<IssueResponse> rejected,
        long errorCount,
        @Nullable String problem) {

    public AreaRoundsView {
        areas = List.copyOf(areas);
        rounds = List.copyOf(rounds);
        years = List.copyOf(years);
        rejected = List.copyOf(rejected);
    }

    /** An area with the number of its rounds; admission rounds are run by counties only. */
    public record AreaLine(String code, String name, boolean county, int rounds) {}

    /** The counties: the areas of an admission round. */
    public List<AreaLine> counties() {
        return areas.stream().filter(AreaLine::county).toList();
    }
}
