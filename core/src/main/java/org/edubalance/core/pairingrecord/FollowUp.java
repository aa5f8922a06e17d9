package org.edubalance.core.pairingrecord;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of a county's pairings that started in one school year (docs/planning/pairing-records.md §3).
 *
 * @param startYear the start year s of the pairings followed
 * @param baselineYear s − 1 when held, else s when held, else null
 * @param laterYears the held years after the baseline, ascending (the years t)
 * @param status {@link FollowUpStatus#COMPUTED} when there are lines to read, else why not
 * @param pairings the pairings that started in s
 * @param menteesWithoutBaseline mentees left out because they have no data in the baseline year
 * @param strata one per segment and location class of the mentees, primary and urban first
 */
public record FollowUp(
        int startYear,
        @Nullable Integer baselineYear,
        List<Integer> laterYears,
        FollowUpStatus status,
        int pairings,
        int menteesWithoutBaseline,
        List<FollowUpStratum> strata) {
    public FollowUp {
        laterYears = List.copyOf(laterYears);
        strata = List.copyOf(strata);
    }
}
