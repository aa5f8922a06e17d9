package org.edubalance.core.planning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored planning job of any kind.
 *
 * @param id the job's number
 * @param request its inputs
 * @param status where it stands
 * @param progress the last progress report
 * @param attempts how many times an instance claimed it: more than one when an instance stopped while it ran
 * @param claimedBy the instance that claimed it last, or {@code null} while queued
 * @param leaseUntil until when that instance holds it (extended while it runs), or {@code null}
 * @param startedAt when it last started running, or {@code null}
 * @param finishedAt when it finished, or {@code null}
 * @param failure why it failed, or {@code null}
 * @param resultJson the result document (JSON), or {@code null} before it is done (and in lists)
 * @param outcome how the solve ended, or {@code null} before it is done
 * @param approvedBy who approved the result, or {@code null}
 * @param approvedAt when, or {@code null}
 */
public record PlanningJob(
        long id,
        PlanningJobRequest request,
        PlanningJobStatus status,
        PlanningJobProgress progress,
        int attempts,
        @Nullable String claimedBy,
        @Nullable Instant leaseUntil,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable PlanningJobFailure failure,
        @Nullable String resultJson,
        @Nullable PlanningJobOutcome outcome,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt) {

    /** Why it failed in English (the API's and the log's wording), or {@code null}. */
    public @Nullable String error() {
        return failure == null ? null : failure.text();
    }

    /** Whether a planner or administrator approved the result. */
    public boolean isApproved() {
        return approvedBy != null;
    }
}
