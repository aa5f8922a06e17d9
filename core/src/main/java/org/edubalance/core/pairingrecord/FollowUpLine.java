package org.edubalance.core.pairingrecord;

import org.jspecify.annotations.Nullable;

/**
 * The follow-up of one indicator in one later year for one stratum (segment and location class). Means are over
 * school segments, each counted once, in the indicator's unit; the difference is in the same unit.
 *
 * @param indicatorId the indicator
 * @param year the later year t
 * @param mentees mentees with a value in both the baseline year and t
 * @param controls comparable unpaired segments with a value in both years
 * @param menteeBaseline the mentees' mean in the baseline year, or null without mentees
 * @param menteeValue their mean in t, or null
 * @param controlBaseline the controls' mean in the baseline year, or null without controls
 * @param controlValue their mean in t, or null
 * @param difference (menteeValue − menteeBaseline) − (controlValue − controlBaseline), or null unless computed
 * @param status {@link FollowUpStatus#COMPUTED}, {@link FollowUpStatus#NO_MENTEE_VALUES} or {@link
 *     FollowUpStatus#NO_CONTROLS}
 */
public record FollowUpLine(
        String indicatorId,
        int year,
        int mentees,
        int controls,
        @Nullable Double menteeBaseline,
        @Nullable Double menteeValue,
        @Nullable Double controlBaseline,
        @Nullable Double controlValue,
        @Nullable Double difference,
        FollowUpStatus status) {}
