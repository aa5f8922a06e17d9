package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.school.Location;
import org.junit.jupiter.api.Test;

/** The candidate order (docs/planning/quota.md §4): score, tie1–3 descending with blanks last, lottery ascending. */
class CandidateOrderTest {

    @Test
    void scoreThenTieBreaksDescendingWithABlankBelowAnyNumber() {
        // D has the highest score. C, A, E, B share 600: tie1 95 (C) > 90 (A, E) > blank (B); between A and E,
        // tie2 80 (E) beats a blank (A); a tie1 of -5 (F) still ranks above a blank (B).
        var round = new RoundFixture()
                .junior("J", Location.URBAN)
                .ranked("A", "J", "600", "90", null, null, null)
                .ranked("B", "J", "600", null, null, null, null)
                .ranked("C", "J", "600", "95", null, null, null)
                .ranked("D", "J", "600.5", null, null, null, null)
                .ranked("E", "J", "600.0", "90", "80", null, null)
                .ranked("F", "J", "600", "-5", null, null, null)
                .round();
        String[] numbers = {"3", "2", "1", "0", "4", "5"};
        assertThat(ids(round.candidates(), CandidateOrder.of(round.candidates(), numbers)))
                .containsExactly("D", "C", "E", "A", "F", "B");
    }

    @Test
    void equalScoresAndTieBreaksGoByTheLotteryNumber() {
        // Identical scores and tie3 given for all: only the hex lottery numbers differ; "0a…" < "0f…" < "a0…".
        var round = new RoundFixture()
                .junior("J", Location.URBAN)
                .ranked("P", "J", "580", "1", "2", "3", null)
                .ranked("Q", "J", "580", "1", "2", "3", null)
                .ranked("R", "J", "580", "1", "2", "3", null)
                .round();
        String[] numbers = {"a0", "0f", "0a"};
        assertThat(ids(round.candidates(), CandidateOrder.of(round.candidates(), numbers)))
                .containsExactly("R", "Q", "P");
    }

    @Test
    void tieThreeDecidesAfterTieOneAndTwo() {
        var round = new RoundFixture()
                .junior("J", Location.URBAN)
                .ranked("X", "J", "500", "1", "1", null, null)
                .ranked("Y", "J", "500", "1", "1", "0", null)
                .round();
        assertThat(ids(round.candidates(), CandidateOrder.of(round.candidates(), new String[] {"0", "1"})))
                .containsExactly("Y", "X");
    }

    @Test
    void scoresTooPreciseForLongsAreComparedExactly() {
        // A scale of 30 digits leaves the whole-number fast path; the order must stay the exact one.
        var round = new RoundFixture()
                .junior("J", Location.URBAN)
                .ranked("S", "J", "500.000000000000000000000000001", null, null, null, null)
                .ranked("T", "J", "500.000000000000000000000000002", null, null, null, null)
                .ranked("U", "J", "500", null, null, null, null)
                .round();
        assertThat(ids(round.candidates(), CandidateOrder.of(round.candidates(), new String[] {"0", "1", "2"})))
                .containsExactly("T", "S", "U");
    }

    @Test
    void thePlannerRanksEqualCandidatesByTheirLotteryNumbers() {
        // Two candidates for one general seat with equal scores: the lower HMAC of the candidate id wins.
        var fixture = new RoundFixture()
                .high("H", 1, "0", null, org.edubalance.core.quota.Tier.KEY)
                .junior("J", Location.URBAN)
                .candidate("C1", "J", "600", null, "H")
                .candidate("C2", "J", "600", null, "H");
        var draw = RoundFixture.draw();
        String winner = draw.number("C1").compareTo(draw.number("C2")) < 0 ? "C1" : "C2";
        var result = fixture.plan(RoundFixture.policy(org.edubalance.core.quota.ApportionmentMethod.WEBSTER));
        assertThat(RoundFixture.school(result, winner)).isEqualTo("H");
        assertThat(result.admissions())
                .extracting(QuotaResult.Admission::lotteryNumber)
                .containsExactly(draw.number("C1"), draw.number("C2"));
    }

    private static List<String> ids(List<Candidate> candidates, int[] order) {
        return Arrays.stream(order).mapToObj(i -> candidates.get(i).id()).toList();
    }
}
