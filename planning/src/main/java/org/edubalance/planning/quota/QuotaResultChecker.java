package org.edubalance.planning.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.quota.Candidate;
import org.edubalance.core.quota.HighSchool;
import org.edubalance.core.quota.QuotaPolicy;
import org.edubalance.core.quota.QuotaRound;
import org.edubalance.planning.quota.QuotaResult.Admission;
import org.edubalance.planning.quota.QuotaResult.Allocation;
import org.edubalance.planning.quota.QuotaResult.HighSchoolQuota;

/**
 * Re-checks a result against the rules of docs/planning/quota.md from the round alone, sharing with the planner only
 * the records and the exact comparison of scores: it recounts the quota seats of each school and their allocation, checks that each quota
 * admission lies within its junior high's allocation, matches the quota choice and reaches the minimum score, that no
 * school admits more than its seats, and that both batches are fair: nobody ranked above an admitted candidate was
 * passed over for a school they asked for first.
 */
public final class QuotaResultChecker {
    private QuotaResultChecker() {}

    /** A broken rule: its code, whom it concerns (a school, an allocation, a candidate) and the figures. */
    public record Violation(String rule, String subject, String figures) {}

    /** The rules {@code result} breaks; empty when it keeps them all. */
    public static List<Violation> check(QuotaRound round, QuotaPolicy policy, QuotaResult result) {
        List<Violation> violations = new ArrayList<>();
        Map<String, HighSchool> highs = new HashMap<>();
        round.highSchools().forEach(h -> highs.put(h.code(), h));
        Map<String, Integer> candidatesOf = new HashMap<>();
        round.candidates().forEach(c -> candidatesOf.merge(c.juniorSchool(), 1, Integer::sum));
        Map<String, Integer> allocated = new HashMap<>();
        checkApportionment(policy, result, highs, candidatesOf, allocated, violations);
        List<Candidate> candidates = round.candidates();
        if (result.admissions().size() != candidates.size()) {
            violations.add(new Violation(
                    "admissions.count",
                    "admissions",
                    result.admissions().size() + " admissions for " + candidates.size() + " candidates"));
            return violations;
        }
        // Ranking is checked pairwise against each school's last admitted, not by sorting: the checker compares a
        // candidate with a handful of others, in the plain exact order of the rule (scores, then lottery numbers).
        Comparator<Integer> before = (x, y) -> {
            int c = CandidateOrder.compareExactly(candidates.get(x), candidates.get(y));
            return c != 0
                    ? c
                    : result.admissions()
                            .get(x)
                            .lotteryNumber()
                            .compareTo(result.admissions().get(y).lotteryNumber());
        };
        Map<String, Integer> quotaAdmitted = new HashMap<>();
        Map<String, Integer> lastQuota = new HashMap<>();
        Map<String, Integer> admitted = new HashMap<>();
        Map<String, Integer> generalAdmitted = new HashMap<>();
        Map<String, Integer> lastGeneral = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Admission a = result.admissions().get(i);
            if (!a.candidateId().equals(c.id())) {
                violations.add(new Violation("admissions.order", c.id(), "row " + i + " is " + a.candidateId()));
                continue;
            }
            if (a.school() == null) {
                continue;
            }
            admitted.merge(a.school(), 1, Integer::sum);
            if (a.batch() == Batch.QUOTA) {
                String key = a.school() + "|" + c.juniorSchool();
                quotaAdmitted.merge(key, 1, Integer::sum);
                lastQuota.merge(key, i, (x, y) -> before.compare(x, y) >= 0 ? x : y);
                HighSchool h = highs.get(a.school());
                if (!a.school().equals(c.quotaChoice())) {
                    violations.add(new Violation("quota.choice", c.id(), a.school() + " vs " + c.quotaChoice()));
                } else if (h != null && h.quotaMinScore() != null && c.score().compareTo(h.quotaMinScore()) < 0) {
                    violations.add(new Violation("quota.minScore", c.id(), c.score() + " < " + h.quotaMinScore()));
                }
            } else {
                generalAdmitted.merge(a.school(), 1, Integer::sum);
                lastGeneral.merge(a.school(), i, (x, y) -> before.compare(x, y) >= 0 ? x : y);
                if (!c.choices().contains(a.school())) {
                    violations.add(new Violation("general.choice", c.id(), a.school() + " not in " + c.choices()));
                }
            }
        }
        quotaAdmitted.forEach((key, count) -> {
            int seats = allocated.getOrDefault(key, 0);
            if (count > seats) {
                violations.add(new Violation("quota.allocation", key, count + " admitted > " + seats + " seats"));
            }
        });
        admitted.forEach((school, count) -> {
            HighSchool h = highs.get(school);
            if (h == null || count > h.seats()) {
                violations.add(new Violation(
                        "school.seats", school, count + " admitted > " + (h == null ? 0 : h.seats()) + " seats"));
            }
        });
        checkFairness(round, result, before, lastQuota, lastGeneral, violations);
        return violations;
    }

    private static void checkApportionment(
            QuotaPolicy policy,
            QuotaResult result,
            Map<String, HighSchool> highs,
            Map<String, Integer> candidatesOf,
            Map<String, Integer> allocated,
            List<Violation> violations) {
        long withQuota =
                highs.values().stream().filter(h -> h.quotaShare().signum() > 0).count();
        if (withQuota != result.apportionment().size()) {
            violations.add(new Violation(
                    "apportionment.schools",
                    "apportionment",
                    result.apportionment().size() + " listed, " + withQuota + " schools with a quota share"));
        }
        for (HighSchoolQuota q : result.apportionment()) {
            HighSchool h = highs.get(q.highSchool());
            if (h == null) {
                violations.add(new Violation("apportionment.school", q.highSchool(), "not a high school of the round"));
                continue;
            }
            int quota = h.quotaShare()
                    .multiply(new BigDecimal(h.seats()))
                    .add(new BigDecimal("0.5"))
                    .setScale(0, RoundingMode.FLOOR)
                    .intValue();
            int sum = 0;
            for (Allocation a : q.allocations()) {
                sum += a.seats();
                allocated.put(q.highSchool() + "|" + a.juniorSchool(), a.seats());
                if (a.seats() < policy.minPerSchool()) {
                    violations.add(new Violation(
                            "apportionment.minPerSchool",
                            q.highSchool() + "|" + a.juniorSchool(),
                            a.seats() + " < " + policy.minPerSchool()));
                }
                if (!Integer.valueOf(a.candidates()).equals(candidatesOf.get(a.juniorSchool()))) {
                    violations.add(new Violation(
                            "apportionment.candidates",
                            q.highSchool() + "|" + a.juniorSchool(),
                            a.candidates() + " listed, " + candidatesOf.get(a.juniorSchool()) + " counted"));
                }
            }
            if (q.quotaSeats() != quota || sum != quota || q.allocations().size() != candidatesOf.size()) {
                violations.add(new Violation(
                        "apportionment.seats",
                        q.highSchool(),
                        "Q " + q.quotaSeats() + ", allocated " + sum + ", recounted " + quota + ", "
                                + q.allocations().size() + " of " + candidatesOf.size() + " junior highs"));
            }
        }
    }

    private static void checkFairness(
            QuotaRound round,
            QuotaResult result,
            Comparator<Integer> before,
            Map<String, Integer> lastQuota,
            Map<String, Integer> lastGeneral,
            List<Violation> violations) {
        List<Candidate> candidates = round.candidates();
        Map<String, HighSchool> highs = new HashMap<>();
        round.highSchools().forEach(h -> highs.put(h.code(), h));
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Admission a = result.admissions().get(i);
            if (a.batch() == Batch.QUOTA) {
                continue;
            }
            String choice = c.quotaChoice();
            if (choice != null) {
                String key = choice + "|" + c.juniorSchool();
                HighSchool h = highs.get(choice);
                boolean eligible =
                        h != null && (h.quotaMinScore() == null || c.score().compareTo(h.quotaMinScore()) >= 0);
                Integer worst = lastQuota.get(key);
                if (eligible && worst != null && before.compare(i, worst) < 0) {
                    violations.add(new Violation("quota.fairness", c.id(), "passed over at " + key));
                }
            }
            for (String school : c.choices()) {
                if (school.equals(a.school())) {
                    break;
                }
                Integer worst = lastGeneral.get(school);
                if (worst != null && before.compare(i, worst) < 0) {
                    violations.add(new Violation(
                            "general.fairness",
                            c.id(),
                            "ranks above " + candidates.get(worst).id() + ", whom " + school + " (listed before "
                                    + (a.school() == null ? "being unplaced" : a.school()) + ") admitted"));
                }
            }
        }
    }
}
