package org.edubalance.app.enrolment;

import java.util.List;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.jspecify.annotations.Nullable;

/**
 * What the public page of a published entrance-exam (quota) draw shows: the round, its seed, every file with its hash,
 * the quota of each junior high at each high school, every candidate's lottery number and outcome (pseudonymous ids
 * only), the cut-offs, and the two commands that recompute it.
 *
 * @param round the published round
 * @param seed the draw's seed
 * @param files the input files with their download names
 * @param quotas every (high school, junior high) line of the apportionment, by high school then junior high
 * @param admissions every candidate in the candidates file's order
 * @param cutoffs the last admitted score of each batch, by school
 * @param javaCommand the {@code edubalance lottery verify --kind quota} command over the downloads
 * @param pythonCommand the same with the repository's Python verifier
 */
public record QuotaDrawView(
        EnrolmentRound round,
        String seed,
        List<PublicDrawView.FileLink> files,
        List<Quota> quotas,
        List<Admission> admissions,
        List<Cutoff> cutoffs,
        String javaCommand,
        String pythonCommand) {

    public QuotaDrawView {
        files = List.copyOf(files);
        quotas = List.copyOf(quotas);
        admissions = List.copyOf(admissions);
        cutoffs = List.copyOf(cutoffs);
    }

    /** The quota seats of one junior high at one high school. */
    public record Quota(
            String highSchool, int quotaSeats, String juniorSchool, int candidates, String weight, int seats) {}

    /** One candidate's number and outcome; school and batch null when not admitted. */
    public record Admission(
            String candidateId,
            String lotteryNumber,
            @Nullable String school,
            @Nullable String batch) {}

    /** A cut-off: the general batch of a school, or its quota batch for one junior high. */
    public record Cutoff(
            String school, String batch, @Nullable String juniorSchool, String lastScore) {}
}
