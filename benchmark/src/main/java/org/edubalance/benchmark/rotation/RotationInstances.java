package org.edubalance.benchmark.rotation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.edubalance.core.demo.DemoDataGenerator;
import org.edubalance.core.demo.DemoScale;
import org.edubalance.core.demo.TeacherRosterGenerator;
import org.edubalance.core.region.County;
import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.GeoPoint;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.staff.Teacher;

/**
 * Seeded rotation instances of the sizes docs/planning-methods.md §2.4 and issue 5 name: a county of about 150 schools
 * (≈ 7,000 teachers) and a city of about 600, in one square (40 km a side for the county, 80 km for the city). The
 * schools and their figures are the first 150 or 600 of the demo province (so staffing and resources look real),
 * merged into one county and placed uniformly in the square; the roster is generated to count exactly to them.
 *
 * @param schools the school rows, all of county {@link #COUNTY}, year {@link #YEAR}
 * @param teachers the roster
 */
public record RotationInstances(List<SchoolYear> schools, List<Teacher> teachers) {
    public static final RegionCode COUNTY = new RegionCode("990101");
    public static final int YEAR = 2025;

    /** 150 schools from the demo counties of {@code seed}, in a 40 km square. */
    public static RotationInstances county(long seed) {
        return of(seed, 150, 40);
    }

    /** 600 schools from the demo counties of {@code seed}, in an 80 km square. */
    public static RotationInstances city(long seed) {
        return of(seed, 600, 80);
    }

    private static RotationInstances of(long seed, int schoolCount, double sideKm) {
        List<SchoolYear> demo =
                new DemoDataGenerator(seed).generate(DemoScale.PROVINCE, YEAR).schools();
        var county = new County(COUNTY, "基准县（演示）", "基准市", "基准省（演示）");
        var random = new SplittableRandom(seed);
        GeoPoint corner = new GeoPoint(34.0, 113.0);
        double degreesLatitude = sideKm / 111.2;
        double degreesLongitude = sideKm / (111.2 * Math.cos(Math.toRadians(corner.latitude())));
        List<SchoolYear> schools = new ArrayList<>();
        for (SchoolYear s : demo.subList(0, schoolCount)) {
            var position = new GeoPoint(
                    corner.latitude() + random.nextDouble() * degreesLatitude,
                    corner.longitude() + random.nextDouble() * degreesLongitude);
            schools.add(new SchoolYear(
                    s.year(),
                    county,
                    s.townName(),
                    s.code(),
                    s.name(),
                    s.type(),
                    s.location(),
                    s.ownership(),
                    position,
                    s.primary(),
                    s.junior(),
                    s.seniorStudents(),
                    s.assets(),
                    s.supplementary()));
        }
        return new RotationInstances(schools, new TeacherRosterGenerator(seed).roster(schools));
    }
}
