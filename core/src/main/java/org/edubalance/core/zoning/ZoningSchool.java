package org.edubalance.core.zoning;

import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * A public school to zone for the grade: seats &gt; 0 in {@code seats.csv} and the block it stands in
 * (docs/planning/zoning.md §1).
 *
 * @param code the school's code
 * @param seats the places it offers for the grade in the data year, the same in every horizon year
 * @param blockId the block it stands in; its zone always holds that block
 * @param position its own coordinates in the school data, or null: its distances are then measured from its block
 */
public record ZoningSchool(
        SchoolCode code,
        int seats,
        String blockId,
        @Nullable GeoPoint position) {

    public ZoningSchool {
        if (seats < 0) {
            throw new IllegalArgumentException("Seats are never negative, got " + seats);
        }
    }
}
