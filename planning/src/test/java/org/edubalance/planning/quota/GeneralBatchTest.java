package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.planning.quota.RoundFixture.batch;
import static org.edubalance.planning.quota.RoundFixture.policy;
import static org.edubalance.planning.quota.RoundFixture.school;

import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.junit.jupiter.api.Test;

/** The general batch rule (平行志愿, docs/planning/quota.md §4.2), worked by hand. */
class GeneralBatchTest {
    @Test
    void generalBatch() {
        // No quotas. H1 2 seats, H2 1 seat. In order c1 > c2 > c3 > c4: c1 [H1] → H1; c2 [H2, H1] → H2; c3 [H2, H1]
        // → H2 is full → H1; c4 [H1] → full → unplaced.
        var result = generalRound().plan(policy(ApportionmentMethod.WEBSTER));
        assertThat(school(result, "c1")).isEqualTo("H1");
        assertThat(school(result, "c2")).isEqualTo("H2");
        assertThat(school(result, "c3")).isEqualTo("H1");
        assertThat(school(result, "c4")).isNull();
        assertThat(batch(result, "c4")).isNull();
        assertThat(batch(result, "c3")).isEqualTo(Batch.GENERAL);
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
