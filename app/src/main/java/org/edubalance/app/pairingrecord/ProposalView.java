package org.edubalance.app.pairingrecord;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The proposal page: the form as filled, the planner's proposal (when it ran) with names, strengths and what is stored
 * already, and the adoption form's defaults.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param years the county's data years, newest first
 * @param year the data year planned
 * @param segment the segment shown ({@code PRIMARY}, {@code JUNIOR}) or empty for both
 * @param policy the policy's id ({@code national} or the uploaded file's name)
 * @param uploaded whether an uploaded policy is kept in the session (offered again, used by the downloads)
 * @param policyChoice {@code national} or {@code uploaded}
 * @param pairs the proposed pairs shown
 * @param unpaired the unpaired mentees shown, the reason worded
 * @param summary the plan's summary, or null when the planner did not run
 * @param edits whether the person adopts (planners, administrators)
 * @param problems why a policy, a plan or an adoption was refused, worded, or empty
 * @param startYear the adoption's default start year
 * @param signedOn the adoption's default signing day
 * @param agreement the adoption's default agreement text
 */
record ProposalView(
        String countyCode,
        String countyName,
        List<Integer> years,
        int year,
        String segment,
        String policy,
        boolean uploaded,
        String policyChoice,
        List<PairLine> pairs,
        List<UnpairedLine> unpaired,
        @Nullable Summary summary,
        boolean edits,
        List<String> problems,
        int startYear,
        String signedOn,
        String agreement) {
    ProposalView {
        years = List.copyOf(years);
        pairs = List.copyOf(pairs);
        unpaired = List.copyOf(unpaired);
        problems = List.copyOf(problems);
    }

    /**
     * A proposed pair.
     *
     * @param value the checkbox value {@code SEGMENT/mentor/mentee}
     * @param menteeCompliant whether the mentee meets the per-school rule (one that fails it is a mentee whatever its
     *     strength)
     * @param stored whether the same pair runs already as a stored pairing
     * @param elsewhere the name of the mentor the mentee is paired with already in a running pairing, or empty
     * @param checked whether the box is ticked at first: a new pair whose mentee has no running pairing
     */
    record PairLine(
            String value,
            String segment,
            String mentor,
            String mentorName,
            double mentorStrength,
            String mentee,
            String menteeName,
            double menteeStrength,
            boolean menteeCompliant,
            double km,
            boolean stored,
            String elsewhere,
            boolean checked) {}

    /** A mentee left without a mentor, the reason worded in the page's language. */
    record UnpairedLine(String segment, String school, String name, String reason, String reasonText) {}

    /** The plan's counts. */
    record Summary(int mentors, int mentees, int paired, double totalKm, String status) {}
}
