package org.edubalance.core.evaluation;

/** Whether a county CV could be computed (docs/standards.md §3.4). */
public enum CvStatus {
    /** Two or more schools and a non-zero county value. */
    EVALUATED,
    /** One school only: the CV is 0 by the formula, flagged because it says nothing about balance. */
    SINGLE_SCHOOL,
    /** The county value is 0 (or no school): the CV is undefined and never passes. */
    NOT_EVALUABLE
}
