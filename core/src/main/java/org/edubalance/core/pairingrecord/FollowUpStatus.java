package org.edubalance.core.pairingrecord;

/** Whether a follow-up, or one line of it, has a figure, and if not why (no figure is ever invented). */
public enum FollowUpStatus {
    /** The difference in differences was computed. */
    COMPUTED,
    /** No pairing of the county started in the year asked for. */
    NO_PAIRINGS,
    /** The county has school data of neither the year before the start nor the start year. */
    NO_BASELINE_YEAR,
    /** No school year after the baseline is held yet. */
    NO_LATER_YEAR,
    /** No mentee has a value of the indicator in both the baseline year and this year. */
    NO_MENTEE_VALUES,
    /** No comparable unpaired school segment has a value in both years. */
    NO_CONTROLS
}
