package org.edubalance.planning.quota;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.quota.ApportionmentMethod;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.jspecify.annotations.Nullable;

/** Small rounds written by hand for the rule tests: high schools, junior highs with a location, candidates. */
final class RoundFixture {
    static final String PUBLIC_VALUE = "SSE composite close 2026-06-30: 3421.07";
    static final List<LotteryInput> INPUTS = List.of(
            LotteryInput.of("schools", "schools".getBytes(StandardCharsets.UTF_8)),
            LotteryInput.of("high_schools", "high".getBytes(StandardCharsets.UTF_8)),
            LotteryInput.of("candidates", "candidates".getBytes(StandardCharsets.UTF_8)),
            LotteryInput.of("policy", "policy".getBytes(StandardCharsets.UTF_8)));

    private final List<HighSchool> highs = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Location> juniors = new HashMap<>();

    RoundFixture high(String code, int seats, String share, @Nullable String minScore, Tier tier) {
        highs.add(new HighSchool(
                2026,
                "371000",
                code,
                code,
                seats,
                new BigDecimal(share),
                minScore == null ? null : new BigDecimal(minScore),
                tier));
        return this;
    }

    RoundFixture junior(String code, Location location) {
        juniors.put(code, location);
        return this;
    }

    /** A candidate without tie-break scores. */
    RoundFixture candidate(String id, String junior, String score, @Nullable String quotaChoice, String... choices) {
        return ranked(id, junior, score, null, null, null, quotaChoice, choices);
    }

    /** A candidate with tie-break scores (null: blank). */
    RoundFixture ranked(
            String id,
            String junior,
            String score,
            @Nullable String tie1,
            @Nullable String tie2,
            @Nullable String tie3,
            @Nullable String quotaChoice,
            String... choices) {
        candidates.add(new Candidate(
                2026,
                "371000",
                id,
                junior,
                new BigDecimal(score),
                tie1 == null ? null : new BigDecimal(tie1),
                tie2 == null ? null : new BigDecimal(tie2),
                tie3 == null ? null : new BigDecimal(tie3),
                quotaChoice,
                Arrays.asList(choices)));
        return this;
    }

    /** Candidates {@code prefix}1…{@code prefix}n of {@code junior}, score 500, no choices. */
    RoundFixture candidates(String prefix, String junior, int n) {
        for (int i = 1; i <= n; i++) {
            candidate(prefix + i, junior, "500", null);
        }
        return this;
    }

    QuotaRound round() {
        return new QuotaRound(2026, "371000", highs, candidates, juniors);
    }

    static QuotaPolicy policy(ApportionmentMethod method, int minPerSchool, String urban, String town, String rural) {
        Map<Location, BigDecimal> weights = new EnumMap<>(Location.class);
        weights.put(Location.URBAN, new BigDecimal(urban));
        weights.put(Location.TOWN, new BigDecimal(town));
        weights.put(Location.RURAL, new BigDecimal(rural));
        return new QuotaPolicy("national", method, minPerSchool, weights);
    }

    static QuotaPolicy policy(ApportionmentMethod method) {
        return policy(method, 0, "1.0", "1.0", "1.0");
    }

    QuotaResult plan(QuotaPolicy policy) {
        return QuotaPlanner.plan(round(), policy, INPUTS, PUBLIC_VALUE);
    }

    /** The draw the fixture's plans use, to predict which way the lottery settles a tie. */
    static LotteryV1.Draw draw() {
        return LotteryV1.draw(LotteryV1.commit(INPUTS), PUBLIC_VALUE);
    }

    /** The seats of each junior high (by code order) in high school {@code high}'s quota. */
    static List<Integer> seats(QuotaResult result, String high) {
        return result.apportionment().stream()
                .filter(q -> q.highSchool().equals(high))
                .findFirst()
                .orElseThrow()
                .allocations()
                .stream()
                .map(QuotaResult.Allocation::seats)
                .toList();
    }

    static @Nullable String school(QuotaResult result, String candidate) {
        return result.admissions().stream()
                .filter(a -> a.candidateId().equals(candidate))
                .findFirst()
                .orElseThrow()
                .school();
    }

    static @Nullable Batch batch(QuotaResult result, String candidate) {
        return result.admissions().stream()
                .filter(a -> a.candidateId().equals(candidate))
                .findFirst()
                .orElseThrow()
                .batch();
    }
}
