package org.edubalance.core.pairing;

/**
 * Why a mentee has no mentor in the plan (docs/planning/pairing.md §3); the pages, the workbook and the command line
 * word the code in their language, with the policy's distance where it names one.
 */
public enum UnpairedReason {
    /** The school file gives the school no position: no distance can be computed. */
    NO_POSITION,
    /** No mentor of the segment stands within the distance limit. */
    NO_MENTOR_WITHIN_DISTANCE,
    /** Mentors stand within the limit, but every one of them is full with mentees the plan pairs instead. */
    MENTORS_FULL
}
