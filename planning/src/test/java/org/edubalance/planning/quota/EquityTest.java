package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.edubalance.planning.quota.RoundFixture.policy;
import static org.edubalance.planning.quota.RoundFixture.school;

import java.util.List;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;
import org.junit.jupiter.api.Test;

/** The equity counterfactual and its summary (docs/planning/quota.md §5), worked by hand. */
class EquityTest {

    /**
     * K (KEY) 2 seats, share 0.5 → Q = 1; O (ORDINARY) 5 seats. J1 urban: u1 700, u2 690; J2 rural: r1 600. Rural
     * weight 3: votes J1 2, J2 3 → Webster 4 vs 6 → K's quota seat to J2. Quota batch: r1 → K. General: K has 2 − 1 =
     * 1 seat → u1; u2 → O. Without quotas: K's 2 seats → u1, u2; r1 → O.
     */
    private static QuotaResult round() {
        return new RoundFixture()
                .high("K", 2, "0.5", null, Tier.KEY)
                .high("O", 5, "0", null, Tier.ORDINARY)
                .junior("J1", Location.URBAN)
                .junior("J2", Location.RURAL)
                .candidate("u1", "J1", "700", null, "K", "O")
                .candidate("u2", "J1", "690", null, "K", "O")
                .candidate("r1", "J2", "600", "K", "K", "O")
                .plan(policy(ApportionmentMethod.WEBSTER, 0, "1", "1", "3"));
    }

    @Test
    void counterfactual() {
        QuotaResult result = round();
        assertThat(school(result, "r1")).isEqualTo("K");
        assertThat(school(result, "u2")).isEqualTo("O");
        // keyAdmitted J1 1 (u1), J2 1 (r1); without quota J1 2 (u1, u2), J2 0.
        assertThat(result.equity())
                .containsExactly(
                        new JuniorEquity("J1", Location.URBAN, 2, 1, 2),
                        new JuniorEquity("J2", Location.RURAL, 1, 1, 0));
    }

    @Test
    void equitySummary() {
        // Rates with quotas: J1 1/2, J2 1/1 → μ 0.75, σ 0.25 → CV 1/3. Without: 1 and 0 → μ 0.5, σ 0.5 → CV 1.
        // Rural : urban with quotas (1/1) / (1/2) = 2; without (0/1) / (2/2) = 0.
        EquitySummary s = round().equitySummary();
        assertThat(s.keyRateCv()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.keyRateCvWithoutQuota()).isCloseTo(1.0, within(1e-12));
        assertThat(s.ruralUrbanKeyRate()).isCloseTo(2.0, within(1e-12));
        assertThat(s.ruralUrbanKeyRateWithoutQuota()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void equitySummaryIsNullWhereARateIsUndefined() {
        // No key admissions at all: μ = 0 → no CV; the urban rate 0 → no ratio. Town junior highs count in no pool.
        List<JuniorEquity> none = List.of(
                new JuniorEquity("J1", Location.URBAN, 4, 0, 0), new JuniorEquity("J2", Location.RURAL, 2, 0, 0));
        assertThat(EquitySummary.of(none)).isEqualTo(new EquitySummary(null, null, null, null));
        List<JuniorEquity> townAndUrban = List.of(
                new JuniorEquity("J1", Location.URBAN, 4, 1, 2), new JuniorEquity("J2", Location.TOWN, 2, 2, 0));
        // No rural junior high → no ratio. CV with: rates 0.25, 1 → μ 0.625, σ 0.375 → 0.6.
        EquitySummary s = EquitySummary.of(townAndUrban);
        assertThat(s.ruralUrbanKeyRate()).isNull();
        assertThat(s.keyRateCv()).isCloseTo(0.6, within(1e-12));
        // Pooled, not averaged: rural (1 + 0) / (1 + 3) = 1/4 against urban 2/4 → 0.5 (the mean of the rural rates,
        // 1/2, would give 1).
        List<JuniorEquity> pooled = List.of(
                new JuniorEquity("R1", Location.RURAL, 1, 1, 0),
                new JuniorEquity("R2", Location.RURAL, 3, 0, 0),
                new JuniorEquity("U1", Location.URBAN, 4, 2, 1));
        assertThat(EquitySummary.of(pooled).ruralUrbanKeyRate()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void locationEquityPoolsTheJuniorHighsOfEachLocation() {
        // The round above: urban J1 (2 candidates) 1 with, 2 without; rural J2 (1) 1 with, 0 without.
        assertThat(LocationEquity.of(round().equity()))
                .containsExactly(
                        new LocationEquity(Location.URBAN, 1, 2, 1, 2), new LocationEquity(Location.RURAL, 1, 1, 1, 0));
        // Pooled over junior highs, URBAN before TOWN before RURAL whatever the code order; no row for an absent
        // location: rural R1 + R2 = 4 candidates, 1 with, 0 without; town T1 2, 2, 0; urban U1 4, 2, 1.
        List<LocationEquity> pooled = LocationEquity.of(List.of(
                new JuniorEquity("R1", Location.RURAL, 1, 1, 0),
                new JuniorEquity("R2", Location.RURAL, 3, 0, 0),
                new JuniorEquity("T1", Location.TOWN, 2, 2, 0),
                new JuniorEquity("U1", Location.URBAN, 4, 2, 1)));
        assertThat(pooled)
                .containsExactly(
                        new LocationEquity(Location.URBAN, 1, 4, 2, 1),
                        new LocationEquity(Location.TOWN, 1, 2, 2, 0),
                        new LocationEquity(Location.RURAL, 2, 4, 1, 0));
        assertThat(pooled.getLast().keyRate()).isEqualTo(0.25);
        assertThat(pooled.getFirst().keyRateWithoutQuota()).isEqualTo(0.25);
    }
}
