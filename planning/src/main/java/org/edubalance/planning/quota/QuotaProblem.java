package org.edubalance.planning.quota;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.core.quota.Tier;
import org.edubalance.core.school.Location;
import org.edubalance.planning.PlanningProblemInvalidException;
import org.jspecify.annotations.Nullable;

/**
 * A round as arrays: high schools and junior highs by index in code order, each candidate's junior high, quota choice
 * and choices as indices. The rules work on these indices so that 100,000 candidates are placed without a map lookup
 * per step.
 */
final class QuotaProblem {
    final QuotaRound round;
    final QuotaPolicy policy;
    final HighSchool[] highSchools;
    final String[] juniorCodes;
    final Location[] juniorLocations;
    final int[] juniorCandidates;
    /** Per candidate, in file order. */
    final int[] junior;

    final int[] quotaChoice;
    final int[][] choices;

    private QuotaProblem(QuotaRound round, QuotaPolicy policy) {
        this.round = round;
        this.policy = policy;
        List<Candidate> candidates = round.candidates();
        if (candidates.isEmpty()) {
            throw new PlanningProblemInvalidException("No candidates in " + round.year() + " in area "
                    + round.areaCode() + ". Maybe the year or the area code is wrong.");
        }
        highSchools = round.highSchools().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toArray(HighSchool[]::new);
        Map<String, Integer> highIndex = new HashMap<>();
        for (int h = 0; h < highSchools.length; h++) {
            highIndex.put(highSchools[h].code(), h);
        }
        var codes = new TreeSet<String>();
        candidates.forEach(c -> codes.add(c.juniorSchool()));
        juniorCodes = codes.toArray(String[]::new);
        Map<String, Integer> juniorIndex = new HashMap<>();
        juniorLocations = new Location[juniorCodes.length];
        for (int j = 0; j < juniorCodes.length; j++) {
            juniorIndex.put(juniorCodes[j], j);
            juniorLocations[j] = round.juniorLocations().get(juniorCodes[j]);
        }
        int n = candidates.size();
        junior = new int[n];
        quotaChoice = new int[n];
        choices = new int[n][];
        juniorCandidates = new int[juniorCodes.length];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            junior[i] = juniorIndex.get(c.juniorSchool());
            juniorCandidates[junior[i]]++;
            quotaChoice[i] = c.quotaChoice() == null ? -1 : highIndex.getOrDefault(c.quotaChoice(), -1);
            // A choice outside the round's high schools has no seat; the importer already refuses one.
            choices[i] = c.choices().stream()
                    .mapToInt(code -> highIndex.getOrDefault(code, -1))
                    .filter(h -> h >= 0)
                    .toArray();
        }
    }

    static QuotaProblem of(QuotaRound round, QuotaPolicy policy) {
        return new QuotaProblem(round, policy);
    }

    int candidates() {
        return junior.length;
    }

    Candidate candidate(int i) {
        return round.candidates().get(i);
    }

    boolean isKey(int h) {
        return highSchools[h].tier() == Tier.KEY;
    }

    /** Whether candidate {@code i} reaches high school {@code h}'s quota minimum score (always, when it has none). */
    boolean meetsQuotaMinimum(int i, int h) {
        @Nullable BigDecimal minimum = highSchools[h].quotaMinScore();
        return minimum == null || candidate(i).score().compareTo(minimum) >= 0;
    }

    /**
     * The votes v_j = weight(location_j) × candidates_j as whole numbers: the weights scaled by 10^s, s their largest
     * decimal scale, so that every ratio of votes is the exact ratio of the decimals.
     */
    long[] votes() {
        int scale = 0;
        for (Location location : Location.values()) {
            scale = Math.max(scale, policy.weight(location).stripTrailingZeros().scale());
        }
        long[] votes = new long[juniorCodes.length];
        try {
            for (int j = 0; j < votes.length; j++) {
                long weight = policy.weight(juniorLocations[j])
                        .setScale(scale)
                        .unscaledValue()
                        .longValueExact();
                votes[j] = Math.multiplyExact(weight, juniorCandidates[j]);
            }
        } catch (ArithmeticException e) {
            throw new PlanningProblemInvalidException("The policy's weights have too many digits to apportion exactly: "
                    + policy.weights() + ". Maybe round them to a few decimals.");
        }
        return votes;
    }

    @Override
    public String toString() {
        return "QuotaProblem[" + round.areaCode() + " " + round.year() + ", " + highSchools.length + " high schools, "
                + juniorCodes.length + " junior highs, " + candidates() + " candidates, juniors "
                + Arrays.toString(Arrays.copyOf(juniorCodes, Math.min(3, juniorCodes.length))) + "…]";
    }
}
