package org.edubalance.core.standard;

/** How a pack tests the county's coefficients of variation (docs/standards.md §7 item 1). */
public enum CvMode {
    /** 2017: each indicator's CV must be within the limit. */
    PER_INDICATOR,
    /** 2012: the mean of the (unrounded) single CVs must be within the limit. */
    COMPOSITE_MEAN
}
