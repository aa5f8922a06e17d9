package org.edubalance.planning.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.quota.QuotaResult.Admission;
import org.edubalance.planning.quota.QuotaResult.Cutoff;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;
import org.jspecify.annotations.Nullable;

/**
 * Why a candidate was placed where they were, and what the quota seats change for a junior high (docs/planning/quota.md
 * §7), as codes and figures; the report module words them. Computed from the round and its result alone, so a
 * published result explains itself.
 */
public final class QuotaExplanation {
    private final QuotaRound round;
    private final QuotaResult result;
    private final int[] rank;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, HighSchool> highs = new HashMap<>();

    /** Where a candidate stood in the quota batch. */
    public enum QuotaStanding {
        /** Within the first s_hj of the junior high: admitted by quota. */
        ADMITTED,
        /** The junior high got no seat of this school's quota. */
        NO_SEATS,
        /** Below the school's minimum score for quota candidates. */
        BELOW_MIN_SCORE,
        /** Ranked after the allocation's seats among the junior high's candidates for this school. */
        OUTRANKED
    }

    /**
     * The quota batch for one candidate: the school asked for, the seats of their junior high there, their rank among
     * its candidates for that school who reach the minimum (0 when below it), and the outcome.
     */
    public record QuotaLine(String highSchool, int seats, int rankAtJunior, QuotaStanding standing) {}

    /** A school listed before the one a candidate got (or any, when unplaced): full before their turn, its cut-off. */
    public record EarlierChoice(String school, @Nullable BigDecimal generalCutoff) {}

    /**
     * One candidate's placement.
     *
     * @param rank 1-based position in the candidate order of the whole round
     * @param quota the quota batch, or null without a quota choice
     * @param cutoffMet the cut-off of the batch (and allocation) that admitted them, null when unplaced
     * @param earlierChoices the schools listed before their own that were full before their turn, in their order
     */
    public record CandidateExplanation(
            String candidateId,
            String juniorSchool,
            @Nullable String school,
            @Nullable Batch batch,
            int rank,
            @Nullable QuotaLine quota,
            @Nullable BigDecimal cutoffMet,
            List<EarlierChoice> earlierChoices) {}

    /** What the quota seats change for one junior high: key-school admissions with and without them. */
    public record JuniorExplanation(
            String juniorSchool,
            Location location,
            int candidates,
            int quotaSeats,
            int keyAdmitted,
            int keyAdmittedWithoutQuota) {

        /** keyAdmitted − keyAdmittedWithoutQuota: positive when the quotas bring the junior high places. */
        public int change() {
            return keyAdmitted - keyAdmittedWithoutQuota;
        }
    }

    public QuotaExplanation(QuotaRound round, QuotaResult result) {
        this.round = round;
        this.result = result;
        List<Candidate> candidates = round.candidates();
        String[] numbers =
                result.admissions().stream().map(Admission::lotteryNumber).toArray(String[]::new);
        int[] order = CandidateOrder.of(candidates, numbers);
        rank = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        for (int i = 0; i < candidates.size(); i++) {
            indexById.put(candidates.get(i).id(), i);
        }
        round.highSchools().forEach(h -> highs.put(h.code(), h));
    }

    /** The explanation of candidate {@code id}, or null when the round has no such candidate. */
    public @Nullable CandidateExplanation candidate(String id) {
        Integer i = indexById.get(id);
        if (i == null) {
            return null;
        }
        Candidate c = round.candidates().get(i);
        Admission a = result.admissions().get(i);
        QuotaLine quota = c.quotaChoice() == null ? null : quotaLine(i, c, a);
        BigDecimal cutoff = null;
        for (Cutoff k : result.cutoffs()) {
            if (k.school().equals(a.school())
                    && k.batch() == a.batch()
                    && (a.batch() == Batch.GENERAL || c.juniorSchool().equals(k.juniorSchool()))) {
                cutoff = k.lastScore();
            }
        }
        List<EarlierChoice> earlier = new ArrayList<>();
        if (a.batch() != Batch.QUOTA) {
            for (String school : c.choices()) {
                if (school.equals(a.school())) {
                    break;
                }
                earlier.add(new EarlierChoice(school, generalCutoff(school)));
            }
        }
        return new CandidateExplanation(
                c.id(), c.juniorSchool(), a.school(), a.batch(), rank[i] + 1, quota, cutoff, List.copyOf(earlier));
    }

    /** What the quota seats change for each junior high, by code. */
    public List<JuniorExplanation> juniorHighs() {
        Map<String, Integer> keyQuotaSeats = new HashMap<>();
        for (var q : result.apportionment()) {
            HighSchool h = highs.get(q.highSchool());
            if (h != null && h.tier() == Tier.KEY) {
                q.allocations().forEach(a -> keyQuotaSeats.merge(a.juniorSchool(), a.seats(), Integer::sum));
            }
        }
        List<JuniorExplanation> lines = new ArrayList<>();
        for (JuniorEquity e : result.equity()) {
            lines.add(new JuniorExplanation(
                    e.juniorSchool(),
                    e.location(),
                    e.candidates(),
                    keyQuotaSeats.getOrDefault(e.juniorSchool(), 0),
                    e.keyAdmitted(),
                    e.keyAdmittedWithoutQuota()));
        }
        return lines;
    }

    private QuotaLine quotaLine(int i, Candidate c, Admission a) {
        String h = c.quotaChoice();
        int seats = 0;
        for (var q : result.apportionment()) {
            if (q.highSchool().equals(h)) {
                for (var allocation : q.allocations()) {
                    if (allocation.juniorSchool().equals(c.juniorSchool())) {
                        seats = allocation.seats();
                    }
                }
            }
        }
        HighSchool school = highs.get(h);
        boolean meets =
                school == null || school.quotaMinScore() == null || c.score().compareTo(school.quotaMinScore()) >= 0;
        int rankAtJunior = 0;
        if (meets) {
            rankAtJunior = 1;
            List<Candidate> all = round.candidates();
            for (int k = 0; k < all.size(); k++) {
                Candidate o = all.get(k);
                if (k != i
                        && rank[k] < rank[i]
                        && h.equals(o.quotaChoice())
                        && o.juniorSchool().equals(c.juniorSchool())
                        && (school == null
                                || school.quotaMinScore() == null
                                || o.score().compareTo(school.quotaMinScore()) >= 0)) {
                    rankAtJunior++;
                }
            }
        }
        QuotaStanding standing;
        if (a.batch() == Batch.QUOTA) {
            standing = QuotaStanding.ADMITTED;
        } else if (seats == 0) {
            standing = QuotaStanding.NO_SEATS;
        } else if (!meets) {
            standing = QuotaStanding.BELOW_MIN_SCORE;
        } else {
            standing = QuotaStanding.OUTRANKED;
        }
        return new QuotaLine(h, seats, rankAtJunior, standing);
    }

    private @Nullable BigDecimal generalCutoff(String school) {
        for (Cutoff k : result.cutoffs()) {
            if (k.school().equals(school) && k.batch() == Batch.GENERAL) {
                return k.lastScore();
            }
        }
        return null;
    }
}
