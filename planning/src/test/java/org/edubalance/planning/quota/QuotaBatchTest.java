package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.planning.quota.RoundFixture.batch;
import static org.edubalance.planning.quota.RoundFixture.policy;
import static org.edubalance.planning.quota.RoundFixture.school;

import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.junit.jupiter.api.Test;

/** The quota batch rule (docs/planning/quota.md §4.1), worked by hand. */
class QuotaBatchTest {
    @Test
    void quotaBatch() {
        // H: 10 seats, share 0.4 → Q = 4, all to J (the only junior high). J's candidates asking H in the quota
        // batch, in order: q1 610, q2 605, q4 600 (exactly the minimum), q3 590 (below H's minimum 600). Admitted by
        // quota: q1, q2, q4; q3 is not, though a fourth quota seat is left; with no general choices q3 and n1 (no
        // quota choice) stay unplaced.
        var result = new RoundFixture()
                .high("H", 10, "0.4", "600", Tier.KEY)
                .junior("J", Location.URBAN)
                .candidate("q1", "J", "610", "H")
                .candidate("q2", "J", "605", "H")
                .candidate("q3", "J", "590", "H")
                .candidate("q4", "J", "600", "H")
                .candidate("n1", "J", "700", null)
                .plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(batch(result, "q1")).isEqualTo(Batch.QUOTA);
        assertThat(batch(result, "q2")).isEqualTo(Batch.QUOTA);
        assertThat(batch(result, "q4")).isEqualTo(Batch.QUOTA);
        assertThat(school(result, "q3")).isNull();
        assertThat(school(result, "n1")).isNull();
    }

    @Test
    void quotaMinScoreLeavesASeatToTheGeneralBatch() {
        // H: 4 seats, share 0.5 → Q = 2 for J. Quota askers: a 650, b 580 (< 600). Only a by quota; the unused
        // quota seat joins the general seats: 4 − 1 = 3 general seats for c 640, b 580, d 570 (all list H), so all
        // three are admitted in the general batch, b included (the minimum binds the quota batch only).
        var result = new RoundFixture()
                .high("H", 4, "0.5", "600", Tier.KEY)
                .junior("J", Location.URBAN)
                .candidate("a", "J", "650", "H", "H")
                .candidate("b", "J", "580", "H", "H")
                .candidate("c", "J", "640", null, "H")
                .candidate("d", "J", "570", null, "H")
                .plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(batch(result, "a")).isEqualTo(Batch.QUOTA);
        assertThat(batch(result, "b")).isEqualTo(Batch.GENERAL);
        assertThat(batch(result, "c")).isEqualTo(Batch.GENERAL);
        assertThat(batch(result, "d")).isEqualTo(Batch.GENERAL);
    }

    @Test
    void quotaSeatsGoToTheBestOfEachJuniorHighNotOfTheArea() {
        // H: 2 seats, share 1 → Q = 2; J1 and J2 have 2 candidates each (votes 2:2) → Webster 1 and 1. The two best
        // scores are both at J1 (700, 690), but J2's best (500) takes J2's seat: u2 is left out of the quota batch
        // and finds no general seat (2 − 2 = 0).
        var result = new RoundFixture()
                .high("H", 2, "1", null, Tier.KEY)
                .junior("J1", Location.URBAN)
                .junior("J2", Location.RURAL)
                .candidate("u1", "J1", "700", "H", "H")
                .candidate("u2", "J1", "690", "H", "H")
                .candidate("r1", "J2", "500", "H", "H")
                .candidate("r2", "J2", "490", null)
                .plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(RoundFixture.seats(result, "H")).containsExactly(1, 1);
        assertThat(batch(result, "u1")).isEqualTo(Batch.QUOTA);
        assertThat(batch(result, "r1")).isEqualTo(Batch.QUOTA);
        assertThat(school(result, "u2")).isNull();
    }
}
