package org.edubalance.core.zoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.edubalance.core.admission.EntryGrade;
import org.junit.jupiter.api.Test;

/**
 * The entrants formula of docs/planning/zoning.md §2 on a worked example: a block whose children of age a number 100 +
 * a (100 of age 0, 101 of age 1, … 112 of age 12), data year 2025.
 */
class EntrantsTest {
    private static final Block BLOCK =
            new Block("B1", "东城小区", null, List.of(100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112));

    @Test
    void gradeOneCountsTheChildrenWhoAreSixInTheYear() {
        // 2025 (k = 0): the 6-year-olds; 2026: the 5-year-olds of 2025; 2031 (k = 6): the babies of 2025.
        assertThat(Entrants.of(BLOCK, 2025, 2025, EntryGrade.G1, 1.0)).isEqualTo(106.0);
        assertThat(Entrants.of(BLOCK, 2025, 2026, EntryGrade.G1, 1.0)).isEqualTo(105.0);
        assertThat(Entrants.of(BLOCK, 2025, 2031, EntryGrade.G1, 1.0)).isEqualTo(100.0);
    }

    @Test
    void gradeSevenCountsTheChildrenWhoAreTwelveInTheYear() {
        assertThat(Entrants.of(BLOCK, 2025, 2025, EntryGrade.G7, 1.0)).isEqualTo(112.0);
        assertThat(Entrants.of(BLOCK, 2025, 2027, EntryGrade.G7, 1.0)).isEqualTo(110.0);
        assertThat(Entrants.of(BLOCK, 2025, 2037, EntryGrade.G7, 1.0)).isEqualTo(100.0);
    }

    @Test
    void theEnrolmentRateScalesTheChildren() {
        // 105 five-year-olds, of whom 90 % enter public grade 1: 94.5 entrants.
        assertThat(Entrants.of(BLOCK, 2025, 2026, EntryGrade.G1, 0.9)).isEqualTo(105 * 0.9);
        assertThat(Entrants.of(BLOCK, 2025, 2026, EntryGrade.G1, 0.9))
                .isCloseTo(94.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Entrants.of(BLOCK, 2025, 2026, EntryGrade.G1, 0.0)).isZero();
    }

    @Test
    void aYearWhoseEntrantsAreNotBornIsAnErrorNamingTheYear() {
        assertThatThrownBy(() -> Entrants.of(BLOCK, 2025, 2032, EntryGrade.G1, 1.0))
                .isInstanceOf(HorizonBeforeBirthException.class)
                .hasMessageContaining("Year 2032")
                .hasMessageContaining("aged -1");
        assertThatThrownBy(() -> Entrants.checkHorizon(2025, 2026, 2038, EntryGrade.G7))
                .isInstanceOf(HorizonBeforeBirthException.class)
                .satisfies(e ->
                        assertThat(((HorizonBeforeBirthException) e).year()).isEqualTo(2038));
        Entrants.checkHorizon(2025, 2026, 2037, EntryGrade.G7);
    }

    @Test
    void aBlockCountsThirteenAgesNeverNegative() {
        assertThatThrownBy(() -> new Block("B2", "x", null, List.of(1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block("B2", "x", null, List.of(0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
