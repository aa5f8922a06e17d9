package org.edubalance.app.zoning;

import java.util.List;
import org.edubalance.app.web.IssueResponse;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.jspecify.annotations.Nullable;

/**
 * The zoning pages' list of counties and a county's studies, with the new-study form.
 *
 * @param countyCode the county shown, or null on the list of counties
 * @param countyName its name, or null
 * @param counties the counties the person may see, with their number of studies
 * @param studies the county's studies the person may see, newest first
 * @param years the years of school data, newest first (the form's choices)
 * @param policies the shipped zoning policies (the form's choices)
 * @param acts whether the person creates studies (planners and administrators)
 * @param rejected the located errors of a refused upload
 * @param errorCount how many errors it had
 * @param problem a refusal that is not located in a file, worded, or null
 */
record ZoningListView(
        @Nullable String countyCode,
        @Nullable String countyName,
        List<CountyLine> counties,
        List<ZoningStudy> studies,
        List<Integer> years,
        List<String> policies,
        boolean acts,
        List<IssueResponse> rejected,
        long errorCount,
        @Nullable String problem) {

    /**
     * A county and its studies.
     *
     * @param code the county's code
     * @param name its name
     * @param studies how many studies the person may see
     */
    record CountyLine(String code, String name, int studies) {}
}
