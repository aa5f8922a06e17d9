package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.planning.quota.RoundFixture.policy;

import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.junit.jupiter.api.Test;

/** The cut-offs rule (docs/planning/quota.md §4.3), worked by hand. */
class CutoffsTest {
    @Test
    void cutoffsOfTheGeneralBatch() {
        // The round of GeneralBatchTest: H1 last admitted c3 (620), H2 last admitted c2 (630); no quota allocations.
        var result = generalRound().plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(result.cutoffs())
                .extracting(c -> c.school() + " " + c.batch() + " " + c.juniorSchool() + " " + c.lastScore())
                .containsExactly("H1 GENERAL null 620", "H2 GENERAL null 630");
    }

    @Test
    void cutoffsListTheGeneralBatchThenEachQuotaAllocationByJuniorHigh() {
        // H: 4 seats, share 0.5 → Q = 2; J1 and J2 have 2 candidates each → 1 seat each. Quota: J1 a 650, J2 c 600.
        // General: 4 − 2 = 2 seats for b 640 and d 590. Cut-offs: H GENERAL 590, H QUOTA J1 650, H QUOTA J2 600.
        var result = new RoundFixture()
                .high("H", 4, "0.5", null, Tier.KEY)
                .junior("J2", Location.RURAL)
                .junior("J1", Location.URBAN)
                .candidate("a", "J1", "650", "H", "H")
                .candidate("b", "J1", "640", null, "H")
                .candidate("c", "J2", "600", "H", "H")
                .candidate("d", "J2", "590", null, "H")
                .plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(result.cutoffs())
                .extracting(c -> c.school() + " " + c.batch() + " " + c.juniorSchool() + " " + c.lastScore())
                .containsExactly("H GENERAL null 590", "H QUOTA J1 650", "H QUOTA J2 600");
    }

    private static RoundFixture generalRound() {
        return new RoundFixture()
                .high("H1", 2, "0", null, Tier.KEY)
                .high("H2", 1, "0", null, Tier.ORDINARY)
                .junior("J", Location.URBAN)
                .candidate("c4", "J", "610", null, "H1")
                .candidate("c3", "J", "620", null, "H2", "H1")
                .candidate("c2", "J", "630", null, "H2", "H1")
                .candidate("c1", "J", "640", null, "H1");
    }
}
