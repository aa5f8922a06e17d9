package org.edubalance.core.enrolment;

/** Where a round stands; it only moves forward, one step at a time (docs/planning/rounds.md §1). */
public enum EnrolmentRoundStatus {
    /** Files uploaded, nothing published yet. */
    DRAFT,
    /** The commit of the files is stored (and may be announced): the files cannot change any more. */
    COMMITTED,
    /** The public value is given and the planning job queued. */
    DRAWN,
    /** The job's result was checked and approved by a planner or administrator; not public yet. */
    APPROVED,
    /** The result is public on /public/draws/{id}. */
    PUBLISHED
}
