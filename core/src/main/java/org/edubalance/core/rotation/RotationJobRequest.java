package org.edubalance.core.rotation;

import java.io.StringWriter;
import java.time.Instant;
import org.edubalance.core.json.JsonWriter;
import org.edubalance.core.planning.PlanningJobRequest;
import org.edubalance.core.region.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a rotation planning job, stored so that the job can run again after a restart.
 *
 * @param county the county planned
 * @param year the school year of the school data and roster
 * @param policyYaml the policy as a YAML document (a shipped one's {@code extends:} plus the planner's overrides)
 * @param timeLimitSeconds the solver's budget, 1 to 3,600 seconds
 * @param locks the planner's pins, forbidden moves and kept teachers
 * @param parentId the job whose result the locks were set on, or {@code null} for a first run
 * @param createdBy who asked for the run
 * @param createdAt when
 */
public record RotationJobRequest(
        RegionCode county,
        int year,
        String policyYaml,
        int timeLimitSeconds,
        RotationLocks locks,
        @Nullable Long parentId,
        String createdBy,
        Instant createdAt) {
    /** The planner kind of rotation jobs (docs/planning/jobs.md). */
    public static final String KIND = "ROTATION";

    public RotationJobRequest {
        if (timeLimitSeconds < 1 || timeLimitSeconds > 3600) {
            throw new IllegalArgumentException("The time limit is 1 to 3600 s, got " + timeLimitSeconds);
        }
    }

    /**
     * The generic job of this request: the policy and time limit as its request document ({@code {"policyYaml": …,
     * "timeLimitSeconds": …}}); the locks are stored beside it, as rotation's own input.
     */
    public PlanningJobRequest job() {
        var text = new StringWriter();
        new JsonWriter(text)
                .beginObject()
                .name("policyYaml")
                .value(policyYaml)
                .name("timeLimitSeconds")
                .value(timeLimitSeconds)
                .endObject()
                .flush();
        return new PlanningJobRequest(KIND, county, year, text.toString(), parentId, createdBy, createdAt);
    }
}
