package org.edubalance.planning.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edubalance.planning.quota.RoundFixture.policy;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.quota.QuotaResult.Admission;
import org.edubalance.planning.quota.QuotaResult.Allocation;
import org.edubalance.planning.quota.QuotaResult.HighSchoolQuota;
import org.edubalance.planning.quota.QuotaResultChecker.Violation;
import org.junit.jupiter.api.Test;

/** The independent checker accepts the planner's results and names each rule a tampered result breaks. */
class QuotaResultCheckerTest {
    private static final QuotaPolicy WEBSTER = policy(ApportionmentMethod.WEBSTER);

    /** H1 2 seats, H2 1; c1 640 [H1], c2 630 [H2, H1], c3 620 [H2, H1], c4 610 [H1] → H1, H2, H1, unplaced. */
    private static RoundFixture general() {
        return new RoundFixture()
                .high("H1", 2, "0", null, Tier.KEY)
                .high("H2", 1, "0", null, Tier.ORDINARY)
                .junior("J", Location.URBAN)
                .candidate("c1", "J", "640", null, "H1")
                .candidate("c2", "J", "630", null, "H2", "H1")
                .candidate("c3", "J", "620", null, "H2", "H1")
                .candidate("c4", "J", "610", null, "H1");
    }

    /** K 2 seats, Q = 1 for J2 (rural weight 3); r1 by quota, u1 general at K, u2 at O. */
    private static RoundFixture quota() {
        return new RoundFixture()
                .high("K", 2, "0.5", "550", Tier.KEY)
                .high("O", 5, "0", null, Tier.ORDINARY)
                .junior("J1", Location.URBAN)
                .junior("J2", Location.RURAL)
                .candidate("u1", "J1", "700", null, "K", "O")
                .candidate("u2", "J1", "690", null, "K", "O")
                .candidate("r1", "J2", "600", "K", "K", "O");
    }

    @Test
    void thePlannersResultsKeepEveryRule() {
        assertThat(QuotaResultChecker.check(
                        general().round(), WEBSTER, general().plan(WEBSTER)))
                .isEmpty();
        QuotaPolicy rural = policy(ApportionmentMethod.WEBSTER, 0, "1", "1", "3");
        assertThat(QuotaResultChecker.check(quota().round(), rural, quota().plan(rural)))
                .isEmpty();
    }

    @Test
    void aCandidatePassedOverForAnEarlierChoiceIsUnfair() {
        // Give c3's seat at H1 to c4: c3 ranks above c4 and listed H1 before being unplaced.
        QuotaResult planned = general().plan(WEBSTER);
        List<Admission> admissions = new ArrayList<>(planned.admissions());
        admissions.set(2, new Admission("c3", null, null, admissions.get(2).lotteryNumber()));
        admissions.set(
                3, new Admission("c4", "H1", Batch.GENERAL, admissions.get(3).lotteryNumber()));
        assertThat(QuotaResultChecker.check(general().round(), WEBSTER, with(planned, admissions)))
                .extracting(Violation::rule, Violation::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("general.fairness", "c3"));
    }

    @Test
    void aQuotaAdmissionOutsideItsAllocationOrChoiceIsCaught() {
        // u1 (J1, no quota choice) recorded as a quota admission to K: J1's allocation at K is 0 seats.
        QuotaPolicy rural = policy(ApportionmentMethod.WEBSTER, 0, "1", "1", "3");
        QuotaResult planned = quota().plan(rural);
        List<Admission> admissions = new ArrayList<>(planned.admissions());
        admissions.set(
                0, new Admission("u1", "K", Batch.QUOTA, admissions.get(0).lotteryNumber()));
        assertThat(QuotaResultChecker.check(quota().round(), rural, with(planned, admissions)))
                .extracting(Violation::rule)
                .contains("quota.choice", "quota.allocation");
    }

    @Test
    void aQuotaAdmissionBelowTheMinimumScoreIsCaught() {
        QuotaPolicy rural = policy(ApportionmentMethod.WEBSTER, 0, "1", "1", "3");
        var low = new RoundFixture()
                .high("K", 2, "0.5", "650", Tier.KEY)
                .junior("J", Location.RURAL)
                .candidate("r1", "J", "600", "K");
        QuotaResult planned = low.plan(rural);
        assertThat(planned.admissions().getFirst().school()).isNull();
        List<Admission> admissions = List.of(new Admission(
                "r1", "K", Batch.QUOTA, planned.admissions().getFirst().lotteryNumber()));
        assertThat(QuotaResultChecker.check(low.round(), rural, with(planned, admissions)))
                .extracting(Violation::rule)
                .containsExactly("quota.minScore");
    }

    @Test
    void aMiscountedApportionmentIsCaught() {
        QuotaPolicy rural = policy(ApportionmentMethod.WEBSTER, 0, "1", "1", "3");
        QuotaResult planned = quota().plan(rural);
        HighSchoolQuota k = planned.apportionment().getFirst();
        List<Allocation> doubled = k.allocations().stream()
                .map(a -> new Allocation(a.juniorSchool(), a.candidates(), a.weight(), 2 * a.seats()))
                .toList();
        QuotaResult tampered = new QuotaResult(
                planned.year(),
                planned.areaCode(),
                planned.policy(),
                planned.lottery(),
                List.of(new HighSchoolQuota(k.highSchool(), k.seats(), k.quotaSeats(), doubled)),
                planned.admissions(),
                planned.cutoffs(),
                planned.equity(),
                planned.equitySummary());
        assertThat(QuotaResultChecker.check(quota().round(), rural, tampered))
                .extracting(Violation::rule)
                .containsExactly("apportionment.seats");
    }

    private static QuotaResult with(QuotaResult r, List<Admission> admissions) {
        return new QuotaResult(
                r.year(),
                r.areaCode(),
                r.policy(),
                r.lottery(),
                r.apportionment(),
                admissions,
                r.cutoffs(),
                r.equity(),
                r.equitySummary());
    }
}
