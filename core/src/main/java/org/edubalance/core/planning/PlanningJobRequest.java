package org.edubalance.core.planning;

import java.time.Instant;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * What a planning job is asked to do, stored so that any platform instance can run it, also after a restart.
 *
 * @param kind the planner kind, upper-case letters and underscores ({@code ROTATION}, {@code ADMISSION}, …): which
 *     handler runs it
 * @param area the region planned (a county's code)
 * @param year the school year planned
 * @param requestJson the kind's inputs as one JSON object (a rotation job: its policy and time limit)
 * @param parentId the job this one re-solves, or {@code null}
 * @param createdBy who asked for the run
 * @param createdAt when
 */
public record PlanningJobRequest(
        String kind,
        RegionCode area,
        int year,
        String requestJson,
        @Nullable Long parentId,
        String createdBy,
        Instant createdAt) {
    public PlanningJobRequest {
        if (!kind.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("A planner kind is upper-case letters and underscores, got " + kind);
        }
    }
}
