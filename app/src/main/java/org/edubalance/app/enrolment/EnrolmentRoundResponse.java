package org.edubalance.app.enrolment;

import java.time.Instant;
import java.util.List;
import org.edubalance.core.enrolment.EnrolmentRound;
import org.edubalance.core.enrolment.RoundFile;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;

/**
 * A round over the API: its kind and area, where it stands, its files' names and hashes (not their contents), the
 * commit, the public value and the seed, its job, its approval and publication. {@code countyCode} repeats
 * {@code areaCode} for clients written before the quota kind. {@code jobError} is the job's failure in English,
 * {@code jobErrorCode} the same as a code ({@code job.error.<code>} words it).
 */
public record EnrolmentRoundResponse(
        long id,
        String kind,
        String areaCode,
        String countyCode,
        int year,
        @Nullable String entryGrade,
        String status,
        String createdBy,
        Instant createdAt,
        List<FileLine> files,
        @Nullable String commit,
        @Nullable Instant committedAt,
        @Nullable String publicValue,
        @Nullable String seed,
        @Nullable Instant drawnAt,
        @Nullable Long jobId,
        @Nullable String jobStatus,
        @Nullable String jobError,
        @Nullable String jobErrorCode,
        @Nullable Instant approvedAt,
        @Nullable String approvedBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy) {

    /** One input file: its name in the commit, the published file name, size and hash (after the commit). */
    public record FileLine(
            String name,
            String fileName,
            int bytes,
            @Nullable String sha256) {}

    static EnrolmentRoundResponse of(EnrolmentRound round, @Nullable PlanningJob job) {
        return new EnrolmentRoundResponse(
                round.id(),
                round.kind().name(),
                round.area().value(),
                // The field's name from before the quota kind: the area, a county or (quota) a city.
                round.area().value(),
                round.year(),
                round.grade() == null ? null : round.grade().name(),
                round.status().name(),
                round.createdBy(),
                round.createdAt(),
                round.files().stream().map(EnrolmentRoundResponse::line).toList(),
                round.commit(),
                round.committedAt(),
                round.publicValue(),
                seed(round),
                round.drawnAt(),
                round.jobId(),
                job == null ? null : job.status().name(),
                job == null ? null : job.error(),
                errorCode(job),
                round.approvedAt(),
                round.approvedBy(),
                round.publishedAt(),
                round.publishedBy());
    }

    private static @Nullable String errorCode(@Nullable PlanningJob job) {
        PlanningJobFailure failure = job == null ? null : job.failure();
        return failure == null ? null : failure.code().name();
    }

    /** The seed of the draw, once both the commit and the public value are stored. */
    static @Nullable String seed(EnrolmentRound round) {
        String commit = round.commit();
        String value = round.publicValue();
        return commit == null || value == null
                ? null
                : LotteryV1.draw(commit, value).seed();
    }

    private static FileLine line(RoundFile file) {
        return new FileLine(file.name(), file.fileName(), file.content().length, file.sha256());
    }
}
