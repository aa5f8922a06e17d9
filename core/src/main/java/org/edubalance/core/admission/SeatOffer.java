package org.edubalance.core.admission;

import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code seats.csv}: the places a school offers for an entry grade (招生计划).
 *
 * @param year the school year
 * @param county the county running the admission
 * @param school the school
 * @param grade the entry grade
 * @param seats places offered, ≥ 0 (0: the school takes part in no preference list)
 * @param blockId the residential block the school stands in, when given
 */
public record SeatOffer(
        int year,
        RegionCode county,
        SchoolCode school,
        EntryGrade grade,
        int seats,
        @Nullable String blockId) {
    public SeatOffer {
        if (seats < 0) {
            throw new IllegalArgumentException("Seats are never negative, got " + seats);
        }
    }
}
