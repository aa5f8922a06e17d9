package org.edubalance.core.quota;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One high school of an admission round: one row of {@code high_schools.csv} (docs/planning/quota.md §1).
 *
 * @param year the year of the entrance exam
 * @param areaCode the county or city that runs the admission (招生区域)
 * @param code the school's code
 * @param name the school's name
 * @param seats the places it admits (招生计划)
 * @param quotaShare the share of its places given to the junior highs (名额分配比例), 0 to 1; 0 = no quota seats
 * @param quotaMinScore the lowest score a quota candidate may have (指标生最低控制线), or {@code null} for none
 * @param tier a quality high school or an ordinary one
 */
public record HighSchool(
        int year,
        String areaCode,
        String code,
        String name,
        int seats,
        BigDecimal quotaShare,
        @Nullable BigDecimal quotaMinScore,
        Tier tier) {

    public HighSchool {
        Objects.requireNonNull(code, "code");
        if (seats < 0) {
            throw new IllegalArgumentException("Seats are never negative, got " + seats + " at " + code);
        }
        if (quotaShare.signum() < 0 || quotaShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A quota share is between 0 and 1, got " + quotaShare + " at " + code);
        }
    }

    /** Whether some of its places go to the junior highs. */
    public boolean hasQuota() {
        return quotaShare.signum() > 0;
    }

    /**
     * The quota seats Q = ⌊quota_share × seats + ½⌋, computed exactly (a share of 0.125 of 4 seats is 0.5 and rounds up
     * to 1, where binary floating point could land either side).
     */
    public int quotaSeats() {
        return quotaShare
                .multiply(BigDecimal.valueOf(seats))
                .add(new BigDecimal("0.5"))
                .setScale(0, java.math.RoundingMode.FLOOR)
                .intValueExact();
    }
}
