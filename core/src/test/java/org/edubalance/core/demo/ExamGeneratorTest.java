package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.demo.DemoExam.Candidate;
import org.edubalance.core.demo.DemoExam.HighSchool;
import org.edubalance.core.demo.DemoExam.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.junit.jupiter.api.Test;

/**
 * The demo city's entrance-exam admission against the rules of the high-school and candidate files
 * (docs/data-formats.md §3), checked here from the file contract.
 */
class ExamGeneratorTest {
    private static final List<SchoolYear> CITY =
            new DemoDataGenerator(5).generate(DemoScale.CITY, 2025).schools();
    private static final DemoExam EXAM = new ExamGenerator(5).generate(CITY);

    @Test
    void theSameSeedGivesAnEqualAdmissionAndAnotherSeedAnother() {
        assertThat(new ExamGenerator(5).generate(CITY)).isEqualTo(EXAM);
        assertThat(new ExamGenerator(6).generate(CITY).candidates()).isNotEqualTo(EXAM.candidates());
    }

    @Test
    void theCityRunsTheAdmissionWithAHighSchoolForEveryFiveToEightJuniorHighs() {
        String city = CITY.getFirst().county().code().cityCode();
        assertThat(EXAM.highSchools()).allSatisfy(h -> assertThat(h.area()).isEqualTo(city));
        assertThat(EXAM.candidates()).allSatisfy(c -> assertThat(c.area()).isEqualTo(city));
        long juniors = juniorHighs().size();
        assertThat((double) juniors / EXAM.highSchools().size()).isBetween(4.5, 8.5);
        assertThat(EXAM.highSchools().stream().map(HighSchool::code).distinct()).hasSameSizeAs(EXAM.highSchools());
        assertThat(EXAM.highSchools()).allSatisfy(h -> {
            assertThat(h.seats()).isPositive();
            assertThat(h.seats() % 50).isZero();
            if (h.tier() == Tier.KEY) {
                assertThat(h.quotaSharePercent()).isBetween(50, 70);
            }
        });
        List<HighSchool> ordinary = EXAM.highSchools().stream()
                .filter(h -> h.tier() == Tier.ORDINARY)
                .toList();
        assertThat(ordinary.stream().filter(h -> h.quotaSharePercent() == 0).count())
                .isGreaterThan(ordinary.size() / 2);
        assertThat(EXAM.highSchools()).anySatisfy(h -> assertThat(h.tier()).isEqualTo(Tier.KEY));
        assertThat(EXAM.highSchools())
                .anySatisfy(h -> assertThat(h.quotaMinScoreTenths()).isNotNull());
        // Places for a little over half the candidates.
        int seats = EXAM.highSchools().stream().mapToInt(HighSchool::seats).sum();
        assertThat((double) seats / EXAM.candidates().size()).isBetween(0.45, 0.7);
    }

    @Test
    void everyCandidateRowKeepsTheRulesOfTheCandidatesFile() {
        Map<String, SchoolYear> juniors = new HashMap<>();
        juniorHighs().forEach(s -> juniors.put(s.code().value(), s));
        Map<SchoolCode, HighSchool> highSchools = new HashMap<>();
        EXAM.highSchools().forEach(h -> highSchools.put(h.code(), h));
        Set<String> ids = new HashSet<>();
        assertThat(EXAM.candidates()).isNotEmpty().allSatisfy(c -> {
            assertThat(ids.add(c.id())).as("unique %s", c.id()).isTrue();
            assertThat(c.id()).matches("C" + c.year() + c.area() + "\\d{6}");
            assertThat(juniors)
                    .as("junior school of %s", c.id())
                    .containsKey(c.juniorSchool().value());
            assertThat(c.scoreTenths()).isBetween(0, 7500);
            if (c.quotaChoice() != null) {
                assertThat(highSchools.get(c.quotaChoice()).quotaSharePercent())
                        .as("quota choice of %s", c.id())
                        .isPositive();
            }
            assertThat(c.choices()).hasSizeBetween(1, 6).doesNotHaveDuplicates();
            assertThat(highSchools)
                    .as("choices of %s", c.id())
                    .containsKeys(c.choices().toArray(SchoolCode[]::new));
        });
        assertThat(EXAM.candidates()).anySatisfy(c -> assertThat(c.tie3Tenths()).isNull());
        assertThat(EXAM.candidates())
                .anySatisfy(c -> assertThat(c.quotaChoice()).isNull());
        long quota =
                EXAM.candidates().stream().filter(c -> c.quotaChoice() != null).count();
        assertThat((double) quota / EXAM.candidates().size()).isBetween(0.3, 0.8);
    }

    @Test
    void everyJuniorHighSendsAThirdOfItsStudentsAndVillageSchoolsScoreLower() {
        Map<String, Integer> candidates = new HashMap<>();
        EXAM.candidates().forEach(c -> candidates.merge(c.juniorSchool().value(), 1, Integer::sum));
        for (SchoolYear junior : juniorHighs()) {
            assertThat(candidates.getOrDefault(junior.code().value(), 0))
                    .as("%s", junior.code())
                    .isEqualTo(Math.max(1, (int) Math.round(junior.junior().students() / 3.0)));
        }
        assertThat(meanScore(Location.RURAL)).isLessThan(meanScore(Location.TOWN) - 10);
        assertThat(meanScore(Location.TOWN)).isLessThan(meanScore(Location.URBAN) - 10);
    }

    @Test
    void theExamBenchmarkHasItsSize() {
        DemoBenchmark.Instance exam = DemoBenchmark.EXAM.generate(1, 2025);
        assertThat(exam.schools())
                .hasSize(500)
                .allSatisfy(s -> assertThat(s.junior().students()).isPositive());
        assertThat(exam.exam().highSchools()).hasSize(60);
        assertThat(exam.exam().candidates()).hasSize(100_000);
        assertThat(exam.exam().candidates().stream()
                        .map(Candidate::juniorSchool)
                        .distinct())
                .hasSize(500);
    }

    private static List<SchoolYear> juniorHighs() {
        return CITY.stream()
                .filter(s ->
                        s.type() != SchoolType.SPECIAL_EDUCATION && s.junior().students() > 0)
                .toList();
    }

    private static double meanScore(Location location) {
        Map<String, Location> locations = new HashMap<>();
        CITY.forEach(s -> locations.put(s.code().value(), s.location()));
        return EXAM.candidates().stream()
                        .filter(c -> locations.get(c.juniorSchool().value()) == location)
                        .mapToInt(Candidate::scoreTenths)
                        .average()
                        .orElseThrow()
                / 10;
    }
}
