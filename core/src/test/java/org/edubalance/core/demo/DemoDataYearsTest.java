package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.Test;

/** Several consecutive years describe the same schools, with figures that move the way real ones do. */
class DemoDataYearsTest {
    private static final int FIRST_YEAR = 2021;
    private static final int YEARS = 4;
    private static final List<SchoolYear> ROWS = new DemoDataGenerator(17)
            .generate(DemoScale.CITY, FIRST_YEAR, YEARS)
            .schools();

    @Test
    void everyYearHoldsTheSameSchoolsWithTheSameIdentity() {
        Map<Integer, List<SchoolYear>> byYear = ROWS.stream().collect(Collectors.groupingBy(SchoolYear::year));

        assertThat(byYear).containsOnlyKeys(2021, 2022, 2023, 2024);
        List<SchoolYear> first = byYear.get(FIRST_YEAR);
        for (List<SchoolYear> year : byYear.values()) {
            assertThat(year).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                SchoolYear a = first.get(i);
                SchoolYear b = year.get(i);
                assertThat(List.of(b.code(), b.name(), b.type(), b.location(), b.ownership(), b.county()))
                        .isEqualTo(List.of(a.code(), a.name(), a.type(), a.location(), a.ownership(), a.county()));
                assertThat(b.position()).isEqualTo(a.position());
            }
        }
    }

    @Test
    void enrolmentDriftsAndPrimaryEnrolmentFallsOverall() {
        int firstPrimary = total(FIRST_YEAR, s -> s.primary().students());
        int lastPrimary = total(FIRST_YEAR + YEARS - 1, s -> s.primary().students());
        long changed = schoolsByCode().values().stream()
                .filter(years ->
                        years.getFirst().compulsoryStudents() != years.getLast().compulsoryStudents())
                .count();

        assertThat(lastPrimary).isLessThan(firstPrimary);
        assertThat(changed).isGreaterThan(schoolsByCode().size() * 9L / 10);
    }

    @Test
    void urbanSchoolsGainPupilsWhileVillageSchoolsLoseThem() {
        double urban = shareGrowing(Location.URBAN);
        double village = shareGrowing(Location.RURAL);

        assertThat(urban).isGreaterThan(village);
    }

    @Test
    void assetsAccumulate() {
        for (List<SchoolYear> years : schoolsByCode().values()) {
            for (int i = 1; i < years.size(); i++) {
                SchoolYear before = years.get(i - 1);
                SchoolYear after = years.get(i);
                assertThat(after.assets().equipmentValueYuan())
                        .as("equipment of %s in %d", after.code(), after.year())
                        .isGreaterThan(before.assets().equipmentValueYuan());
                assertThat(after.assets().teachingAuxAreaM2())
                        .isGreaterThanOrEqualTo(before.assets().teachingAuxAreaM2());
                assertThat(after.assets().multimediaClassrooms())
                        .isGreaterThanOrEqualTo(before.assets().multimediaClassrooms());
                assertThat(after.assets().books())
                        .isGreaterThanOrEqualTo(before.assets().books());
            }
        }
        long newBuildings = schoolsByCode().values().stream()
                .filter(years -> years.getLast().assets().teachingAuxAreaM2()
                        > years.getFirst().assets().teachingAuxAreaM2())
                .count();
        assertThat(newBuildings).isPositive();
    }

    @Test
    void staffingFollowsEnrolment() {
        long changed = schoolsByCode().values().stream()
                .filter(years -> years.getFirst().primary().teachers()
                                + years.getFirst().junior().teachers()
                        != years.getLast().primary().teachers()
                                + years.getLast().junior().teachers())
                .count();

        assertThat(changed).isPositive();
    }

    @Test
    void countyInputsCoverEveryCountyEveryYear() {
        DemoData data = new DemoDataGenerator(17).generate(DemoScale.CITY, FIRST_YEAR, YEARS);

        assertThat(data.countyInputs()).hasSize(8 * YEARS);
        assertThat(data.countyInputs().stream().map(CountyInputs::year).distinct())
                .containsExactly(2021, 2022, 2023, 2024);
    }

    private static double shareGrowing(Location location) {
        List<List<SchoolYear>> schools = schoolsByCode().values().stream()
                .filter(years -> years.getFirst().location() == location)
                .toList();
        long growing = schools.stream()
                .filter(years ->
                        years.getLast().compulsoryStudents() > years.getFirst().compulsoryStudents())
                .count();
        return (double) growing / schools.size();
    }

    private static int total(int year, ToIntFunction<SchoolYear> value) {
        return ROWS.stream().filter(s -> s.year() == year).mapToInt(value).sum();
    }

    private static Map<SchoolCode, List<SchoolYear>> schoolsByCode() {
        return ROWS.stream().collect(Collectors.groupingBy(SchoolYear::code));
    }
}
