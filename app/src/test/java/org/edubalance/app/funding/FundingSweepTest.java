package org.edubalance.app.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.core.school.SchoolFixtures.school;
import static org.edubalance.core.school.SchoolFixtures.segment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolFixtures;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.junit.jupiter.api.Test;

/**
 * The sweep worked by hand: an urban primary of 1,000 students and a rural primary of 200, 650 yuan a student, no
 * floor reached. With rural factor f the urban school gets 650 and the rural one 650 f a student, so the urban : rural
 * ratio is 1 / f and the CV that of two values 650 and 650 f weighted 5 : 1.
 */
class FundingSweepTest {
    private static final List<SchoolYear> COUNTY = List.of(
            school(
                    "1",
                    SchoolType.PRIMARY,
                    Location.URBAN,
                    segment(1000, 20, 50),
                    SegmentFigures.NONE,
                    0,
                    SharedAssets.NONE),
            school(
                    "2",
                    SchoolType.PRIMARY,
                    Location.RURAL,
                    segment(200, 6, 15),
                    SegmentFigures.NONE,
                    0,
                    SharedAssets.NONE));

    private static FundingPolicy policy(Double budget) {
        return new FundingPolicy(
                "test",
                Map.of(Segment.PRIMARY, 650.0, Segment.JUNIOR, 850.0),
                200,
                100,
                6000,
                Map.of(Location.URBAN, 1.0, Location.TOWN, 1.0, Location.RURAL, 1.0),
                budget);
    }

    private static FundingSweep sweep(FundingPolicy policy) {
        return FundingSweep.of(
                policy,
                SchoolFixtures.YEAR,
                COUNTY,
                new BigDecimal("1.00"),
                new BigDecimal("1.50"),
                new BigDecimal("0.05"));
    }

    /** The weighted CV of 650 (weight 5) and 650 f (weight 1), written out. */
    private static double cv(double f) {
        double mean = (5 * 650 + 650 * f) / 6;
        double variance = 5.0 / 6 * Math.pow(650 - mean, 2) + 1.0 / 6 * Math.pow(650 * f - mean, 2);
        return Math.sqrt(variance) / mean;
    }

    @Test
    void elevenExactFactorsFromOneToOneAndAHalf() {
        List<FundingSweep.Point> points = sweep(policy(null)).points();
        assertThat(points).hasSize(11);
        assertThat(points.getFirst().ruralFactor()).isEqualTo(1.0);
        assertThat(points.get(10).ruralFactor()).isEqualTo(1.5);
        assertThat(points.get(3).ruralFactor()).isEqualTo(1.15);
    }

    @Test
    void eachPointIsTheCountysCvAndRatiosUnderThatFactor() {
        List<FundingSweep.Point> points = sweep(policy(null)).points();
        assertThat(points.getFirst().cv()).isCloseTo(0.0, within(1e-12));
        assertThat(points.getFirst().urbanRatio()).isCloseTo(1.0, within(1e-12));
        for (FundingSweep.Point p : points) {
            assertThat(p.cv()).isCloseTo(cv(p.ruralFactor()), within(1e-12));
            assertThat(p.urbanRatio()).isCloseTo(1 / p.ruralFactor(), within(1e-12));
            assertThat(p.townRatio()).as("no town school").isNull();
        }
        assertThat(points.get(10).cv()).isGreaterThan(points.get(5).cv());
    }

    @Test
    void aBudgetScalesEveryAllocationAndSoChangesNeitherCvNorRatio() {
        List<FundingSweep.Point> free = sweep(policy(null)).points();
        List<FundingSweep.Point> budgeted = sweep(policy(500_000.0)).points();
        for (int i = 0; i < free.size(); i++) {
            assertThat(budgeted.get(i).cv()).isCloseTo(free.get(i).cv(), within(1e-12));
            assertThat(budgeted.get(i).urbanRatio()).isCloseTo(free.get(i).urbanRatio(), within(1e-12));
        }
    }

    @Test
    void theOtherAmountsOfThePolicyAreKept() {
        FundingPolicy swept = FundingSweep.withRuralFactor(policy(123.0), 1.3);
        assertThat(swept.locationFactor(Location.RURAL)).isEqualTo(1.3);
        assertThat(swept.locationFactor(Location.URBAN)).isEqualTo(1.0);
        assertThat(swept.budget()).isEqualTo(123.0);
        assertThat(swept.perStudent(Segment.JUNIOR)).isEqualTo(850.0);
    }

    @Test
    void aReversedRangeOrTooManyPointsAreRefused() {
        assertThatThrownBy(() -> FundingSweep.of(
                        policy(null),
                        SchoolFixtures.YEAR,
                        COUNTY,
                        BigDecimal.TWO,
                        BigDecimal.ONE,
                        new BigDecimal("0.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FundingSweep.of(
                        policy(null),
                        SchoolFixtures.YEAR,
                        COUNTY,
                        BigDecimal.ONE,
                        BigDecimal.TWO,
                        new BigDecimal("0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
