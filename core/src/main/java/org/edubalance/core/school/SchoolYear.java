package org.edubalance.core.school;

import org.edubalance.core.region.County;
import org.jspecify.annotations.Nullable;

/**
 * One school's figures for one school year: one row of the school sheet (docs/data-formats.md §1).
 *
 * @param year the school year by its starting calendar year (2025 = 2025–26)
 * @param county the county the school belongs to
 * @param townName the township (乡镇), when given; used for the Theil decomposition by township
 * @param code the school's identifier
 * @param name the school's name
 * @param type the kind of school
 * @param location urban, town or rural
 * @param ownership public or private
 * @param position the school's site, when given
 * @param primary the primary segment's figures ({@link SegmentFigures#NONE} when absent)
 * @param junior the junior segment's figures ({@link SegmentFigures#NONE} when absent)
 * @param seniorStudents senior-high students of twelve-year and complete secondary schools (they take a share of
 *     shared assets)
 * @param assets whole-school assets
 * @param supplementary optional figures for the government-guarantee checks
 */
public record SchoolYear(
        int year,
        County county,
        @Nullable String townName,
        SchoolCode code,
        String name,
        SchoolType type,
        Location location,
        Ownership ownership,
        @Nullable GeoPoint position,
        SegmentFigures primary,
        SegmentFigures junior,
        int seniorStudents,
        SharedAssets assets,
        SupplementaryFigures supplementary) {

    public SchoolYear {
        if (seniorStudents < 0) {
            throw new IllegalArgumentException("Senior students are never negative, got " + seniorStudents);
        }
    }

    /** The figures of {@code segment}. */
    public SegmentFigures segment(Segment segment) {
        return segment == Segment.PRIMARY ? primary : junior;
    }

    /** This row with other optional figures (e.g. after a principal completes the government-guarantee figures). */
    public SchoolYear withSupplementary(SupplementaryFigures figures) {
        return new SchoolYear(
                year,
                county,
                townName,
                code,
                name,
                type,
                location,
                ownership,
                position,
                primary,
                junior,
                seniorStudents,
                assets,
                figures);
    }

    /** Students in both compulsory segments (the school-size cap of the 2017 method counts these). */
    public int compulsoryStudents() {
        return primary.students() + junior.students();
    }
}
