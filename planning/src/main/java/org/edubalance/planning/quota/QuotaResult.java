package org.edubalance.planning.quota;

import java.math.BigDecimal;
import java.util.List;
import org.edubalance.core.school.Location;
import org.edubalance.planning.lottery.LotteryInput;
import org.jspecify.annotations.Nullable;

/**
 * The result of an admission round (docs/planning/quota.md §6), the content of {@code plan quota}'s JSON document:
 * the draw, the apportionment, every candidate's admission, the cut-offs and the equity figures with and without the
 * quota seats.
 *
 * @param year the exam year
 * @param areaCode the admission area
 * @param policy the policy's name: a shipped id or the file's base name
 * @param lottery the draw that ranked equal candidates and settled equal quotients
 * @param apportionment the high schools with a quota share, by code
 * @param admissions every candidate, in the candidates file's row order
 * @param cutoffs by school code: the general batch first, then the quota allocations by junior-high code
 * @param equity every junior high, by code
 * @param equitySummary the spread of the key-school admission rate with and without quotas
 */
public record QuotaResult(
        int year,
        String areaCode,
        String policy,
        Lottery lottery,
        List<HighSchoolQuota> apportionment,
        List<Admission> admissions,
        List<Cutoff> cutoffs,
        List<JuniorEquity> equity,
        EquitySummary equitySummary) {

    public QuotaResult {
        apportionment = List.copyOf(apportionment);
        admissions = List.copyOf(admissions);
        cutoffs = List.copyOf(cutoffs);
        equity = List.copyOf(equity);
    }

    /** The draw: the inputs' hashes in the command's order, the commit, the public value and the seed (hex). */
    public record Lottery(List<LotteryInput> inputs, String commit, String publicValue, String seed) {
        public Lottery {
            inputs = List.copyOf(inputs);
        }
    }

    /** One high school's quota seats Q and their allocation to every junior high (0 seats too). */
    public record HighSchoolQuota(String highSchool, int seats, int quotaSeats, List<Allocation> allocations) {
        public HighSchoolQuota {
            allocations = List.copyOf(allocations);
        }
    }

    /** One junior high's share of a quota: its candidates, its location's weight and its seats. */
    public record Allocation(String juniorSchool, int candidates, BigDecimal weight, int seats) {}

    /** Where a candidate was admitted ({@code school} and {@code batch} null when unplaced) and their number. */
    public record Admission(
            String candidateId,
            @Nullable String school,
            @Nullable Batch batch,
            String lotteryNumber) {}

    /** The score of the last admitted to a school's general batch, or to one quota allocation (junior high set). */
    public record Cutoff(
            String school, Batch batch, @Nullable String juniorSchool, BigDecimal lastScore) {}

    /** A junior high's candidates and how many of them a quality high school admits, with and without quotas. */
    public record JuniorEquity(
            String juniorSchool, Location location, int candidates, int keyAdmitted, int keyAdmittedWithoutQuota) {}
}
