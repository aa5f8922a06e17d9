package org.edubalance.core.rotation;

import java.time.Instant;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.planning.PlanningJobProgress;
import org.edubalance.core.planning.PlanningJobStatus;
import org.jspecify.annotations.Nullable;

/**
 * A stored rotation planning job: a {@link PlanningJob} of kind {@link RotationJobRequest#KIND} read with its rotation
 * inputs (policy, time limit, locks).
 *
 * @param id the job's number
 * @param request its inputs
 * @param status where it stands
 * @param progress the last progress report
 * @param attempts how many times it was started: more than one when a server stopped while it ran
 * @param startedAt when it last started running, or {@code null}
 * @param finishedAt when it finished, or {@code null}
 * @param failure why it failed, or {@code null}
 * @param resultJson the plan as the app wrote it (JSON), or {@code null} before it is done
 * @param approvedBy who approved the plan, or {@code null}
 * @param approvedAt when, or {@code null}
 */
public record RotationJob(
        long id,
        RotationJobRequest request,
        PlanningJobStatus status,
        PlanningJobProgress progress,
        int attempts,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable PlanningJobFailure failure,
        @Nullable String resultJson,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt) {

    /** The rotation view of {@code job}, whose rotation inputs are {@code request}. */
    public static RotationJob of(PlanningJob job, RotationJobRequest request) {
        return new RotationJob(
                job.id(),
                request,
                job.status(),
                job.progress(),
                job.attempts(),
                job.startedAt(),
                job.finishedAt(),
                job.failure(),
                job.resultJson(),
                job.approvedBy(),
                job.approvedAt());
    }

    /** Why it failed in English (the API's and the log's wording), or {@code null}. */
    public @Nullable String error() {
        return failure == null ? null : failure.text();
    }

    /** Whether a planner or administrator approved the plan. */
    public boolean isApproved() {
        return approvedBy != null;
    }
}
