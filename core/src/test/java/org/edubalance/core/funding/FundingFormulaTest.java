package org.edubalance.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.core.school.SchoolFixtures.school;
import static org.edubalance.core.school.SchoolFixtures.segment;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Ownership;
import org.edubalance.core.school.SchoolType;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.school.SegmentFigures;
import org.edubalance.core.school.SharedAssets;
import org.edubalance.core.school.SupplementaryFigures;
import org.junit.jupiter.api.Test;

/**
 * The formula's edge cases, each worked by hand with PRIMARY 600, JUNIOR 800, boarder 200, floor 100, special
 * education 6000 and a rural factor of 1.5 (urban and town 1.0).
 */
class FundingFormulaTest {
    private static final SharedAssets NO_ASSETS = new SharedAssets(0, 0, 0, 0, 0, 0, 0);

    private static FundingPolicy policy(Double budget) {
        return new FundingPolicy(
                "test",
                Map.of(Segment.PRIMARY, 600.0, Segment.JUNIOR, 800.0),
                200,
                100,
                6000,
                Map.of(Location.URBAN, 1.0, Location.TOWN, 1.0, Location.RURAL, 1.5),
                budget);
    }

    private static SchoolYear with(SchoolYear s, Integer boarders, Integer disabled) {
        return s.withSupplementary(
                new SupplementaryFigures(null, null, null, null, boarders, null, null, disabled, null, null, null));
    }

    private static SchoolYear primary(Location location, SchoolType type, int students) {
        return school("1", type, location, segment(students, 1, 2), SegmentFigures.NONE, 0, NO_ASSETS);
    }

    @Test
    void aRuralSchoolUnderTheFloorIsFundedAsTheFloorThenTheFactorAppliesToEverything() {
        // 600 × 50 = 30000 → × 100 / 50 = 60000; + 200 × 5 + 6000 × 1 = 67000; × 1.5 = 100500.
        SchoolYear s = with(primary(Location.RURAL, SchoolType.PRIMARY, 50), 5, 1);
        assertThat(FundingFormula.allocation(policy(null), s)).isEqualTo(100500.0);
    }

    @Test
    void theFloorNeedsSomeStudentsAndFewerThanIt() {
        // n = 0: only the boarder item, × 1.5 = 300; n = 100: 60000 × 1.5 = 90000 (no floor at the floor itself).
        assertThat(FundingFormula.allocation(policy(null), with(primary(Location.RURAL, SchoolType.PRIMARY, 0), 1, 0)))
                .isEqualTo(300.0);
        assertThat(FundingFormula.allocation(policy(null), primary(Location.RURAL, SchoolType.PRIMARY, 100)))
                .isEqualTo(90000.0);
    }

    @Test
    void aTeachingPointGetsTheFloorInTownButAnUrbanPrimaryDoesNot() {
        assertThat(FundingFormula.allocation(policy(null), primary(Location.TOWN, SchoolType.TEACHING_POINT, 10)))
                .isEqualTo(60000.0);
        assertThat(FundingFormula.allocation(policy(null), primary(Location.URBAN, SchoolType.PRIMARY, 10)))
                .isEqualTo(6000.0);
    }

    @Test
    void seniorStudentsAreOutsideAndSpecialEducationIsPerStudentOnly() {
        SchoolYear twelve = school(
                "2", SchoolType.TWELVE_YEAR, Location.URBAN, segment(300, 6, 20), segment(200, 4, 15), 500, NO_ASSETS);
        assertThat(FundingFormula.allocation(policy(null), twelve)).isEqualTo(600.0 * 300 + 800.0 * 200);
        SchoolYear special = with(
                school(
                        "3",
                        SchoolType.SPECIAL_EDUCATION,
                        Location.RURAL,
                        segment(12, 2, 4),
                        segment(8, 1, 3),
                        0,
                        NO_ASSETS),
                20,
                20);
        assertThat(FundingFormula.allocation(policy(null), special)).isEqualTo(6000.0 * 20);
    }

    @Test
    void aPrivateSchoolIsRefused() {
        SchoolYear s = primary(Location.URBAN, SchoolType.PRIMARY, 300);
        SchoolYear privately = new SchoolYear(
                s.year(),
                s.county(),
                s.townName(),
                s.code(),
                s.name(),
                s.type(),
                s.location(),
                Ownership.PRIVATE,
                null,
                s.primary(),
                s.junior(),
                0,
                s.assets(),
                s.supplementary());
        assertThatThrownBy(() -> FundingFormula.allocation(policy(null), privately))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scalingToABudgetKeepsTheSharesAndSumsToIt() {
        double[] unscaled = {100500.0, 90000.0, 60000.0, 6000.0, 0.0};
        double[] scaled = FundingFormula.scale(unscaled, 1_000_000.0);
        assertThat(Arrays.stream(scaled).sum()).isCloseTo(1_000_000.0, within(1e-6));
        assertThat(scaled[0] / scaled[2]).isCloseTo(100500.0 / 60000.0, within(1e-12));
        assertThat(scaled[4]).isZero();
        assertThat(FundingFormula.scale(new double[] {0.0, 0.0}, 5.0)).containsExactly(0.0, 0.0);
    }

    @Test
    void aPolicyRefusesNegativeAndMissingAmounts() {
        EnumMap<Segment, Double> onlyPrimary = new EnumMap<>(Map.of(Segment.PRIMARY, 600.0));
        Map<Location, Double> ones = Map.of(Location.URBAN, 1.0, Location.TOWN, 1.0, Location.RURAL, 1.0);
        assertThatThrownBy(() -> new FundingPolicy("x", onlyPrimary, 200, 100, 6000, ones, null))
                .hasMessageContaining("perStudent.JUNIOR is missing");
        Map<Segment, Double> both = Map.of(Segment.PRIMARY, 600.0, Segment.JUNIOR, 800.0);
        assertThatThrownBy(() -> new FundingPolicy("x", both, -1, 100, 6000, ones, null))
                .hasMessageContaining("boarderExtra");
        assertThatThrownBy(() -> new FundingPolicy("x", both, 200, 100, 6000, ones, -1.0))
                .hasMessageContaining("budget");
    }
}
