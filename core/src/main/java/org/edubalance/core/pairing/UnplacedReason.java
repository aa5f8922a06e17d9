package org.edubalance.core.pairing;

/**
 * Why a school segment joins no group in the plan (docs/planning/groups.md §3); the workbook and the command line word
 * the code in their language, with the policy's distance or strength floor where it names one. The planner places the
 * most segments it can, so a segment left out with a core near enough is left out for a reason of that core's group.
 */
public enum UnplacedReason {
    /** The school file gives the school no position: no distance can be computed. */
    NO_POSITION,
    /** No core school of the segment stands within the distance limit. */
    NO_CORE_WITHIN_DISTANCE,
    /** Every group whose core is within the limit already has the most members the policy allows. */
    GROUPS_FULL,
    /** A group within the limit has room, but the segment would pull its mean strength below the policy's floor. */
    BELOW_STRENGTH_FLOOR,
    /** The time limit ended the search first: a group within the limit could still take it (no proven plan). */
    TIME_LIMIT
}
