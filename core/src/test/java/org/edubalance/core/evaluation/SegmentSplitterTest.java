package org.edubalance.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.core.school.SchoolFixtures.school;
import static org.edubalance.core.school.SchoolFixtures.segment;

import java.util.List;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class SegmentSplitterTest {
    private final SegmentSplitter splitter =
            new SegmentSplitter(StandardCatalogue.shipped("cn-2017-quality").split());

    @Test
    void nineYearSchoolSplitsBooksAsInTheOfficialExample() {
        // docs/standards.md §3.5: 166 primary, 210 junior students, 23,226 books → 9,711.63 / 13,514.37.
        SchoolYear school = school(
                "9001",
                SchoolType.NINE_YEAR,
                Location.TOWN,
                segment(166, 6, 10),
                segment(210, 6, 15),
                0,
                new SharedAssets(0, 0, 0, 0, 0, 0, 23_226));
        List<SegmentPart> parts = splitter.split(school);
        assertThat(parts).extracting(SegmentPart::segment).containsExactly(Segment.PRIMARY, Segment.JUNIOR);
        assertThat(parts.get(0).quantity(Quantity.BOOKS)).isCloseTo(9_711.63, within(0.005));
        assertThat(parts.get(1).quantity(Quantity.BOOKS)).isCloseTo(13_514.37, within(0.005));
        assertThat(parts.get(0).quantity(Quantity.BOOKS) + parts.get(1).quantity(Quantity.BOOKS))
                .isCloseTo(23_226, within(1e-9));
    }

    @Test
    void teachersAndStudentsAreNotSplitButTakenPerSegment() {
        SchoolYear school = school(
                "9002",
                SchoolType.NINE_YEAR,
                Location.TOWN,
                segment(166, 6, 10),
                segment(210, 6, 15),
                0,
                SharedAssets.NONE);
        List<SegmentPart> parts = splitter.split(school);
        assertThat(parts.get(0).students()).isEqualTo(166);
        assertThat(parts.get(0).quantity(Quantity.TEACHERS)).isEqualTo(10);
        assertThat(parts.get(1).quantity(Quantity.TEACHERS)).isEqualTo(15);
    }

    @Test
    void twelveYearSchoolGivesSeniorStudentsTheirWeightedShare() {
        // A / (A + 1.1 B + 1.32 C) with A = 100, B = 100, C = 100 → 100 / 342.
        SchoolYear school = school(
                "1201",
                SchoolType.TWELVE_YEAR,
                Location.URBAN,
                segment(100, 3, 5),
                segment(100, 3, 6),
                100,
                new SharedAssets(3_420, 0, 0, 0, 0, 0, 0));
        List<SegmentPart> parts = splitter.split(school);
        assertThat(parts.get(0).quantity(Quantity.TEACHING_AUX_AREA_M2)).isCloseTo(1_000, within(1e-9));
        assertThat(parts.get(1).quantity(Quantity.TEACHING_AUX_AREA_M2)).isCloseTo(1_100, within(1e-9));
    }

    @Test
    void completeSecondarySchoolKeepsTheJuniorShareOnly() {
        // B / (B + 1.2 C) with B = 600, C = 500 → 600 / 1200.
        SchoolYear school = school(
                "2001",
                SchoolType.COMPLETE_SECONDARY,
                Location.URBAN,
                SegmentFigures.NONE,
                segment(600, 12, 50),
                500,
                new SharedAssets(10_000, 0, 0, 0, 0, 0, 0));
        List<SegmentPart> parts = splitter.split(school);
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.segment()).isEqualTo(Segment.JUNIOR);
            assertThat(p.quantity(Quantity.TEACHING_AUX_AREA_M2)).isCloseTo(5_000, within(1e-9));
        });
    }

    @Test
    void segmentWithoutStudentsLeavesTheSegment() {
        SchoolYear school = school(
                "9003",
                SchoolType.NINE_YEAR,
                Location.RURAL,
                segment(200, 6, 12),
                SegmentFigures.NONE,
                0,
                new SharedAssets(1_000, 0, 0, 0, 0, 0, 0));
        List<SegmentPart> parts = splitter.split(school);
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.segment()).isEqualTo(Segment.PRIMARY);
            assertThat(p.quantity(Quantity.TEACHING_AUX_AREA_M2)).isEqualTo(1_000);
        });
    }
}
