package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.planning.quota.RoundFixture.policy;

import java.math.BigDecimal;
import java.util.List;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.quota.QuotaExplanation.CandidateExplanation;
import org.edubalance.planning.quota.QuotaExplanation.EarlierChoice;
import org.edubalance.planning.quota.QuotaExplanation.JuniorExplanation;
import org.edubalance.planning.quota.QuotaExplanation.QuotaLine;
import org.edubalance.planning.quota.QuotaExplanation.QuotaStanding;
import org.junit.jupiter.api.Test;

/**
 * The explanation per candidate and per junior high on a round worked by hand: H01 (KEY) 3 seats, share 0.67 → Q = 2,
 * minimum 550; H02 3 seats. J6 urban: C001 700 (quota H01), C002 690, C003 680 (quota H01); J8 rural: C004 650, C005
 * 560, C006 540 (all quota H01; C005 lists only H02). Webster: 1 seat each. Quota: C001, C004. General: H01's last seat
 * → C002 (cut-off 690); H02 → C003, C005, C006 (cut-off 540). Without quotas H01 → C001, C002, C003.
 */
class QuotaExplanationTest {
    private static final RoundFixture ROUND = new RoundFixture()
            .high("H01", 3, "0.67", "550", Tier.KEY)
            .high("H02", 3, "0", null, Tier.ORDINARY)
            .junior("J6", Location.URBAN)
            .junior("J8", Location.RURAL)
            .candidate("C001", "J6", "700", "H01", "H01", "H02")
            .candidate("C002", "J6", "690", null, "H01", "H02")
            .candidate("C003", "J6", "680", "H01", "H01", "H02")
            .candidate("C004", "J8", "650", "H01", "H01", "H02")
            .candidate("C005", "J8", "560", "H01", "H02")
            .candidate("C006", "J8", "540", "H01", "H01", "H02");

    private final QuotaExplanation explanation =
            new QuotaExplanation(ROUND.round(), ROUND.plan(policy(ApportionmentMethod.WEBSTER)));

    @Test
    void aQuotaCandidateMetTheCutoffOfTheirJuniorHighsAllocation() {
        assertThat(explanation.candidate("C001"))
                .isEqualTo(new CandidateExplanation(
                        "C001",
                        "J6",
                        "H01",
                        Batch.QUOTA,
                        1,
                        new QuotaLine("H01", 1, 1, QuotaStanding.ADMITTED),
                        new BigDecimal("700"),
                        List.of()));
    }

    @Test
    void aCandidateOutrankedAtTheirJuniorHighFindsAnEarlierChoiceFull() {
        // C003 is second at J6 for H01's one quota seat; in the general batch H01 was full at 690 before their turn.
        assertThat(explanation.candidate("C003"))
                .isEqualTo(new CandidateExplanation(
                        "C003",
                        "J6",
                        "H02",
                        Batch.GENERAL,
                        3,
                        new QuotaLine("H01", 1, 2, QuotaStanding.OUTRANKED),
                        new BigDecimal("540"),
                        List.of(new EarlierChoice("H01", new BigDecimal("690")))));
    }

    @Test
    void belowTheMinimumScoreTheQuotaRankIsZero() {
        CandidateExplanation c006 = explanation.candidate("C006");
        assertThat(c006.quota()).isEqualTo(new QuotaLine("H01", 1, 0, QuotaStanding.BELOW_MIN_SCORE));
        assertThat(c006.rank()).isEqualTo(6);
        assertThat(explanation.candidate("C005").earlierChoices()).isEmpty();
        assertThat(explanation.candidate("nobody")).isNull();
    }

    @Test
    void whatTheQuotaSeatsChangeForEachJuniorHigh() {
        // J6 loses C003's key place (2 with, 3 without); J8 gains C004's (1 with, 0 without).
        assertThat(explanation.juniorHighs())
                .containsExactly(
                        new JuniorExplanation("J6", Location.URBAN, 3, 1, 2, 3),
                        new JuniorExplanation("J8", Location.RURAL, 3, 1, 1, 0));
        assertThat(explanation.juniorHighs())
                .extracting(JuniorExplanation::change)
                .containsExactly(-1, 1);
    }
}
