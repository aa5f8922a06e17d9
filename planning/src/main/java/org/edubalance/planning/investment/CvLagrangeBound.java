package org.edubalance.planning.investment;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.standard.Standard;

/**
 * A proven lower bound on one county's least cost under its CV limits, without a solver (docs/planning/investment.md
 * §3.3).
 *
 * <p>Each CV limit {@code ‖√(P/W)(x − x̄)‖ ≤ c·x̄} is a convex cone, so the tangent plane at any point of its boundary
 * holds for every plan within the limit. Keeping only those planes and moving them into the objective with
 * multipliers {@code μ ≥ 0} (Lagrangian relaxation) leaves a problem that falls apart school by school: each school's
 * cheapest way to comply with its amounts priced at cost + μ·coefficient, which {@link SchoolLagrangian#value}
 * solves exactly by enumeration. Its value is below the county's optimum for every μ, and concave in μ; the best μ is
 * found by ternary search. The planes are taken where the levelled plan meets the cones, which is where the optimum's
 * own multipliers live, so the bound is tight up to whole steps and the choices the per-school rule leaves.
 *
 * <p>Where μ makes a unit cheaper than free, the relaxed school would buy without end; the cone itself says how far a
 * plan within the limit can go: no part above {@code (1 + c·√(W/P)) · x̄}, and x̄ no higher than all the money of the
 * incumbent plan could lift it. Those caps keep the bound finite, and valid for every plan that costs no more than the
 * incumbent, which is all the optimum needs.
 */
final class CvLagrangeBound {
    private static final int SEARCH_STEPS = 36;
    private static final int PASSES = 2;
    private static final double REACH = 4;

    private record Plane(WaterLevels.Over over, double[] perSchool, double constant, double reach) {}

    private CvLagrangeBound() {}

    /**
     * The bound for the schools of {@code levels}, with planes where the segment from {@code start} (the per-school
     * optimum, over the limits) to {@code plan} (within them, costing {@code incumbentCost}) crosses each cone.
     */
    static double of(
            Standard standard,
            Map<InvestmentKind, Cover> covers,
            WaterLevels levels,
            List<WaterLevels.Over> over,
            List<PlannedAction> start,
            List<PlannedAction> plan,
            double incumbentCost) {
        List<List<SegmentPart>> parts = levels.parts();
        SchoolOptions[] options = new SchoolOptions[parts.size()];
        for (int s = 0; s < options.length; s++) {
            options[s] = new SchoolOptions(parts.get(s), standard.indicators(), standard.schoolRule(), covers);
        }
        Plane[] planes = new Plane[over.size()];
        for (int i = 0; i < planes.length; i++) {
            planes[i] = plane(standard, covers, levels, over.get(i), start, plan);
        }
        Caps caps = Caps.of(standard, covers, levels, over, incumbentCost);
        Search search = new Search(options, parts, planes, caps);
        double[] mu = new double[planes.length];
        if (planes.length <= 2) {
            return search.nested(0, mu);
        }
        double best = search.value(mu);
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < planes.length; i++) {
                best = Math.max(best, search.along(i, mu));
            }
        }
        return best;
    }

    /** The most each school (or each part, for a per-segment kind) may buy of each kind, as the cones allow. */
    private record Caps(double[][][] perPart, double[][] shared) {
        static Caps of(
                Standard standard,
                Map<InvestmentKind, Cover> covers,
                WaterLevels levels,
                List<WaterLevels.Over> over,
                double incumbentCost) {
            int kinds = InvestmentKind.values().length;
            List<List<SegmentPart>> parts = levels.parts();
            double[][][] perPart = new double[parts.size()][][];
            double[][] shared = new double[parts.size()][kinds];
            for (int s = 0; s < parts.size(); s++) {
                perPart[s] = new double[parts.get(s).size()][kinds];
                for (double[] row : perPart[s]) {
                    Arrays.fill(row, Double.POSITIVE_INFINITY);
                }
                Arrays.fill(shared[s], Double.POSITIVE_INFINITY);
            }
            Map<SegmentPart, int[]> where = new IdentityHashMap<>();
            for (int s = 0; s < parts.size(); s++) {
                for (int p = 0; p < parts.get(s).size(); p++) {
                    where.put(parts.get(s).get(p), new int[] {s, p});
                }
            }
            for (WaterLevels.Over o : over) {
                double c = standard.cv().limit(o.segment());
                double per = o.indicator().per();
                List<SegmentPart> in = levels.partsOf(o.segment());
                double w = 0;
                double sum = 0;
                for (SegmentPart p : in) {
                    w += p.students();
                    sum += SchoolEvaluator.numerator(o.indicator(), p);
                }
                double least = covers.get(o.kind()).leastUnitCost();
                double meanMost = per * (sum + (least > 0 ? incumbentCost / least : Double.POSITIVE_INFINITY)) / w;
                for (SegmentPart p : in) {
                    double top = (1 + c * Math.sqrt(w / p.students())) * meanMost;
                    double share = o.kind().perSegment() ? 1 : p.assetShare();
                    double cap = Math.max(
                            0, (top * p.students() / per - SchoolEvaluator.numerator(o.indicator(), p)) / share);
                    int[] at = where.get(p);
                    int k = o.kind().ordinal();
                    if (o.kind().perSegment()) {
                        perPart[at[0]][at[1]][k] = Math.min(perPart[at[0]][at[1]][k], cap);
                    } else {
                        shared[at[0]][k] = Math.min(shared[at[0]][k], cap);
                    }
                }
            }
            return new Caps(perPart, shared);
        }
    }

    /** The search for the best multipliers: the value is concave in them. */
    private record Search(SchoolOptions[] options, List<List<SegmentPart>> parts, Plane[] planes, Caps caps) {

        double value(double[] mu) {
            int kinds = InvestmentKind.values().length;
            double total = 0;
            for (int i = 0; i < planes.length; i++) {
                total += mu[i] * planes[i].constant();
            }
            for (int s = 0; s < options.length; s++) {
                double[][] perPart = new double[parts.get(s).size()][kinds];
                double[] shared = new double[kinds];
                for (int i = 0; i < planes.length; i++) {
                    double m = mu[i] * planes[i].perSchool()[s];
                    if (m == 0) {
                        continue;
                    }
                    InvestmentKind kind = planes[i].over().kind();
                    if (kind.perSegment()) {
                        for (int p = 0; p < parts.get(s).size(); p++) {
                            if (parts.get(s).get(p).segment()
                                    == planes[i].over().segment()) {
                                perPart[p][kind.ordinal()] += m;
                            }
                        }
                    } else {
                        shared[kind.ordinal()] += m;
                    }
                }
                total += options[s].lagrangian().value(perPart, shared, caps.perPart()[s], caps.shared()[s]);
            }
            return total;
        }

        /** The best over μ_i … μ_n−1 with the earlier ones fixed, by nested ternary search (exact for concave). */
        double nested(int i, double[] mu) {
            if (i == planes.length) {
                return value(mu);
            }
            double lo = 0;
            double hi = planes[i].reach();
            for (int k = 0; k < SEARCH_STEPS && hi - lo > 1e-12 * Math.max(1, hi); k++) {
                double m1 = lo + (hi - lo) / 3;
                double m2 = hi - (hi - lo) / 3;
                mu[i] = m1;
                double v1 = nested(i + 1, mu);
                mu[i] = m2;
                double v2 = nested(i + 1, mu);
                if (v1 < v2) {
                    lo = m1;
                } else {
                    hi = m2;
                }
            }
            mu[i] = lo;
            return nested(i + 1, mu);
        }

        /** The best along μ_i with the others fixed; leaves μ_i at it. */
        double along(int i, double[] mu) {
            double lo = 0;
            double hi = planes[i].reach();
            for (int k = 0; k < SEARCH_STEPS && hi - lo > 1e-12 * Math.max(1, hi); k++) {
                double m1 = lo + (hi - lo) / 3;
                double m2 = hi - (hi - lo) / 3;
                mu[i] = m1;
                double v1 = value(mu);
                mu[i] = m2;
                double v2 = value(mu);
                if (v1 < v2) {
                    lo = m1;
                } else {
                    hi = m2;
                }
            }
            mu[i] = lo;
            return value(mu);
        }
    }

    /**
     * The tangent plane of {@code o}'s cone where the segment from {@code start} (outside) to {@code plan} (inside)
     * crosses its boundary, as coefficients per school on the amount of {@code o}'s kind plus a constant: every plan
     * within the limit has Σ coefficient·amount + constant ≤ 0. Its reach is where the search for μ stops: a few times
     * the μ at which the cheapest unit of the kind turns free for the school the plane favours most.
     */
    private static Plane plane(
            Standard standard,
            Map<InvestmentKind, Cover> covers,
            WaterLevels levels,
            WaterLevels.Over o,
            List<PlannedAction> start,
            List<PlannedAction> plan) {
        double c = standard.cv().limit(o.segment());
        double[] from = levels.numerators(o, start);
        double[] to = levels.numerators(o, plan);
        List<SegmentPart> in = levels.partsOf(o.segment());
        double[] k = CvCone.plane(in, o.indicator(), c, CvCone.crossing(in, o.indicator(), c, from, to));
        double[] perSchool = new double[levels.parts().size()];
        if (k == null) {
            return new Plane(o, perSchool, 0, 0);
        }
        Map<SegmentPart, Integer> schoolOf = new IdentityHashMap<>();
        for (int s = 0; s < levels.parts().size(); s++) {
            for (SegmentPart p : levels.parts().get(s)) {
                schoolOf.put(p, s);
            }
        }
        double constant = 0;
        for (int j = 0; j < k.length; j++) {
            SegmentPart p = in.get(j);
            double coefficient = k[j];
            constant += coefficient * SchoolEvaluator.numerator(o.indicator(), p);
            perSchool[schoolOf.get(p)] += coefficient * (o.kind().perSegment() ? 1 : p.assetShare());
        }
        double least = covers.get(o.kind()).leastUnitCost();
        double free = Double.POSITIVE_INFINITY;
        for (double q : perSchool) {
            if (q < 0) {
                free = Math.min(free, least / -q);
            }
        }
        return new Plane(o, perSchool, constant, Double.isInfinite(free) ? 0 : REACH * free);
    }
}
