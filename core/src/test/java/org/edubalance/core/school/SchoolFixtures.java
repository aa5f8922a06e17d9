package org.edubalance.core.school;

import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;

/** Intention-revealing school records for tests (shared through core's test-jar). */
public final class SchoolFixtures {
    public static final int YEAR = 2025;
    public static final County COUNTY = new County(new RegionCode("130199"), "测试县", "测试市", "测试省");

    private SchoolFixtures() {}

    /** A primary school with {@code students} students and the given whole-school assets. */
    public static SchoolYear primarySchool(String code, int students, SegmentFigures figures, SharedAssets assets) {
        return school(code, SchoolType.PRIMARY, Location.RURAL, figures, SegmentFigures.NONE, 0, assets);
    }

    /** A primary school that only reports students and books (the official worked example's shape). */
    public static SchoolYear primarySchoolWithBooks(String code, int students, double books) {
        SegmentFigures figures = new SegmentFigures(students, 1, 1, 1, 1, 0, 0);
        SharedAssets assets = new SharedAssets(0, 0, 0, 0, 0, 0, books);
        return primarySchool(code, students, figures, assets);
    }

    /** A nine-year school with the given segment figures and shared assets. */
    public static SchoolYear nineYearSchool(
            String code, SegmentFigures primary, SegmentFigures junior, SharedAssets assets) {
        return school(code, SchoolType.NINE_YEAR, Location.TOWN, primary, junior, 0, assets);
    }

    /** Any school, fully specified. */
    public static SchoolYear school(
            String code,
            SchoolType type,
            Location location,
            SegmentFigures primary,
            SegmentFigures junior,
            int seniorStudents,
            SharedAssets assets) {
        return new SchoolYear(
                YEAR,
                COUNTY,
                "城关镇",
                new SchoolCode(code),
                "学校" + code,
                type,
                location,
                Ownership.PUBLIC,
                null,
                primary,
                junior,
                seniorStudents,
                assets,
                SupplementaryFigures.NONE);
    }

    /** Segment figures with every teacher kind equal to {@code teachers}. */
    public static SegmentFigures segment(int students, int classes, int teachers) {
        return new SegmentFigures(students, classes, teachers, teachers, teachers, teachers, teachers);
    }

    /** Shared assets that give a single-segment school of {@code students} students exactly {@code perStudent}
     * of each area and equipment quantity, and {@code roomsPer100} rooms per 100 students. */
    public static SharedAssets assetsPerStudent(int students, double perStudent, double roomsPer100) {
        double rooms = roomsPer100 * students / 100;
        return new SharedAssets(
                perStudent * students,
                0,
                perStudent * students,
                perStudent * students,
                rooms,
                rooms,
                perStudent * students);
    }
}
