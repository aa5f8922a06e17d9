package org.edubalance.planning.admission;

import java.util.List;
import org.edubalance.core.admission.AdmissionPolicy.TieBreak;
import org.edubalance.core.admission.EntryGrade;
import org.edubalance.core.admission.PriorityClass;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.planning.PlanningOutcome;
import org.edubalance.planning.lottery.LotteryInput;
import org.jspecify.annotations.Nullable;

/**
 * The result of an admission round (docs/planning/admission.md §6): the draw, every child's placement in the
 * applicants file's order, every school's figures by code, and the round's counts. {@link AdmissionResultJson} writes
 * it; the outcome (how long the mechanism took) is for the platform and the text summary, not the document, so that
 * two runs give the same bytes.
 */
public record AdmissionResult(
        int year,
        RegionCode county,
        EntryGrade grade,
        String policy,
        Lottery lottery,
        List<Assignment> assignments,
        List<SchoolLine> schools,
        Summary summary,
        PlanningOutcome outcome) {

    public AdmissionResult {
        assignments = List.copyOf(assignments);
        schools = List.copyOf(schools);
    }

    /** The draw: algorithm, tie-break, the input hashes in the command's order, commit, public value and seed. */
    public record Lottery(
            String algorithm,
            TieBreak tieBreak,
            List<LotteryInput> inputs,
            String commit,
            String publicValue,
            String seed) {
        public Lottery {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * One child's placement.
     *
     * @param applicantId the registration number
     * @param school the school, or {@code null} when unplaced
     * @param choiceRank the 1-based position of the school in the child's full list, or {@code null} when unplaced
     * @param priorityClass the child's class at the school, or {@code null} when unplaced
     * @param lotteryNumber SINGLE: the child's number; MULTIPLE: the number at the school ({@code null} when unplaced)
     */
    public record Assignment(
            String applicantId,
            @Nullable SchoolCode school,
            @Nullable Integer choiceRank,
            @Nullable PriorityClass priorityClass,
            @Nullable String lotteryNumber) {}

    /**
     * One school's figures.
     *
     * @param code the school
     * @param seats places offered
     * @param admitted children placed there
     * @param applicants distinct children who proposed to it during the deferred acceptance, kept or not
     * @param lastAdmitted the lowest-ranked admitted child when the school filled (seats > 0), else {@code null}
     */
    public record SchoolLine(
            SchoolCode code,
            int seats,
            int admitted,
            int applicants,
            @Nullable Ranked lastAdmitted) {

        /** Applicants per seat, or {@code null} for a school without seats. */
        public @Nullable Double oversubscription() {
            return seats == 0 ? null : (double) applicants / seats;
        }
    }

    /** A child's standing at a school: class and lottery number there. */
    public record Ranked(PriorityClass priorityClass, String lotteryNumber) {}

    /**
     * The round's counts.
     *
     * @param applicants children in the round
     * @param placed children with a school
     * @param unplaced children whose list was exhausted (for manual placement)
     * @param firstChoice children placed at position 1 of their list
     * @param migrantApplicants migrant children (随迁子女)
     * @param migrantPlacedPublic migrant children placed at a public school
     */
    public record Summary(
            int applicants,
            int placed,
            int unplaced,
            int firstChoice,
            int migrantApplicants,
            int migrantPlacedPublic) {}
}
