package org.edubalance.app.pairingrecord;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The school-group proposal page: the form as filled, the planner's groups (when it ran) with names, distances,
 * strengths and the schools already in a running stored group, the unplaced with the reason worded, and the adoption
 * form's default start year.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param years the county's data years, newest first
 * @param year the data year planned
 * @param coreOptions the schools that may be named cores
 * @param cores the cores named
 * @param timeLimit the time limit (s)
 * @param policy the policy's id ({@code national} or the uploaded file's name)
 * @param uploaded whether an uploaded policy is kept in the session
 * @param policyChoice {@code national} or {@code uploaded}
 * @param groups the proposed groups, by segment and core
 * @param unplaced the school segments in no group
 * @param summary the plan's summary, or null when the planner did not run
 * @param edits whether the person adopts (planners, administrators)
 * @param problems why a policy, a plan or an adoption was refused, worded, or empty
 * @param startYear the adoption's default start year
 */
record GroupProposalView(
        String countyCode,
        String countyName,
        List<Integer> years,
        int year,
        List<GroupProposals.CoreOption> coreOptions,
        List<String> cores,
        int timeLimit,
        String policy,
        boolean uploaded,
        String policyChoice,
        List<GroupLine> groups,
        List<UnplacedLine> unplaced,
        @Nullable Summary summary,
        boolean edits,
        List<String> problems,
        int startYear) {
    GroupProposalView {
        years = List.copyOf(years);
        coreOptions = List.copyOf(coreOptions);
        cores = List.copyOf(cores);
        groups = List.copyOf(groups);
        unplaced = List.copyOf(unplaced);
        problems = List.copyOf(problems);
    }

    /** The cores as the hidden field and the downloads pass them on. */
    public String coreList() {
        return String.join(",", cores);
    }

    /**
     * A proposed group.
     *
     * @param value the checkbox value {@code SEGMENT/core/member,member}
     * @param name the name it is stored under unless edited
     * @param coreInGroup whether the core is in a running stored group already
     * @param checked whether the box is ticked at first: no school of it is in a running stored group
     */
    record GroupLine(
            String value,
            String segment,
            String core,
            String coreName,
            double coreStrength,
            List<MemberLine> members,
            int size,
            double meanStrength,
            double km,
            String name,
            boolean coreInGroup,
            boolean checked) {}

    /** A member of a proposed group; {@code inGroup}: it is in a running stored group already. */
    record MemberLine(String school, String name, double km, double strength, boolean inGroup) {}

    /** A school segment in no group, the reason worded in the page's language. */
    record UnplacedLine(
            String segment, String school, String name, String reason, String reasonText, boolean inGroup) {}

    /** The plan's counts and the solve; {@code statusText} worded. */
    record Summary(
            int cores,
            int members,
            int placed,
            double totalKm,
            String status,
            String statusText,
            double bound,
            double gap,
            double seconds) {}
}
