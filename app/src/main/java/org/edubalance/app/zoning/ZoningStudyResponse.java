package org.edubalance.app.zoning;

import java.time.Instant;
import java.util.List;
import org.edubalance.core.planning.PlanningJob;
import org.edubalance.core.planning.PlanningJobOutcome;
import org.edubalance.core.zoningstudy.StudyFile;
import org.edubalance.core.zoningstudy.ZoningRun;
import org.edubalance.core.zoningstudy.ZoningStudy;
import org.jspecify.annotations.Nullable;

/**
 * A zoning study over the API.
 *
 * @param id the study
 * @param county the county's code
 * @param year the data year
 * @param entryGrade the entry grade
 * @param policy the zoning policy
 * @param createdBy who created it
 * @param createdAt when
 * @param files the frozen files' names (empty in lists)
 * @param approvedJob the run whose plan was approved, or null
 * @param approvedBy who approved it, or null
 * @param approvedAt when, or null
 * @param approvedPlanYear the year the approved zones are for, or null
 * @param runs the runs, newest first (empty in lists)
 */
record ZoningStudyResponse(
        long id,
        String county,
        int year,
        String entryGrade,
        String policy,
        String createdBy,
        Instant createdAt,
        List<String> files,
        @Nullable Long approvedJob,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable Integer approvedPlanYear,
        List<RunResponse> runs) {

    static ZoningStudyResponse of(ZoningStudy s, List<RunResponse> runs) {
        return new ZoningStudyResponse(
                s.id(),
                s.county().value(),
                s.year(),
                s.grade().name(),
                s.policy(),
                s.createdBy(),
                s.createdAt(),
                s.files().stream().map(StudyFile::fileName).toList(),
                s.approvedJob(),
                s.approvedBy(),
                s.approvedAt(),
                s.approvedPlanYear(),
                runs);
    }

    /**
     * A run.
     *
     * @param jobId its planning job
     * @param status the job's status ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED})
     * @param pins its pins and prohibitions
     * @param outcome how the solve ended, once done
     * @param errorCode why the problem could not be zoned ({@code ZONING_*}), or the job's failure code, or null
     * @param errorParams the zoning reason's figures (a JSON object as text), or null
     * @param error the English message of a failure, or null
     * @param hasPlan whether the run stored a plan
     */
    record RunResponse(
            long jobId,
            String status,
            RunPins pins,
            @Nullable PlanningJobOutcome outcome,
            @Nullable String errorCode,
            @Nullable String errorParams,
            @Nullable String error,
            boolean hasPlan) {

        static RunResponse of(ZoningRun run, PlanningJob job, RunPins pins) {
            String code = run.errorCode() != null
                    ? run.errorCode()
                    : job.failure() == null ? null : job.failure().code().name();
            return new RunResponse(
                    run.jobId(),
                    job.status().name(),
                    pins,
                    job.outcome(),
                    code,
                    run.errorParamsJson(),
                    job.error(),
                    run.planJson() != null);
        }
    }
}
