package org.edubalance.planning.quota;

import java.util.List;
import org.edubalance.core.school.Location;
import org.edubalance.planning.quota.QuotaResult.JuniorEquity;
import org.jspecify.annotations.Nullable;

/**
 * What the quota seats change across junior highs (docs/planning/quota.md §5), with and without quotas:
 *
 * <ul>
 *   <li>keyRateCv: the coefficient of variation σ/μ (population σ, divisor n, unweighted) of the key-school rate
 *       keyAdmitted ÷ candidates over the junior highs; null when μ = 0;
 *   <li>ruralUrbanKeyRate: the pooled rate of rural junior highs (Σ keyAdmitted ÷ Σ candidates) over the pooled rate
 *       of urban ones; town junior highs count in neither; null when either pool is empty or the urban rate is 0.
 * </ul>
 *
 * Computed in double from whole counts: the figures are descriptive, not decisions.
 */
public record EquitySummary(
        @Nullable Double keyRateCv,
        @Nullable Double keyRateCvWithoutQuota,
        @Nullable Double ruralUrbanKeyRate,
        @Nullable Double ruralUrbanKeyRateWithoutQuota) {

    /** The summary of {@code equity}. */
    public static EquitySummary of(List<JuniorEquity> equity) {
        return new EquitySummary(
                keyRateCv(equity, true),
                keyRateCv(equity, false),
                ruralUrbanKeyRate(equity, true),
                ruralUrbanKeyRate(equity, false));
    }

    static @Nullable Double keyRateCv(List<JuniorEquity> equity, boolean withQuota) {
        int n = equity.size();
        if (n == 0) {
            return null;
        }
        double[] rates = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            JuniorEquity e = equity.get(i);
            rates[i] = (double) keyAdmitted(e, withQuota) / e.candidates();
            sum += rates[i];
        }
        double mean = sum / n;
        if (mean == 0) {
            return null;
        }
        double squares = 0;
        for (double rate : rates) {
            squares += (rate - mean) * (rate - mean);
        }
        return Math.sqrt(squares / n) / mean;
    }

    static @Nullable Double ruralUrbanKeyRate(List<JuniorEquity> equity, boolean withQuota) {
        long ruralKey = 0;
        long ruralCandidates = 0;
        long urbanKey = 0;
        long urbanCandidates = 0;
        for (JuniorEquity e : equity) {
            if (e.location() == Location.RURAL) {
                ruralKey += keyAdmitted(e, withQuota);
                ruralCandidates += e.candidates();
            } else if (e.location() == Location.URBAN) {
                urbanKey += keyAdmitted(e, withQuota);
                urbanCandidates += e.candidates();
            }
        }
        if (ruralCandidates == 0 || urbanCandidates == 0 || urbanKey == 0) {
            return null;
        }
        return ((double) ruralKey / ruralCandidates) / ((double) urbanKey / urbanCandidates);
    }

    private static int keyAdmitted(JuniorEquity e, boolean withQuota) {
        return withQuota ? e.keyAdmitted() : e.keyAdmittedWithoutQuota();
    }
}
