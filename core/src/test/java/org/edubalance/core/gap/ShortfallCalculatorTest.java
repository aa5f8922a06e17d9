package org.edubalance.core.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.Quantity;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class ShortfallCalculatorTest {
    private final Standard standard = StandardCatalogue.shipped("cn-2017-quality");

    private List<Shortfall> shortfalls(SegmentFigures figures, SharedAssets assets) {
        SchoolEvaluation evaluation = new SchoolEvaluator(standard)
                .evaluate(new SegmentSplitter(standard.split())
                        .split(SchoolFixtures.primarySchool("1", figures.students(), figures, assets))
                        .getFirst());
        return new ShortfallCalculator(standard).shortfalls(List.of(evaluation));
    }

    @Test
    void teachersAreRoundedUpAndAreasAreContinuous() {
        // 300 students, 10 above-degree teachers: 4.2 × 300 / 100 − 10 = 2.6 → 3 teachers;
        // to 85 %: 0.85 × 12.6 − 10 = 0.71 → 1 teacher. Area 1,200 m²: 4.5 × 300 − 1,200 = 150 m².
        SegmentFigures f = new SegmentFigures(300, 8, 20, 10, 10, 3, 3);
        SharedAssets a = new SharedAssets(1_200, 0, 7.5 * 300, 2_000.0 * 300, 7, 30, 6_000);
        List<Shortfall> result = shortfalls(f, a);
        assertThat(result)
                .extracting(Shortfall::indicatorId)
                .containsExactly("teachers_above_degree_per100", "teaching_aux_area_per_student");
        Shortfall teachers = result.get(0);
        assertThat(teachers.quantity()).isEqualTo(Quantity.TEACHERS_ABOVE_DEGREE);
        assertThat(teachers.toThreshold()).isEqualTo(3);
        assertThat(teachers.toFloor()).isEqualTo(1);
        Shortfall area = result.get(1);
        assertThat(area.toThreshold()).isCloseTo(150, within(1e-9));
        assertThat(area.toFloor()).isZero();
    }

    @Test
    void exactWholeNeedDoesNotRoundUpFurther() {
        // 500 students, 10 rooms give 2.0 per 100; 2.3 × 5 = 11.5 → 2 more rooms (11.5 − 10 = 1.5 → 2).
        // 400 students, 8 rooms; 2.3 × 4 = 9.2 → 1.2 → 2 rooms. 300 students with 3 backbone → met exactly.
        SegmentFigures f = new SegmentFigures(500, 12, 40, 30, 20, 5, 5);
        SharedAssets a = new SharedAssets(4.5 * 500, 0, 7.5 * 500, 2_000.0 * 500, 10, 50, 9_000);
        List<Shortfall> result = shortfalls(f, a);
        assertThat(result).singleElement().satisfies(s -> {
            assertThat(s.indicatorId()).isEqualTo("multimedia_rooms_per100");
            assertThat(s.toThreshold()).isEqualTo(2);
            assertThat(s.toFloor()).isZero();
        });
    }

    @Test
    void totalsAddUpPerIndicator() {
        Shortfall a = new Shortfall(
                new org.edubalance.core.school.SchoolCode("1"),
                "a",
                org.edubalance.core.school.Segment.PRIMARY,
                "x",
                Quantity.BOOKS,
                1,
                2,
                10,
                3);
        Shortfall b = new Shortfall(
                new org.edubalance.core.school.SchoolCode("2"),
                "b",
                org.edubalance.core.school.Segment.PRIMARY,
                "x",
                Quantity.BOOKS,
                1,
                2,
                5,
                0);
        assertThat(ShortfallCalculator.totals(List.of(a, b))).singleElement().satisfies(t -> {
            assertThat(t.schools()).isEqualTo(2);
            assertThat(t.toThreshold()).isEqualTo(15);
            assertThat(t.toFloor()).isEqualTo(3);
        });
    }
}
