package org.edubalance.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.core.school.SchoolFixtures.primarySchool;

import java.util.List;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolEvaluatorTest {
    private final SchoolEvaluator evaluator = new SchoolEvaluator(StandardCatalogue.shipped("cn-2017-quality"));
    private final SegmentSplitter splitter =
            new SegmentSplitter(StandardCatalogue.shipped("cn-2017-quality").split());

    /**
     * A 500-student primary school meeting every 2017 standard exactly, except that its multimedia rooms give
     * {@code roomsPer100} rooms per 100 students (standard 2.3, floor 85 % = 1.955).
     */
    private SchoolEvaluation schoolWithRooms(double roomsPer100) {
        SegmentFigures figures = new SegmentFigures(500, 12, 30, 21, 15, 5, 5);
        SharedAssets assets = new SharedAssets(4.5 * 500, 0, 7.5 * 500, 2000.0 * 500, roomsPer100 * 5, 50, 10_000);
        SchoolYear school = primarySchool("3001", 500, figures, assets);
        return evaluator.evaluate(splitter.split(school).getFirst());
    }

    @ParameterizedTest
    @CsvSource({
        // rooms per 100, met count, compliant: 6 of 7 met and the 7th ≥ 85 % passes; below 85 % fails.
        "2.3, 7, true",
        "2.0, 6, true",
        "1.955, 6, true",
        "1.95, 6, false",
        "0, 6, false"
    })
    void schoolMeetsTheRuleWithSixOfSevenAndTheRestAboveTheFloor(double roomsPer100, int met, boolean compliant) {
        SchoolEvaluation result = schoolWithRooms(roomsPer100);
        assertThat(result.metCount()).isEqualTo(met);
        assertThat(result.compliant()).isEqualTo(compliant);
    }

    @Test
    void valuesFollowTheFormulas() {
        SchoolEvaluation result = schoolWithRooms(2.0);
        assertThat(result.value("teachers_above_degree_per100").getAsDouble()).isCloseTo(4.2, within(1e-12));
        assertThat(result.value("backbone_teachers_per100").getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(result.value("sports_area_per_student").getAsDouble()).isCloseTo(7.5, within(1e-12));
        assertThat(result.value("multimedia_rooms_per100").getAsDouble()).isCloseTo(2.0, within(1e-12));
        assertThat(result.lowestRatio()).isCloseTo(2.0 / 2.3, within(1e-12));
    }

    @Test
    void eachScoreCarriesItsStandardRatioAndVerdict() {
        SchoolEvaluation result = schoolWithRooms(2.0);

        // The rooms: 2.0 per 100 students against the primary standard 2.3; the degree teachers exactly at 4.2.
        IndicatorScore rooms = score(result, "multimedia_rooms_per100");
        assertThat(rooms.threshold()).isEqualTo(2.3);
        assertThat(rooms.ratio()).isCloseTo(2.0 / 2.3, within(1e-12));
        assertThat(rooms.met()).isFalse();
        IndicatorScore degree = score(result, "teachers_above_degree_per100");
        assertThat(degree.threshold()).isEqualTo(4.2);
        assertThat(degree.ratio()).isCloseTo(1.0, within(1e-12));
        assertThat(degree.met()).isTrue();
        assertThat(result.scores()).hasSize(7).filteredOn(IndicatorScore::met).hasSize(6);
        // Read twice, the same scores; and a copy of them (as a caller might build) is an equal evaluation.
        assertThat(result.scores()).isEqualTo(result.scores());
        SchoolEvaluation copy = new SchoolEvaluation(
                result.part(), List.copyOf(result.scores()), result.metCount(), result.compliant());
        assertThat(copy).isEqualTo(result);
        for (int k = 0; k < 7; k++) {
            assertThat(result.value(k))
                    .isEqualTo(result.scores().get(k).value())
                    .isEqualTo(copy.value(k));
        }
    }

    private static IndicatorScore score(SchoolEvaluation evaluation, String indicatorId) {
        return evaluation.scores().stream()
                .filter(s -> s.indicatorId().equals(indicatorId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void twoIndicatorsBelowTheStandardFailEvenAboveTheFloor() {
        SegmentFigures figures = new SegmentFigures(500, 12, 30, 20, 15, 5, 5);
        SharedAssets assets = new SharedAssets(4.5 * 500, 0, 7.5 * 500, 2000.0 * 500, 2.2 * 5, 50, 10_000);
        SchoolEvaluation result = evaluator.evaluate(
                splitter.split(primarySchool("3002", 500, figures, assets)).getFirst());
        assertThat(result.metCount()).isEqualTo(5);
        assertThat(result.compliant()).isFalse();
    }
}
