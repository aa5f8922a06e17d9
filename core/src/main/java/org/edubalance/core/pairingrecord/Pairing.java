package org.edubalance.core.pairingrecord;

import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * One strong–weak pairing (结对帮扶) of a county: a mentor school helps a mentee school in one segment from a school
 * year on, under a signed agreement. The shape a pairing planner's proposal is adopted in (segment, mentor, mentee,
 * start year).
 *
 * @param id the pairing's number (0 before it is stored)
 * @param county the county both schools belong to
 * @param segment the segment the help is for
 * @param mentor the strong school (帮扶学校)
 * @param mentee the school helped (受援学校)
 * @param startYear the school year it starts, by its starting calendar year (2023 = 2023–24)
 * @param endYear the last school year it ran, or null while it runs
 * @param agreement the signed agreement
 */
public record Pairing(
        long id,
        RegionCode county,
        Segment segment,
        SchoolCode mentor,
        SchoolCode mentee,
        int startYear,
        @Nullable Integer endYear,
        Agreement agreement) {

    public Pairing {
        if (mentor.equals(mentee)) {
            throw new IllegalArgumentException("A school cannot mentor itself: " + mentor);
        }
        if (endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("A pairing ends (" + endYear + ") before it starts (" + startYear + ")");
        }
    }

    /** Whether the pairing runs in school year {@code year}. */
    public boolean activeIn(int year) {
        return startYear <= year && (endYear == null || year <= endYear);
    }

    /** Whether it runs in any school year from {@code from} to {@code to}. */
    public boolean activeBetween(int from, int to) {
        return startYear <= to && (endYear == null || endYear >= from);
    }

    /** Whether {@code school} is its mentor or its mentee. */
    public boolean involves(SchoolCode school) {
        return mentor.equals(school) || mentee.equals(school);
    }

    /** Whether it was ended. */
    public boolean isEnded() {
        return endYear != null;
    }

    /** This pairing stored under {@code newId}. */
    public Pairing withId(long newId) {
        return new Pairing(newId, county, segment, mentor, mentee, startYear, endYear, agreement);
    }

    /** This pairing ended after school year {@code year}. */
    public Pairing endedIn(int year) {
        return new Pairing(id, county, segment, mentor, mentee, startYear, year, agreement);
    }
}
