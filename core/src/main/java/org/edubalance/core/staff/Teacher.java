package org.edubalance.core.staff;

import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.jspecify.annotations.Nullable;

/**
 * One full-time teacher of a school in a school year: a row of the roster (docs/data-formats.md §4).
 *
 * @param year the school year (its starting calendar year)
 * @param county the county of the school
 * @param school the school the teacher works at
 * @param id pseudonymous, unique per year
 * @param segment the segment the teacher teaches in
 * @param subject the main subject
 * @param degree the highest qualification
 * @param title the professional title
 * @param backboneLevel the backbone-teacher level, {@link BackboneLevel#NONE} when none
 * @param yearsAtSchool consecutive whole years at this school (0 or more)
 * @param birthYear the year of birth
 * @param gender M or F
 * @param principal whether the teacher is the school's principal (校长)
 * @param home where the teacher lives, or {@code null}: distances are then measured from the current school
 * @param exemptReason why the teacher is exempt from rotation (illness, pregnancy, near retirement…), or {@code null}
 */
public record Teacher(
        int year,
        RegionCode county,
        SchoolCode school,
        TeacherId id,
        Segment segment,
        Subject subject,
        Degree degree,
        Title title,
        BackboneLevel backboneLevel,
        int yearsAtSchool,
        int birthYear,
        Gender gender,
        boolean principal,
        @Nullable GeoPoint home,
        @Nullable String exemptReason) {

    public Teacher {
        if (yearsAtSchool < 0) {
            throw new IllegalArgumentException(
                    "Teacher " + id + ": years at school is never negative: " + yearsAtSchool);
        }
    }

    /** Whether the teacher is exempt from rotation. */
    public boolean isExempt() {
        return exemptReason != null;
    }

    /** The teacher's age at the start of the school year (whole years, by birth year). */
    public int age() {
        return year - birthYear;
    }
}
