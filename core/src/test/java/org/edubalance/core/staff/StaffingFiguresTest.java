package org.edubalance.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.edubalance.core.region.RegionCode;
import org.edubalance.core.school.SchoolCode;
import org.edubalance.core.school.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffingFiguresTest {

    /** The counting rules of docs/data-formats.md §4, one teacher at a time. */
    @ParameterizedTest
    @CsvSource({
        // segment, degree, title, backbone, subject -> above, midSenior, backbone, peArts
        "PRIMARY, ASSOCIATE, FIRST, COUNTY, MUSIC, 1, 1, 1, 1",
        "JUNIOR, ASSOCIATE, SECOND, NONE, MATH, 0, 0, 0, 0",
        "JUNIOR, BACHELOR, SENIOR, NATIONAL, PE, 1, 1, 1, 1",
        "PRIMARY, SECONDARY, THIRD, NONE, ART, 0, 0, 0, 1",
        "PRIMARY, OTHER, NONE, CITY, IT, 0, 0, 1, 0"
    })
    void countsATeacherByTheRosterRules(
            Segment segment,
            Degree degree,
            Title title,
            BackboneLevel backbone,
            Subject subject,
            int above,
            int midSenior,
            int backboneCount,
            int peArts) {
        Teacher teacher = new Teacher(
                2025,
                new RegionCode("371002"),
                new SchoolCode("3710020001"),
                new TeacherId("T1"),
                segment,
                subject,
                degree,
                title,
                backbone,
                7,
                1980,
                Gender.F,
                false,
                null,
                null);

        StaffingFigures added = StaffingFigures.NONE.plus(teacher, 1);

        assertThat(added).isEqualTo(new StaffingFigures(1, above, midSenior, backboneCount, peArts));
        assertThat(added.plus(teacher, -1)).isEqualTo(StaffingFigures.NONE);
    }
}
