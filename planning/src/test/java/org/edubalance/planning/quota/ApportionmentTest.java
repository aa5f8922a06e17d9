package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.edubalance.planning.quota.RoundFixture.policy;
import static org.edubalance.planning.quota.RoundFixture.seats;

import java.math.BigDecimal;
import java.util.List;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.junit.jupiter.api.Test;

/** The apportionment rule (docs/planning/quota.md §3), each method on instances worked by hand. */
class ApportionmentTest {

    /** Junior highs A, B, C with 53, 24 and 23 candidates (all urban, weight 1); H has Q = ⌊0.7 × 10 + ½⌋ = 7. */
    private static RoundFixture fiftyThreeTwentyFourTwentyThree() {
        return new RoundFixture()
                .high("H", 10, "0.7", null, Tier.KEY)
                .junior("A", Location.URBAN)
                .junior("B", Location.URBAN)
                .junior("C", Location.URBAN)
                .candidates("a", "A", 53)
                .candidates("b", "B", 24)
                .candidates("c", "C", 23);
    }

    @Test
    void webster() {
        // Quotients v/(s+½): A 106, 35.3, 21.2, 15.1; B 48, 16, 9.6; C 46, 15.3, 9.2. The seven largest:
        // 106 A, 48 B, 46 C, 35.3 A, 21.2 A, 16 B, 15.3 C → A 3, B 2, C 2.
        var result = fiftyThreeTwentyFourTwentyThree().plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(result.apportionment().getFirst().quotaSeats()).isEqualTo(7);
        assertThat(seats(result, "H")).containsExactly(3, 2, 2);
    }

    @Test
    void dhondt() {
        // Quotients v/(s+1): A 53, 26.5, 17.7, 13.25, 10.6; B 24, 12, 8; C 23, 11.5. The seven largest:
        // 53, 26.5, 24, 23, 17.7, 13.25 (A), 12 (B) → A 4, B 2, C 1: D'Hondt favours the large junior high.
        var result = fiftyThreeTwentyFourTwentyThree().plan(policy(ApportionmentMethod.DHONDT));
        assertThat(seats(result, "H")).containsExactly(4, 2, 1);
    }

    @Test
    void hamilton() {
        // V = 100, Q = 7: Q·v/V = 3.71, 1.68, 1.61 → floors 3, 1, 1 (5 seats); remainders Q·v − V·s = 71, 68, 61:
        // the two seats left go to A and B → A 4, B 2, C 1.
        var result = fiftyThreeTwentyFourTwentyThree().plan(policy(ApportionmentMethod.HAMILTON));
        assertThat(seats(result, "H")).containsExactly(4, 2, 1);
    }

    @Test
    void equalQuotientsAreSettledByTheQuotaLotteryNumberExactly() {
        // U (urban, weight 0.3) has 1 candidate, R (rural, weight 0.1) has 3: both vote 0.3 exactly. In binary
        // floating point 0.1 × 3 = 0.30000000000000004 > 0.3 would hand R the seat; exactly, the quotients tie and
        // the lower of q(H, R) and q(H, U) wins. Q = ⌊1 × 1 + ½⌋ = 1.
        var fixture = new RoundFixture()
                .high("H", 1, "1", null, Tier.KEY)
                .junior("R", Location.RURAL)
                .junior("U", Location.URBAN)
                .candidates("r", "R", 3)
                .candidates("u", "U", 1);
        var draw = RoundFixture.draw();
        boolean ruralFirst = draw.number("quota|H|R").compareTo(draw.number("quota|H|U")) < 0;
        List<Integer> expected = ruralFirst ? List.of(1, 0) : List.of(0, 1);
        for (ApportionmentMethod method : ApportionmentMethod.values()) {
            var result = fixture.plan(policy(method, 0, "0.3", "1", "0.1"));
            assertThat(seats(result, "H")).as(method.name()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theQuotaLotteryNumberIsKeyedByHighSchoolAndJuniorHigh() {
        // Two high schools with one quota seat each and two junior highs of one candidate each: each tie is settled
        // by its own q(h, j), so the seat of H1 and the seat of H2 follow their own numbers.
        var result = new RoundFixture()
                .high("H1", 1, "1", null, Tier.KEY)
                .high("H2", 1, "1", null, Tier.KEY)
                .junior("J1", Location.URBAN)
                .junior("J2", Location.URBAN)
                .candidates("x", "J1", 1)
                .candidates("y", "J2", 1)
                .plan(policy(ApportionmentMethod.WEBSTER));
        var draw = RoundFixture.draw();
        for (String h : List.of("H1", "H2")) {
            boolean firstWins = draw.number("quota|" + h + "|J1").compareTo(draw.number("quota|" + h + "|J2")) < 0;
            assertThat(seats(result, h)).as(h).containsExactlyElementsOf(firstWins ? List.of(1, 0) : List.of(0, 1));
        }
    }

    @Test
    void minPerSchool() {
        // Votes 8, 1, 1, Q = ⌊0.4 × 10 + ½⌋ = 4. Without a minimum Webster gives A every seat: 16 > 2, then
        // 8/1.5 = 5.3 > 2, 8/2.5 = 3.2 > 2, 8/3.5 = 2.29 > 2 → 4, 0, 0. With minPerSchool 1: 1, 1, 1 to start, the
        // fourth seat to the largest 8/1.5 → 2, 1, 1.
        var fixture = new RoundFixture()
                .high("H", 10, "0.4", null, Tier.KEY)
                .junior("A", Location.URBAN)
                .junior("B", Location.URBAN)
                .junior("C", Location.URBAN)
                .candidates("a", "A", 8)
                .candidates("b", "B", 1)
                .candidates("c", "C", 1);
        assertThat(seats(fixture.plan(policy(ApportionmentMethod.WEBSTER)), "H"))
                .containsExactly(4, 0, 0);
        assertThat(seats(fixture.plan(policy(ApportionmentMethod.WEBSTER, 1, "1", "1", "1")), "H"))
                .containsExactly(2, 1, 1);
    }

    @Test
    void minPerSchoolAboveTheQuotaIsRefusedNamingTheHighSchool() {
        // 3 junior highs × 2 = 6 seats > Q = 4.
        var fixture = new RoundFixture()
                .high("H07", 10, "0.4", null, Tier.KEY)
                .junior("A", Location.URBAN)
                .junior("B", Location.URBAN)
                .junior("C", Location.URBAN)
                .candidates("a", "A", 1)
                .candidates("b", "B", 1)
                .candidates("c", "C", 1);
        assertThatThrownBy(() -> fixture.plan(policy(ApportionmentMethod.DHONDT, 2, "1", "1", "1")))
                .isInstanceOf(PlanningProblemInvalidException.class)
                .hasMessageContaining("H07")
                .hasMessageContaining("6 seats")
                .hasMessageContaining("4 quota seats");
    }

    @Test
    void weights() {
        // U: 3 urban candidates, R: 2 rural ones, Q = 1. Equal weights: votes 3 vs 2 → U. Rural weight 2.0:
        // votes 3 vs 4 → R.
        var fixture = new RoundFixture()
                .high("H", 2, "0.5", null, Tier.KEY)
                .junior("R", Location.RURAL)
                .junior("U", Location.URBAN)
                .candidates("r", "R", 2)
                .candidates("u", "U", 3);
        assertThat(seats(fixture.plan(policy(ApportionmentMethod.WEBSTER)), "H"))
                .containsExactly(0, 1);
        var weighted = fixture.plan(policy(ApportionmentMethod.WEBSTER, 0, "1.0", "1.0", "2.0"));
        assertThat(seats(weighted, "H")).containsExactly(1, 0);
        assertThat(weighted.apportionment().getFirst().allocations().getFirst().weight())
                .isEqualByComparingTo("2.0");
    }

    @Test
    void quotaSeatsRoundHalfUpExactly() {
        // ⌊share × seats + ½⌋ in decimals: 0.125 × 4 = 0.5 → 1; 0.35 × 10 = 3.5 → 4 (in binary 0.35 is just below);
        // 0.29 × 5 = 1.45 → 1; 0.5 × 5 = 2.5 → 3; 0.04 × 10 = 0.4 → 0.
        assertThat(quota("0.125", 4)).isEqualTo(1);
        assertThat(quota("0.35", 10)).isEqualTo(4);
        assertThat(quota("0.29", 5)).isEqualTo(1);
        assertThat(quota("0.5", 5)).isEqualTo(3);
        assertThat(quota("0.04", 10)).isZero();
    }

    @Test
    void highSchoolsWithoutAQuotaShareHaveNoApportionment() {
        var result = new RoundFixture()
                .high("H1", 10, "0", null, Tier.KEY)
                .high("H2", 10, "0.5", null, Tier.ORDINARY)
                .junior("A", Location.URBAN)
                .candidates("a", "A", 2)
                .plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(result.apportionment())
                .extracting(QuotaResult.HighSchoolQuota::highSchool)
                .containsExactly("H2");
        assertThat(seats(result, "H2")).containsExactly(5);
    }

    private static int quota(String share, int seats) {
        return new HighSchool(2026, "371000", "H", "H", seats, new BigDecimal(share), null, Tier.KEY).quotaSeats();
    }
}
