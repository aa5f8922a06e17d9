package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * One school's part of the Lagrangian bound of {@link CvLagrangeBound}: every feasible way to full compliance (the
 * choices {@link SchoolOptions} enumerates) with its cost and the amounts the multipliers price, so that evaluating the
 * school at a multiplier is arithmetic only.
 */
final class SchoolLagrangian {
    private final List<double[]> combos;

    SchoolLagrangian(
            int parts,
            long[][][] needs,
            @Nullable Reason[][] blocked,
            long[] backboneCap,
            Map<InvestmentKind, Cover> covers) {
        this.combos = pricedCombos(parts, needs, blocked, backboneCap, covers);
    }

    /**
     * The least over this school's ways to full compliance of its cost plus the Lagrangian terms {@code m·amount}
     * (docs/planning/investment.md §3.3): {@code perPart[p][k]} for a per-segment kind bought for part p,
     * {@code shared[k]} for a whole-school kind, each amount at most its cap ({@code capPart}, {@code capShared}). For
     * {@code 0 > m ≥ −least} (the least unit cost of the kind) buying more than needed never lowers the sum: each unit
     * costs at least {@code least}, so cost(a) + m·a ≥ cost(need) + m·cost(need)/least for every a ≥ need; below
     * {@code −least} the sum falls with every unit, down to the cap: max(cost(need), least·cap) + m·cap.
     */
    double value(double[][] perPart, double[] shared, double[][] capPart, double[] capShared) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] combo : combos) {
            // combo: {cost, then per entry: part (−1 whole school), kind, need, cost ÷ least unit cost, least unit
            // cost}
            double sum = combo[0];
            for (int e = 1; e < combo.length; e += 5) { // no early exit: a term may be negative
                int part = (int) combo[e];
                int kind = (int) combo[e + 1];
                double m = part < 0 ? shared[kind] : perPart[part][kind];
                double least = combo[e + 4];
                if (m >= 0) {
                    sum += m * combo[e + 2];
                } else if (m >= -least) {
                    sum += m * combo[e + 3];
                } else {
                    // Past the least unit cost each unit pays: the most any plan within the county's limits can buy.
                    double cap = Math.max(combo[e + 3], part < 0 ? capShared[kind] : capPart[part][kind]);
                    double cost = least * combo[e + 3];
                    sum += Math.max(cost, least * cap) - cost + m * cap;
                }
            }
            best = Math.min(best, sum);
        }
        return best;
    }

    /** Every feasible way to full compliance with its cost and the amounts the Lagrangian terms price. */
    private static List<double[]> pricedCombos(
            int parts,
            long[][][] needs,
            @Nullable Reason[][] blocked,
            long[] backboneCap,
            Map<InvestmentKind, Cover> covers) {
        int choices = needs.length == 0 ? 1 : needs[0].length;
        int combos = 1;
        for (int p = 0; p < parts; p++) {
            combos *= choices;
        }
        List<double[]> list = new ArrayList<>();
        int kinds = InvestmentKind.values().length;
        combo:
        for (int c = 0; c < combos; c++) {
            List<Double> entries = new ArrayList<>();
            double cost = 0;
            int rest = c;
            long[] whole = new long[kinds];
            for (int p = 0; p < parts; p++) {
                int r = rest % choices;
                rest /= choices;
                if (blocked[p][r] != null) {
                    continue combo;
                }
                for (InvestmentKind kind : InvestmentKind.values()) {
                    long need = needs[p][r][kind.ordinal()];
                    if (!kind.perSegment()) {
                        whole[kind.ordinal()] = Math.max(whole[kind.ordinal()], need);
                    } else if (covers.containsKey(kind)) {
                        if (kind == InvestmentKind.TRAIN_BACKBONE_TEACHER && need > backboneCap[p]) {
                            continue combo;
                        }
                        // Even with nothing needed: a multiplier below the least unit cost makes buying pay.
                        cost += entry(entries, covers, p, kind, need);
                    }
                }
            }
            for (InvestmentKind kind : InvestmentKind.values()) {
                if (!kind.perSegment() && covers.containsKey(kind)) {
                    cost += entry(entries, covers, -1, kind, whole[kind.ordinal()]);
                }
            }
            double[] combo = new double[1 + entries.size()];
            combo[0] = cost;
            for (int e = 0; e < entries.size(); e++) {
                combo[1 + e] = entries.get(e);
            }
            list.add(combo);
        }
        return list;
    }

    private static double entry(
            List<Double> entries, Map<InvestmentKind, Cover> covers, int part, InvestmentKind kind, long need) {
        Cover cover = covers.get(kind);
        double cost = cover.atLeast(need).cost();
        double least = cover.leastUnitCost();
        entries.add((double) part);
        entries.add((double) kind.ordinal());
        entries.add((double) need);
        entries.add(least > 0 ? cost / least : 0);
        entries.add(least);
        return cost;
    }
}
