package org.edubalance.app.rotation;

import java.util.List;
import org.edubalance.core.rotation.RotationJob;
import org.jspecify.annotations.Nullable;

/**
 * The rotation page of one county and year.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param year the school year planned
 * @param years the years that can be planned, newest first
 * @param rosterSize teachers in the year's roster
 * @param jobs the newest jobs, without results
 * @param job the job shown, or {@code null}
 * @param teacherDetails whether the viewer may see teachers (planners and administrators)
 */
public record RotationView(
        String countyCode,
        String countyName,
        int year,
        List<Integer> years,
        int rosterSize,
        List<RotationJob> jobs,
        @Nullable RotationJobView job,
        boolean teacherDetails) {}
