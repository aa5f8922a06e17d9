package org.edubalance.planning.investment;

import java.util.List;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.standard.IndicatorDefinition;
import org.jspecify.annotations.Nullable;

/**
 * One segment's CV limit for one indicator as a cone in its parts' numerators (docs/planning/investment.md §3.3):
 * {@code √(Σ (P_j/W)(x_j − x̄)²) ≤ c·x̄} with {@code x_j = per·num_j / P_j}. The CV as the evaluation computes it, where
 * a line between two plans crosses the limit, and the supporting plane there — what the water levels' bound and the
 * cut loop's cuts are made of.
 */
final class CvCone {
    private static final int CROSSING_STEPS = 60;

    private CvCone() {}

    /** The enrolment-weighted CV of {@code indicator} over the parts {@code in} with numerators {@code num}. */
    static double cv(List<SegmentPart> in, IndicatorDefinition indicator, double[] num) {
        double w = 0;
        double sum = 0;
        for (int i = 0; i < in.size(); i++) {
            w += in.get(i).students();
            sum += num[i];
        }
        double per = indicator.per();
        double mean = per * sum / w;
        double s = 0;
        for (int i = 0; i < in.size(); i++) {
            double pj = in.get(i).students();
            double d = per * num[i] / pj - mean;
            s += pj / w * d * d;
        }
        return Math.sqrt(s) / mean;
    }

    /**
     * The numerators where the line from {@code from} (over the limit {@code c}) to {@code to} (within it) meets the
     * limit, by bisection; {@code from} itself when it is within the limit or {@code to} is not — a plane there is a
     * valid cut too, only a shallower one.
     */
    static double[] crossing(
            List<SegmentPart> in, IndicatorDefinition indicator, double c, double[] from, double @Nullable [] to) {
        if (to == null || cv(in, indicator, from) <= c || cv(in, indicator, to) > c) {
            return from;
        }
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < CROSSING_STEPS; k++) {
            double mid = (lo + hi) / 2;
            if (cv(in, indicator, mix(from, to, mid)) > c) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return mix(from, to, hi);
    }

    /**
     * The supporting plane of the cone at {@code num}: coefficients {@code k_j} on the parts' numerators such that
     * {@code Σ k_j·num_j ≤ 0} holds for every plan within the limit {@code c} (for a unit vector {@code u},
     * {@code σ ≥ Σ u_j·√(P_j/W)·(x_j − x̄)}, so {@code Σ a_j x_j − (Σ a + c)·x̄ ≤ 0} with {@code a_j = u_j·√(P_j/W)}, {@code
     * u} pointing along the spread at {@code num}); null when there is no spread at {@code num}.
     */
    static double @Nullable [] plane(List<SegmentPart> in, IndicatorDefinition indicator, double c, double[] num) {
        int n = num.length;
        double per = indicator.per();
        double w = 0;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            w += in.get(j).students();
            sum += num[j];
        }
        double mean = per * sum / w;
        double[] a = new double[n];
        double norm = 0;
        for (int j = 0; j < n; j++) {
            double pj = in.get(j).students();
            a[j] = Math.sqrt(pj / w) * (per * num[j] / pj - mean);
            norm += a[j] * a[j];
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return null;
        }
        double sumA = 0;
        for (int j = 0; j < n; j++) {
            a[j] = a[j] / norm * Math.sqrt(in.get(j).students() / w);
            sumA += a[j];
        }
        double[] k = new double[n];
        for (int j = 0; j < n; j++) {
            k[j] = a[j] * per / in.get(j).students() - (sumA + c) * per / w;
        }
        return k;
    }

    private static double[] mix(double[] from, double[] to, double t) {
        double[] m = new double[from.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (1 - t) * from[i] + t * to[i];
        }
        return m;
    }
}
