package org.edubalance.core.dataset;

/** What an imported file held. */
public enum DatasetKind {
    /** School years (docs/data-formats.md §1). */
    SCHOOLS,
    /** County-level inputs. */
    COUNTY_INPUTS,
    /** The synthetic demo data loaded into an empty platform. */
    DEMO,
    /** A teacher roster (docs/data-formats.md §4). */
    TEACHERS
}
