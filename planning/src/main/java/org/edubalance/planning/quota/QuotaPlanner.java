package org.edubalance.planning.quota;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.planning.PhaseTimes;
import org.edubalance.planning.lottery.LotteryInput;
import org.edubalance.planning.lottery.LotteryV1;
import org.edubalance.planning.quota.QuotaResult.Admission;
import org.edubalance.planning.quota.QuotaResult.Allocation;
import org.edubalance.planning.quota.QuotaResult.HighSchoolQuota;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;
import org.edubalance.planning.quota.QuotaResult.Lottery;

/**
 * Runs an admission round (docs/planning/quota.md): the draw from the inputs' commit and the public value, each
 * candidate's lottery number, the candidate order, the apportionment of every quota, the quota batch, the general
 * batch, the cut-offs and the counterfactual without quotas. Every step is a rule with one result; the same inputs
 * and public value always give the same document.
 */
public final class QuotaPlanner {
    private QuotaPlanner() {}

    /**
     * The result of {@code round} under {@code policy}, drawn with {@code publicValue} over the commit of {@code
     * inputs} (schools, high_schools, candidates, policy).
     *
     * @throws IllegalArgumentException when the public value is empty
     * @throws org.edubalance.planning.PlanningProblemInvalidException when the round has no candidates or a quota
     *     cannot give every junior high its minimum
     */
    public static QuotaResult plan(
            QuotaRound round, QuotaPolicy policy, List<LotteryInput> inputs, String publicValue) {
        return plan(round, policy, inputs, publicValue, PhaseTimes.NONE);
    }

    /**
     * As {@link #plan(QuotaRound, QuotaPolicy, List, String)}, marking on {@code times} the phases {@code lottery
     * numbers} (the draw and every candidate's number) and {@code mechanism} (the rest: order, apportionment, both
     * batches, cut-offs, the counterfactual and the result).
     */
    public static QuotaResult plan(
            QuotaRound round, QuotaPolicy policy, List<LotteryInput> inputs, String publicValue, PhaseTimes times) {
        LotteryV1.Draw draw = LotteryV1.draw(LotteryV1.commit(inputs), publicValue);
        QuotaProblem problem = QuotaProblem.of(round, policy);
        LotteryV1.Numbering numbering = draw.numbering();
        times.mark("mechanism");
        String[] numbers = numbers(problem, draw);
        times.mark("lottery numbers");
        int[] order = CandidateOrder.of(round.candidates(), numbers);
        int[][] allocation = allocate(problem, numbering);
        int[] quota = QuotaBatch.admit(problem, order, allocation);
        HighSchool[] highs = problem.highSchools;
        int[] generalSeats = new int[highs.length];
        for (int h = 0; h < highs.length; h++) {
            generalSeats[h] = highs[h].seats();
        }
        for (int school : quota) {
            if (school >= 0) {
                generalSeats[school]--;
            }
        }
        int[] general = GeneralBatch.admit(problem, order, generalSeats, quota);
        int[] allSeats = new int[highs.length];
        for (int h = 0; h < highs.length; h++) {
            allSeats[h] = highs[h].seats();
        }
        int[] withoutQuota = GeneralBatch.admit(problem, order, allSeats, null);
        List<JuniorEquity> equity = equity(problem, quota, general, withoutQuota);
        var result = new QuotaResult(
                round.year(),
                round.areaCode(),
                policy.id(),
                new Lottery(inputs, draw.commit(), draw.publicValue(), draw.seed()),
                apportionment(problem, allocation),
                admissions(problem, quota, general, numbers),
                Cutoffs.of(problem, order, quota, general),
                equity,
                EquitySummary.of(equity));
        times.mark("mechanism");
        return result;
    }

    /**
     * Every candidate's lottery number. 100,000 HMACs are most of a round's arithmetic, so the candidates are numbered
     * in one slice per processor, each with its own {@link LotteryV1.Numbering} (a Mac is not thread-safe).
     */
    private static String[] numbers(QuotaProblem problem, LotteryV1.Draw draw) {
        int n = problem.candidates();
        String[] numbers = new String[n];
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 10_000));
        java.util.stream.IntStream.range(0, slices).parallel().forEach(slice -> {
            LotteryV1.Numbering numbering = draw.numbering();
            for (int i = slice * n / slices; i < (slice + 1) * n / slices; i++) {
                numbers[i] = numbering.number(problem.candidate(i).id());
            }
        });
        return numbers;
    }

    /** s_hj for every high school with a quota share (zeros for the others). */
    private static int[][] allocate(QuotaProblem problem, LotteryV1.Numbering numbering) {
        HighSchool[] highs = problem.highSchools;
        long[] votes = problem.votes();
        int[][] allocation = new int[highs.length][];
        for (int h = 0; h < highs.length; h++) {
            HighSchool school = highs[h];
            if (!school.hasQuota()) {
                allocation[h] = new int[problem.juniorCodes.length];
                continue;
            }
            allocation[h] = Apportionment.seats(
                    school.code(),
                    school.quotaSeats(),
                    problem.policy.method(),
                    problem.policy.minPerSchool(),
                    votes,
                    j -> numbering.number("quota|" + school.code() + "|" + problem.juniorCodes[j]));
        }
        return allocation;
    }

    private static List<HighSchoolQuota> apportionment(QuotaProblem problem, int[][] allocation) {
        List<HighSchoolQuota> lines = new ArrayList<>();
        HighSchool[] highs = problem.highSchools;
        for (int h = 0; h < highs.length; h++) {
            if (!highs[h].hasQuota()) {
                continue;
            }
            List<Allocation> allocations = new ArrayList<>(problem.juniorCodes.length);
            for (int j = 0; j < problem.juniorCodes.length; j++) {
                allocations.add(new Allocation(
                        problem.juniorCodes[j],
                        problem.juniorCandidates[j],
                        problem.policy.weight(problem.juniorLocations[j]),
                        allocation[h][j]));
            }
            lines.add(new HighSchoolQuota(highs[h].code(), highs[h].seats(), highs[h].quotaSeats(), allocations));
        }
        return lines;
    }

    private static List<Admission> admissions(QuotaProblem problem, int[] quota, int[] general, String[] numbers) {
        List<Admission> admissions = new ArrayList<>(numbers.length);
        for (int i = 0; i < numbers.length; i++) {
            String id = problem.candidate(i).id();
            if (quota[i] >= 0) {
                admissions.add(new Admission(id, problem.highSchools[quota[i]].code(), Batch.QUOTA, numbers[i]));
            } else if (general[i] >= 0) {
                admissions.add(new Admission(id, problem.highSchools[general[i]].code(), Batch.GENERAL, numbers[i]));
            } else {
                admissions.add(new Admission(id, null, null, numbers[i]));
            }
        }
        return admissions;
    }

    private static List<JuniorEquity> equity(QuotaProblem problem, int[] quota, int[] general, int[] withoutQuota) {
        int juniors = problem.juniorCodes.length;
        int[] key = new int[juniors];
        int[] keyWithout = new int[juniors];
        for (int i = 0; i < problem.candidates(); i++) {
            int school = quota[i] >= 0 ? quota[i] : general[i];
            if (school >= 0 && problem.isKey(school)) {
                key[problem.junior[i]]++;
            }
            if (withoutQuota[i] >= 0 && problem.isKey(withoutQuota[i])) {
                keyWithout[problem.junior[i]]++;
            }
        }
        List<JuniorEquity> equity = new ArrayList<>(juniors);
        for (int j = 0; j < juniors; j++) {
            equity.add(new JuniorEquity(
                    problem.juniorCodes[j],
                    problem.juniorLocations[j],
                    problem.juniorCandidates[j],
                    key[j],
                    keyWithout[j]));
        }
        return equity;
    }
}
