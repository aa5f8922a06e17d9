package org.edubalance.core.admission;

/**
 * The class of a child at a school (docs/planning/admission.md §3): at a public school the first class of the
 * policy's list whose condition holds, else {@link #OUT_OF_ZONE}; at a private school {@link #PRIVATE}.
 */
public enum PriorityClass {
    /** A listed special priority, and the hukou or the home in the school's zone. */
    SPECIAL,
    /** Hukou and an owned home in the school's zone. */
    HUKOU_AND_HOME,
    /** Hukou in the school's zone. */
    HUKOU,
    /** An owned home in the school's zone. */
    HOME,
    /** A home in the school's zone and the residence permit. */
    RESIDENT,
    /** None of the policy's classes holds: ranked after every one of them. */
    OUT_OF_ZONE,
    /** Everyone who lists a private school (公民同招: private schools draw lots among all who apply). */
    PRIVATE
}
