package org.edubalance.app.enrolment;

import java.util.List;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.EnrolmentRoundKind;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobStatus;
import org.jspecify.annotations.Nullable;

/**
 * The page of one enrolment round.
 *
 * @param round the round, its files with their hashes once committed
 * @param areaName the name of the round's county (or city: a quota round)
 * @param steps the lifecycle's steps, each marked done or not
 * @param seed the draw's seed once the public value is given
 * @param job the admission job once drawn
 * @param result an admission round's figures once the job is done (bureau roles)
 * @param quota a quota round's tables once the job is done (bureau roles)
 * @param quotaChart the chart document of a quota round's equity counterfactual, or {@code null}
 * @param ownSchool a principal's school and its admitted children (principals, published admission rounds only)
 * @param ownCandidates a principal's junior high's candidates and where they went (published quota rounds only)
 * @param explanation the explanation asked for, or {@code null}
 * @param acts whether the viewer may act (planners and administrators): the forms are rendered only for them
 * @param bureau whether the viewer reads as the bureau (planners, administrators, inspectors)
 */
public record RoundPageView(
        EnrolmentRound round,
        String areaName,
        List<Step> steps,
        @Nullable String seed,
        @Nullable PlanningJob job,
        @Nullable RoundResultView result,
        @Nullable QuotaResultView quota,
        @Nullable String quotaChart,
        @Nullable OwnSchool ownSchool,
        List<OwnCandidate> ownCandidates,
        @Nullable ExplanationView explanation,
        boolean acts,
        boolean bureau) {

    public RoundPageView {
        steps = List.copyOf(steps);
        ownCandidates = List.copyOf(ownCandidates);
    }

    /** Whether the round is an entrance-exam (quota) round. */
    public boolean isQuota() {
        return round.kind() == EnrolmentRoundKind.QUOTA;
    }

    /** Whether its job is done: the result can be read, approved and published. */
    public boolean jobDone() {
        return job != null && job.status() == PlanningJobStatus.DONE;
    }

    /** One step of the lifecycle: its status name and whether the round reached it. */
    public record Step(String status, boolean reached, boolean current) {}

    /** Whether the page should keep asking for the job's status. */
    public boolean jobUnfinished() {
        return job != null && job.status().isUnfinished();
    }

    /** Whether the round was published and has a public page. */
    public boolean published() {
        return round.publishedAt() != null;
    }

    /**
     * A principal's view of a published round: their school and the children admitted to it.
     *
     * @param school the school's code
     * @param name its name
     * @param admitted the children admitted there, in the applicants file's order
     */
    public record OwnSchool(String school, String name, List<Admitted> admitted) {
        public OwnSchool {
            admitted = List.copyOf(admitted);
        }
    }

    /** One candidate of a principal's junior high: the high school and batch that admitted them, if any. */
    public record OwnCandidate(
            String candidateId,
            @Nullable String school,
            @Nullable String batch,
            String lotteryNumber) {}

    /** One admitted child: pseudonymous id, class at the school (worded), lottery number, position on its list. */
    public record Admitted(
            String applicantId,
            String priorityClass,
            @Nullable String lotteryNumber,
            int choiceRank) {}
}
