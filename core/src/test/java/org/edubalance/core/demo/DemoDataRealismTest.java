package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SharedAssets;
import org.junit.jupiter.api.Test;

/**
 * The demo data look like real counties: the national school mix, urban schools larger than village schools, staffing
 * around the national ratios, and counties that fail some 2017 thresholds and CV limits. Indicator values are computed
 * here from the rows, splitting shared assets by the weights of docs/standards.md §3.5.
 */
class DemoDataRealismTest {
    private static final List<SchoolYear> PROVINCE =
            new DemoDataGenerator(2024).generate(DemoScale.PROVINCE, 2024).schools();

    @Test
    void aDemoCountyHasPrimarySchoolsBelowA2017Threshold() {
        List<SchoolYear> county =
                new DemoDataGenerator(1).generate(DemoScale.COUNTY, 2024).schools();

        List<SchoolYear> below = county.stream()
                .filter(s -> s.type() == SchoolType.PRIMARY)
                .filter(s -> primaryValue(s, a -> a.teachingAuxAreaM2()) < 4.5
                        || 100 * primaryValue(s, SharedAssets::multimediaClassrooms) < 2.3)
                .toList();

        assertThat(below).isNotEmpty();
    }

    @Test
    void mostCountiesHaveSchoolsBelowAThresholdAndSomeHaveNone() {
        Map<String, List<SchoolYear>> byCounty = byCounty(PROVINCE);

        long withSchoolBelow = byCounty.values().stream()
                .filter(schools -> schools.stream()
                        .filter(s -> s.primary().students() >= 50 && s.type() != SchoolType.SPECIAL_EDUCATION)
                        .anyMatch(DemoDataRealismTest::primaryBelowSomeThreshold))
                .count();

        assertThat(withSchoolBelow).isGreaterThan(byCounty.size() * 6 / 10).isLessThan(byCounty.size());
    }

    @Test
    void someCountiesHaveAPrimaryIndicatorCvAboveTheLimit() {
        Map<String, List<SchoolYear>> byCounty = byCounty(PROVINCE);
        List<ToDoubleFunction<SchoolYear>> indicators = List.of(
                s -> primaryValue(s, SharedAssets::teachingAuxAreaM2),
                s -> primaryValue(s, a -> a.sportsGroundAreaM2() + a.indoorSportsAreaM2()),
                s -> primaryValue(s, SharedAssets::equipmentValueYuan),
                s -> primaryValue(s, SharedAssets::multimediaClassrooms),
                s -> (double) s.primary().backboneTeachers() / s.primary().students(),
                s -> (double) s.primary().peArtsTeachers() / s.primary().students());

        long over = byCounty.values().stream()
                .filter(schools -> {
                    List<SchoolYear> primary = schools.stream()
                            .filter(s -> s.primary().hasStudents() && s.type() != SchoolType.SPECIAL_EDUCATION)
                            .toList();
                    return indicators.stream().anyMatch(indicator -> weightedCv(primary, indicator) > 0.50);
                })
                .count();

        assertThat(over).isGreaterThan(byCounty.size() / 6).isLessThan(byCounty.size());
    }

    @Test
    void schoolMixFollowsTheNationalStructure() {
        Map<SchoolType, Long> countByType = PROVINCE.stream()
                .collect(Collectors.groupingBy(
                        SchoolYear::type, () -> new EnumMap<>(SchoolType.class), Collectors.counting()));
        double all = PROVINCE.size();

        assertThat(countByType.get(SchoolType.PRIMARY) / all).isBetween(0.45, 0.65);
        assertThat(countByType.get(SchoolType.TEACHING_POINT) / all).isBetween(0.12, 0.30);
        assertThat((countByType.get(SchoolType.JUNIOR) + countByType.get(SchoolType.NINE_YEAR)) / all)
                .isBetween(0.15, 0.35);
        assertThat(countByType.get(SchoolType.COMPLETE_SECONDARY) / all).isBetween(0.002, 0.03);
        assertThat(countByType.get(SchoolType.TWELVE_YEAR) / all).isBetween(0.001, 0.02);
        assertThat(countByType.get(SchoolType.SPECIAL_EDUCATION) / all).isBetween(0.003, 0.03);
        assertThat(PROVINCE.stream()
                                .filter(s -> s.ownership() == Ownership.PRIVATE)
                                .count()
                        / all)
                .isBetween(0.005, 0.05);
        assertThat(PROVINCE.stream().map(SchoolYear::location).distinct()).containsOnly(Location.values());
    }

    @Test
    void urbanPrimarySchoolsAreLargerAndFullerThanVillageSchools() {
        double urbanStudents =
                mean(primarySchools(Location.URBAN), s -> s.primary().students());
        double villageStudents =
                mean(primarySchools(Location.RURAL), s -> s.primary().students());
        double urbanClassSize = mean(primarySchools(Location.URBAN), s -> meanClassSize(s));
        double villageClassSize = mean(primarySchools(Location.RURAL), s -> meanClassSize(s));

        assertThat(urbanStudents).isBetween(1_000.0, 2_500.0);
        assertThat(villageStudents).isBetween(100.0, 600.0);
        assertThat(urbanClassSize).isBetween(42.0, 56.0);
        assertThat(villageClassSize).isBetween(24.0, 42.0);
        assertThat(PROVINCE)
                .anySatisfy(s -> assertThat(s.supplementary().classes56Plus()).isPositive());
    }

    @Test
    void pooledStaffingIsAroundTheNationalRatios() {
        double primaryRatio =
                PROVINCE.stream().mapToInt(s -> s.primary().students()).sum()
                        / (double) PROVINCE.stream()
                                .mapToInt(s -> s.primary().teachers())
                                .sum();
        double juniorRatio =
                PROVINCE.stream().mapToInt(s -> s.junior().students()).sum()
                        / (double) PROVINCE.stream()
                                .mapToInt(s -> s.junior().teachers())
                                .sum();

        assertThat(primaryRatio).isBetween(14.0, 20.0);
        assertThat(juniorRatio).isBetween(10.5, 15.0);
    }

    @Test
    void pooledResourcesSitAboveTheThresholdsTheyAreDrawnAround() {
        List<SchoolYear> primary =
                PROVINCE.stream().filter(s -> s.type() == SchoolType.PRIMARY).toList();
        double students = primary.stream().mapToInt(s -> s.primary().students()).sum();

        double area = primary.stream()
                        .mapToDouble(s -> s.assets().teachingAuxAreaM2())
                        .sum()
                / students;
        double equipment = primary.stream()
                        .mapToDouble(s -> s.assets().equipmentValueYuan())
                        .sum()
                / students;
        double rooms = 100
                * primary.stream()
                        .mapToDouble(s -> s.assets().multimediaClassrooms())
                        .sum()
                / students;
        double computers =
                100 * primary.stream().mapToDouble(s -> s.assets().computers()).sum() / students;
        double books = primary.stream().mapToDouble(s -> s.assets().books()).sum() / students;

        assertThat(area).isBetween(4.5, 8.0);
        assertThat(equipment).isBetween(2_000.0, 4_000.0);
        assertThat(rooms).isBetween(2.3, 3.5);
        assertThat(computers).isBetween(8.0, 20.0);
        assertThat(books).isBetween(15.0, 40.0);
    }

    private static boolean primaryBelowSomeThreshold(SchoolYear s) {
        double students = s.primary().students();
        return 100 * s.primary().teachersAboveDegree() / students < 4.2
                || 100 * s.primary().backboneTeachers() / students < 1.0
                || 100 * s.primary().peArtsTeachers() / students < 0.9
                || primaryValue(s, SharedAssets::teachingAuxAreaM2) < 4.5
                || primaryValue(s, a -> a.sportsGroundAreaM2() + a.indoorSportsAreaM2()) < 7.5
                || primaryValue(s, SharedAssets::equipmentValueYuan) < 2000
                || 100 * primaryValue(s, SharedAssets::multimediaClassrooms) < 2.3;
    }

    /** The primary segment's share of a shared asset per primary student (docs/standards.md §3.5 weights). */
    private static double primaryValue(SchoolYear s, ToDoubleFunction<SharedAssets> asset) {
        double a = s.primary().students();
        double weight = a / (a + 1.1 * s.junior().students() + 1.32 * s.seniorStudents());
        return asset.applyAsDouble(s.assets()) * weight / a;
    }

    /** The enrolment-weighted CV around the pooled mean (docs/standards.md §3.1). */
    private static double weightedCv(List<SchoolYear> schools, ToDoubleFunction<SchoolYear> indicator) {
        double weights = 0;
        double sum = 0;
        for (SchoolYear s : schools) {
            weights += s.primary().students();
            sum += s.primary().students() * indicator.applyAsDouble(s);
        }
        double mean = sum / weights;
        double squares = 0;
        for (SchoolYear s : schools) {
            double deviation = indicator.applyAsDouble(s) - mean;
            squares += s.primary().students() * deviation * deviation;
        }
        return Math.sqrt(squares / weights) / mean;
    }

    private static List<SchoolYear> primarySchools(Location location) {
        return PROVINCE.stream()
                .filter(s -> s.type() == SchoolType.PRIMARY && s.location() == location)
                .filter(s -> s.ownership() == Ownership.PUBLIC)
                .toList();
    }

    private static double meanClassSize(SchoolYear s) {
        return (double) s.primary().students() / s.primary().classes();
    }

    private static double mean(List<SchoolYear> schools, ToDoubleFunction<SchoolYear> value) {
        return schools.stream().mapToDouble(value).average().orElseThrow();
    }

    private static Map<String, List<SchoolYear>> byCounty(List<SchoolYear> schools) {
        Map<String, List<SchoolYear>> byCounty = new TreeMap<>();
        for (SchoolYear s : schools) {
            byCounty.computeIfAbsent(s.county().code().value(), code -> new ArrayList<>())
                    .add(s);
        }
        return byCounty;
    }
}
