package org.edubalance.core.account;

/**
 * What a person may do on the platform. Inspectors read everything and change nothing; principals change their own
 * school only; planners and administrators change everything; administrators also manage accounts.
 */
public enum Role {
    ADMIN,
    PLANNER,
    INSPECTOR,
    PRINCIPAL;

    /** Whether the role may change any school's data and import files. */
    public boolean editsEverything() {
        return this == ADMIN || this == PLANNER;
    }
}
