package org.edubalance.app.enrolment;

import java.util.List;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.jspecify.annotations.Nullable;

/**
 * The enrolment pages' list: the counties a person may see with their number of rounds, one county's rounds, and the
 * form of a new round with the outcome of a refused upload.
 *
 * @param countyCode the county shown, or {@code null} on the counties page
 * @param countyName its name
 * @param counties every county the person may see
 * @param rounds the county's rounds, newest first (a principal: the published ones)
 * @param years the years of the school data, newest first, for the form
 * @param acts whether the person may create rounds (planners and administrators): the form is rendered only for them
 * @param rejected the located errors of a refused upload (nothing was stored); empty otherwise
 * @param errorCount the errors of the refused files (the list may be capped)
 * @param problem a refusal without located errors, as the service words it
 */
public record CountyRoundsView(
        @Nullable String countyCode,
        @Nullable String countyName,
        List<CountyLine> counties,
        List<EnrolmentRound> rounds,
        List<Integer> years,
        boolean acts,
        List<IssueResponse> rejected,
        long errorCount,
        @Nullable String problem) {

    public CountyRoundsView {
        counties = List.copyOf(counties);
        rounds = List.copyOf(rounds);
        years = List.copyOf(years);
        rejected = List.copyOf(rejected);
    }

    /** A county with the number of its rounds. */
    public record CountyLine(String code, String name, int rounds) {}
}
