package org.edubalance.core.zoning;

import org.edubalance.core.admission.EntryGrade;

/**
 * The entrants a block sends to an entry grade in a year (docs/planning/zoning.md §2).
 *
 * <p>Formula: the entrants of block b in year {@code dataYear + k} (k ≥ 0) are {@code children_age_(e − k) ×
 * enrolmentRate}, with e the entry age (6 for G1, 12 for G7): the children who are e − k at the start of the data year
 * are e at the start of year + k. Unit: children (a decimal, since the rate is one). Edge cases: k = 0 counts the
 * entry age itself; e − k below 0 (a child not yet born) is a {@link HorizonBeforeBirthException} naming the year;
 * k &lt; 0 is a programming error.
 */
public final class Entrants {

    private Entrants() {}

    /** The age at which children enter {@code grade}: 6 for grade 1, 12 for grade 7. */
    public static int entryAge(EntryGrade grade) {
        return switch (grade) {
            case G1 -> 6;
            case G7 -> 12;
        };
    }

    /**
     * The age at the start of {@code dataYear} of the children who enter {@code grade} in {@code year}.
     *
     * @throws HorizonBeforeBirthException when they are not born yet
     */
    public static int ageCounted(int dataYear, int year, EntryGrade grade) {
        int k = year - dataYear;
        if (k < 0) {
            throw new IllegalArgumentException("Year " + year + " is before the data year " + dataYear);
        }
        int age = entryAge(grade) - k;
        if (age < 0) {
            throw new HorizonBeforeBirthException(dataYear, year, grade, age);
        }
        return age;
    }

    /** The entrants of {@code block} in {@code year}: its children of {@link #ageCounted} × {@code enrolmentRate}. */
    public static double of(Block block, int dataYear, int year, EntryGrade grade, double enrolmentRate) {
        return block.children(ageCounted(dataYear, year, grade)) * enrolmentRate;
    }

    /**
     * Checks that every year from {@code first} through {@code last} can be counted, before any work is done.
     *
     * @throws HorizonBeforeBirthException naming the first year that cannot
     */
    public static void checkHorizon(int dataYear, int first, int last, EntryGrade grade) {
        ageCounted(dataYear, Math.max(first, last), grade);
    }
}
