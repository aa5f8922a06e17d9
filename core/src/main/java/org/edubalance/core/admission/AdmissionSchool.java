package org.edubalance.core.admission;

import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * A school of the round: one with a seats row for the selected year, county and grade.
 *
 * @param code the school
 * @param seats places offered, ≥ 0
 * @param privateSchool whether the school is privately run (民办): its class is {@link PriorityClass#PRIVATE} for all
 * @param position the school's site from the school data, when given
 */
public record AdmissionSchool(
        SchoolCode code,
        int seats,
        boolean privateSchool,
        @Nullable GeoPoint position) {
    public AdmissionSchool {
        if (seats < 0) {
            throw new IllegalArgumentException("Seats are never negative, got " + seats);
        }
    }
}
