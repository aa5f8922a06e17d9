package org.edubalance.app.rotation;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.edubalance.core.planning.PlanningJobFailure;
import org.edubalance.core.rotation.RotationJob;
import org.edubalance.planning.rotation.RotationPlanDocument;
import org.edubalance.planning.rotation.RotationPlanJson;
import org.jspecify.annotations.Nullable;

/**
 * A rotation job over the API: its state and, once done, its plan document (without teachers for inspectors), written
 * by the plan document's one writer — the document {@code plan rotation --out plan.json} writes.
 *
 * @param id the job's number
 * @param county the county
 * @param year the school year
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param phase the solver's last phase
 * @param progressPercent how far it is, 0–100
 * @param attempts how many times the job was started (more than one after a server stopped while it ran)
 * @param parentId the job it re-solves, or null
 * @param createdBy who started it
 * @param createdAt when
 * @param error why it failed in English, or null (planners and administrators only)
 * @param errorCode why it failed as a code ({@code job.error.<code>} words it), or null (as {@code error})
 * @param errorArguments the figures that code's wording names (as {@code error})
 * @param approvedBy who approved the plan, or null
 * @param approvedAt when, or null
 * @param result the plan document as JSON text, or null before it is done
 */
public record RotationJobResponse(
        long id,
        String county,
        int year,
        String status,
        String phase,
        int progressPercent,
        int attempts,
        @Nullable Long parentId,
        String createdBy,
        Instant createdAt,
        @Nullable String error,
        @Nullable String errorCode,
        @Nullable List<String> errorArguments,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,

        @Schema(implementation = RotationPlanDocument.class) @JsonRawValue @Nullable
        String result) {

    static RotationJobResponse of(
            RotationJob job, int progressPercent, @Nullable RotationPlanDocument result, boolean teacherDetails) {
        PlanningJobFailure failure = job.failure();
        return new RotationJobResponse(
                job.id(),
                job.request().county().value(),
                job.request().year(),
                job.status().name(),
                job.progress().phase(),
                progressPercent,
                job.attempts(),
                job.request().parentId(),
                job.request().createdBy(),
                job.request().createdAt(),
                teacherDetails ? job.error() : null,
                teacherDetails && failure != null ? failure.code().name() : null,
                teacherDetails && failure != null ? failure.arguments() : null,
                job.approvedBy(),
                job.approvedAt(),
                result == null ? null : RotationPlanJson.write(teacherDetails ? result : result.withoutTeachers()));
    }
}
