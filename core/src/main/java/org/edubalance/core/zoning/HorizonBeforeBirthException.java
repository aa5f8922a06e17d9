package org.edubalance.core.zoning;

import org.edubalance.core.admission.EntryGrade;

/**
 * A year asked for whose entrants are not born at the start of the data year: their age would be below 0, and the
 * blocks count no such children (docs/planning/zoning.md §2). Bad input, not a bug: the horizon is too long.
 */
public final class HorizonBeforeBirthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int year;

    public HorizonBeforeBirthException(int dataYear, int year, EntryGrade grade, int age) {
        super("Year " + year + " needs the " + grade + " entrants aged " + age + " at the start of " + dataYear
                + ": children younger than 0 are not counted yet. Maybe forecast at most "
                + (year - dataYear - 1) + " years ahead, up to " + (year - 1) + ".");
        this.year = year;
    }

    /** The first year that cannot be counted. */
    public int year() {
        return year;
    }
}
