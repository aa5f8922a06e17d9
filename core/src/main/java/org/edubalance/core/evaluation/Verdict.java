package org.edubalance.core.evaluation;

/** A county's overall result under a standard (docs/data-formats.md §2). */
public enum Verdict {
    MET,
    NOT_MET,
    /** Nothing known fails, but inputs for a required part are missing. */
    INCOMPLETE
}
