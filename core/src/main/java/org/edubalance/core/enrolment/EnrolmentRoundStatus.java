package org.edubalance.core.enrolment;

/** Where a round stands; it only moves forward, one step at a time (docs/planning/rounds.md §1). */
public enum EnrolmentRoundStatus {
    /** Files uploaded, nothing published yet. */
    DRAFT,
    /** The commit of the files is stored (and may be announced): the files cannot change any more. */
    COMMITTED,
    /** The public value is given and the admission job queued. */
    DRAWN,
    /** The result is public on /public/draws/{id}. */
    PUBLISHED
}
