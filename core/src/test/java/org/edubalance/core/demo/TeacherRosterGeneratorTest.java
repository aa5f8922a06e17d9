package org.edubalance.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.staff.StaffingCalculator;
import org.edubalance.core.staff.StaffingCalculator.SchoolSegment;
import org.edubalance.core.staff.StaffingFigures;
import org.edubalance.core.staff.Teacher;
import org.edubalance.core.staff.TeacherId;
import org.junit.jupiter.api.Test;

class TeacherRosterGeneratorTest {
    private static final List<SchoolYear> CITY =
            new DemoDataGenerator(3).generate(DemoScale.CITY, 2025).schools();
    private static final List<Teacher> ROSTER = new TeacherRosterGenerator(3).roster(CITY);

    @Test
    void theRosterCountsToExactlyTheTeacherFiguresOfEverySchoolRow() {
        Map<SchoolSegment, StaffingFigures> derived = StaffingCalculator.figures(ROSTER);
        for (SchoolYear school : CITY) {
            for (Segment segment : Segment.values()) {
                SegmentFigures f = school.segment(segment);
                StaffingFigures expected = new StaffingFigures(
                        f.teachers(),
                        f.teachersAboveDegree(),
                        f.teachersMidSeniorTitle(),
                        f.backboneTeachers(),
                        f.peArtsTeachers());
                assertThat(derived.getOrDefault(new SchoolSegment(school.code(), segment), StaffingFigures.NONE))
                        .as("%s %s", school.code(), segment)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void everySchoolWithTeachersHasOnePrincipalAndIdsAreUnique() {
        Map<SchoolCode, Long> principals = ROSTER.stream()
                .filter(Teacher::principal)
                .collect(Collectors.groupingBy(Teacher::school, Collectors.counting()));
        long schoolsWithTeachers =
                ROSTER.stream().map(Teacher::school).distinct().count();
        assertThat(principals)
                .hasSize((int) schoolsWithTeachers)
                .allSatisfy((school, n) -> assertThat(n).isEqualTo(1));
        assertThat(ROSTER.stream().map(Teacher::id).distinct().count()).isEqualTo(ROSTER.size());
    }

    @Test
    void aboutAThirdAreEligibleAfterSixYearsAndAFewAreExempt() {
        double eligible = ROSTER.stream().filter(t -> t.yearsAtSchool() >= 6).count() / (double) ROSTER.size();
        double exempt = ROSTER.stream().filter(Teacher::isExempt).count() / (double) ROSTER.size();
        assertThat(eligible).isBetween(0.2, 0.5);
        assertThat(exempt).isBetween(0.005, 0.08);
        assertThat(ROSTER).allSatisfy(t -> assertThat(t.age()).isBetween(23, 59));
    }

    @Test
    void theSameSeedGivesTheSameRosterAndASchoolsTeachersDoNotDependOnTheOthers() {
        assertThat(new TeacherRosterGenerator(3).roster(CITY)).isEqualTo(ROSTER);
        SchoolYear last = CITY.getLast();
        Map<TeacherId, Teacher> alone = new TeacherRosterGenerator(3)
                .roster(List.of(last)).stream().collect(Collectors.toMap(Teacher::id, Function.identity()));
        List<Teacher> inCity =
                ROSTER.stream().filter(t -> t.school().equals(last.code())).toList();
        assertThat(inCity)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(alone.get(t.id())).isEqualTo(t));
    }
}
