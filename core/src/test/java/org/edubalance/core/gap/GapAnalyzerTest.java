package org.edubalance.core.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.Standard;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

class GapAnalyzerTest {
    private final Standard standard = StandardCatalogue.shipped("cn-2012-basic");

    private GapAnalysis analyze() {
        // Books per student: urban 40 (two schools of 500), rural 10 (two schools of 250): urban : rural = 4.
        List<SchoolYear> schools = List.of(
                school("1", Location.URBAN, 500, 20_000),
                school("2", Location.URBAN, 500, 20_000),
                school("3", Location.RURAL, 250, 2_500),
                school("4", Location.RURAL, 250, 2_500));
        SegmentSplitter splitter = new SegmentSplitter(standard.split());
        SchoolEvaluator evaluator = new SchoolEvaluator(standard);
        List<SchoolEvaluation> evaluations = new ArrayList<>();
        for (SchoolYear s : schools) {
            evaluations.add(evaluator.evaluate(splitter.split(s).getFirst()));
        }
        return new GapAnalyzer(standard).analyze(SchoolFixtures.COUNTY, evaluations);
    }

    private static SchoolYear school(String code, Location location, int students, double books) {
        return SchoolFixtures.school(
                code,
                SchoolType.PRIMARY,
                location,
                new SegmentFigures(students, 10, 30, 30, 10, 0, 0),
                SegmentFigures.NONE,
                0,
                new SharedAssets(1000, 0, 1000, 1000, 10, 10, books));
    }

    @Test
    void urbanRuralRatioUsesPooledValues() {
        LocationComparison books = analyze().locations().stream()
                .filter(l -> l.indicatorId().equals("books_per_student"))
                .findFirst()
                .orElseThrow();
        assertThat(books.segment()).isEqualTo(Segment.PRIMARY);
        assertThat(books.valueByLocation().get(Location.URBAN)).isCloseTo(40, within(1e-12));
        assertThat(books.valueByLocation().get(Location.RURAL)).isCloseTo(10, within(1e-12));
        assertThat(books.urbanToRural()).isCloseTo(4, within(1e-12));
        assertThat(books.townToRural()).isNaN();
    }

    @Test
    void betweenLocationInequalityIsAllOfTheTheilWhenGroupsAreInternallyEqual() {
        TheilBreakdown books = analyze().theil().stream()
                .filter(t -> t.indicatorId().equals("books_per_student")
                        && t.grouping().equals("location"))
                .findFirst()
                .orElseThrow();
        assertThat(books.decomposition().within()).isCloseTo(0, within(1e-12));
        assertThat(books.decomposition().between())
                .isCloseTo(books.decomposition().total(), within(1e-12));
        assertThat(books.decomposition().total()).isGreaterThan(0);
    }

    @Test
    void schoolsFarFromTheMeanDriveTheCv() {
        List<CvDriver> drivers = analyze().cvDrivers().stream()
                .filter(d -> d.indicatorId().equals("books_per_student"))
                .toList();
        assertThat(drivers)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.contribution()).isPositive());
    }
}
