package org.edubalance.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.core.school.SchoolFixtures.primarySchoolWithBooks;

import java.util.List;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class SegmentStatisticsCalculatorTest {

    private static final List<SchoolYear> OFFICIAL_EXAMPLE = List.of(
            primarySchoolWithBooks("1", 45, 279),
            primarySchoolWithBooks("2", 37, 137),
            primarySchoolWithBooks("3", 89, 935),
            primarySchoolWithBooks("4", 76, 160),
            primarySchoolWithBooks("5", 55, 402));

    @Test
    void booksPerStudentCvReproducesTheOfficialWorkedExample() {
        // docs/standards.md §3.2: 5 primary schools → weighted CV 0.5153, published as 0.52; county value 6.334.
        CountyEvaluation county = evaluate("cn-2012-basic", OFFICIAL_EXAMPLE);
        IndicatorStatistic books = county.segment(Segment.PRIMARY)
                .orElseThrow()
                .indicator("books_per_student")
                .orElseThrow();
        assertThat(books.cv()).isCloseTo(0.5153, within(5e-5));
        assertThat(books.countyValue()).isCloseTo(1913.0 / 302, within(1e-12));
        assertThat(books.unweightedCv()).isCloseTo(0.489, within(5e-4));
        assertThat(books.status()).isEqualTo(CvStatus.EVALUATED);
    }

    @Test
    void zeroCountyValueIsNotEvaluableAndNeverPasses() {
        CountyEvaluation county = evaluate("cn-2017-quality", OFFICIAL_EXAMPLE);
        SegmentEvaluation primary = county.segment(Segment.PRIMARY).orElseThrow();
        IndicatorStatistic backbone =
                primary.indicator("backbone_teachers_per100").orElseThrow();
        assertThat(backbone.cv()).isNaN();
        assertThat(backbone.status()).isEqualTo(CvStatus.NOT_EVALUABLE);
        assertThat(backbone.cvPass()).isFalse();
        assertThat(primary.pass()).isFalse();
        assertThat(primary.reasons())
                .contains(Finding.of(FindingCode.CV_NOT_EVALUABLE, "indicator", "backbone_teachers_per100"));
    }

    @Test
    void compositeIsTheMeanOfTheUnroundedCvs() {
        CountyEvaluation county = evaluate("cn-2012-basic", OFFICIAL_EXAMPLE);
        SegmentEvaluation primary = county.segment(Segment.PRIMARY).orElseThrow();
        double mean = primary.indicators().stream()
                .mapToDouble(IndicatorStatistic::cv)
                .average()
                .orElseThrow();
        assertThat(primary.compositeCv()).isCloseTo(mean, within(1e-15));
        assertThat(primary.compositeLimit()).isEqualTo(0.65);
    }

    @Test
    void singleSchoolGivesZeroCvFlaggedAsSingleSchool() {
        CountyEvaluation county = evaluate("cn-2012-basic", List.of(OFFICIAL_EXAMPLE.getFirst()));
        IndicatorStatistic books = county.segment(Segment.PRIMARY)
                .orElseThrow()
                .indicator("books_per_student")
                .orElseThrow();
        assertThat(books.cv()).isZero();
        assertThat(books.status()).isEqualTo(CvStatus.SINGLE_SCHOOL);
    }

    private static CountyEvaluation evaluate(String pack, List<SchoolYear> schools) {
        return new CountyEvaluator(StandardCatalogue.shipped(pack))
                .evaluate(
                        SchoolFixtures.COUNTY,
                        SchoolFixtures.YEAR,
                        schools,
                        CountyInputs.none(SchoolFixtures.COUNTY.code(), SchoolFixtures.YEAR))
                .county();
    }
}
