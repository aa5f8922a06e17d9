package org.edubalance.core.zoningstudy;

import org.jspecify.annotations.Nullable;

/**
 * One run of the zoning planner over a study: the planning job, its pins and, once solved, the plan as stored. The
 * plan is kept as the result document byte for byte and as the two zone files, so what is approved and exported is
 * what was solved, never recomputed.
 *
 * @param jobId the planning job
 * @param studyId the study
 * @param pinsJson the pins and forbidden pairs of the run, as JSON ({@code {"pins":[…],"forbidden":[…]}})
 * @param planJson the result document as the planner's writer wrote it, or null before the plan
 * @param planCopyJson the plan's record as the platform reads it back for its pages, or null
 * @param zonesCsv {@code zones.csv} of the plan, or null
 * @param blockZonesCsv {@code block_zones.csv} of the plan, or null
 * @param errorCode why the problem could not be zoned (a {@code ZONING_*} code), or null
 * @param errorParamsJson that reason's figures as a JSON object, or null
 */
public record ZoningRun(
        long jobId,
        long studyId,
        String pinsJson,
        @Nullable String planJson,
        @Nullable String planCopyJson,
        @Nullable String zonesCsv,
        @Nullable String blockZonesCsv,
        @Nullable String errorCode,
        @Nullable String errorParamsJson) {}
