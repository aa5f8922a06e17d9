package org.edubalance.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.edubalance.core.evaluation.Evaluation;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.YearEvaluator;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.standard.StandardCatalogue;
import org.junit.jupiter.api.Test;

/** The strength of a school segment, worked by hand on a primary school of 200 students (docs/planning/pairing.md §1). */
class SegmentStrengthTest {
    @Test
    void theWorkedExample() {
        // 200 primary students against the 2017 standards: 4.2 / 1.0 / 0.9 per 100, 4.5 and 7.5 m², 2,000 yuan, 2.3 per
        // 100.
        // Above-degree teachers 12 → 6.0 per 100, ratio 1.4286; backbone 1 → 0.5, ratio 0.5; PE and arts 3 → 1.5,
        // ratio 1.6667; teaching space 900 m² → 4.5 m², ratio 1.0; sports ground 3,600 m² → 18 m², ratio 2.4, capped at
        // 2; equipment 300,000 yuan → 1,500, ratio 0.75; multimedia rooms 6 → 3.0 per 100, ratio 1.3043.
        SegmentFigures primary = new SegmentFigures(200, 6, 14, 12, 5, 1, 3);
        SharedAssets assets = new SharedAssets(900, 0, 3600, 300_000, 6, 6, 4000);
        SchoolYear school = SchoolFixtures.primarySchool("3710020001", 200, primary, assets);

        Evaluation evaluation = new YearEvaluator(StandardCatalogue.load("cn-2017-quality"))
                .evaluate(List.of(school), SchoolFixtures.YEAR, java.util.Map.of());
        SchoolEvaluation segment = evaluation.schools().getFirst();

        double expected = (12 / 2.0 / 4.2 + 0.5 + 1.5 / 0.9 + 1.0 + 2.0 + 0.75 + 3.0 / 2.3) / 7;
        assertThat(SegmentStrength.of(segment)).isCloseTo(expected, within(1e-12));
        assertThat(SegmentStrength.of(segment)).isCloseTo(1.2357, within(1e-4));
        assertThat(segment.compliant())
                .as("backbone at 50 %: below the 85 % floor")
                .isFalse();
    }
}
