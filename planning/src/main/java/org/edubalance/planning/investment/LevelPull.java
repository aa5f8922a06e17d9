package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.standard.IndicatorDefinition;

/**
 * What the water levels (docs/planning/investment.md §3.3) ask of one school: for every kind of action whose
 * indicator has a level in one of the school's segments, the amount the optimality conditions of the CV limits want
 * bought and the price of buying another amount instead.
 *
 * <p>Why not a floor: at the optimum of the county problem under a CV limit with multiplier {@code β}, a school buys
 * as if each part {@code k} it raises carried the cost {@code β_k/2 · (P_k/per) · (C_k − v_k)²}, with {@code v_k} the
 * part's value, {@code P_k} its students and {@code C_k = x̄_k·(1 + c_k²)} — the derivative of the cone. Written with
 * the level {@code L_k} and the tilt {@code t_k = unit cost / β_k}, {@code C_k = L_k + t_k}, and the school's
 * cheapest amount solves {@code Σ_k (s_k / t_k)·(C_k − v_k(a)) = 1} over its parts' shares {@code s_k}: one part alone
 * ends at {@code L_k − t_k·(1/s_k − 1)} (the floor of a one-through school's part), two parts of one whole-school
 * purchase end between their levels. The same cost also tells the school which indicator to leave between 85 % and
 * 100 %: a school that must buy sports ground anyway may buy more of it and less equipment, since the ground also
 * lowers the CV. A level without a tilt pulls nothing: the water levels keep every tilt above 0 (a tilt near 0 makes
 * the level all but a hard floor).
 */
final class LevelPull {
    /**
     * Where a level can bear on a school: a part ({@code row} 0 for a whole-school kind, else the part's index), the
     * kind that raises the indicator, and the part's figures. Fixed for a county's run: only the heights change.
     */
    record Site(InvestmentKind kind, int row, String key, double share, double today, double per, int students) {}

    /** One part's pull towards one level. */
    private record Term(double share, double today, double per, int students, double top, double tilt) {
        double value(long amount) {
            return today + per * share * amount / students;
        }
    }

    private static final InvestmentKind[] KINDS = InvestmentKind.values();

    // terms[kind][row]: the parts pulled by that kind's amount (row 0 for a whole-school kind); null when none.
    private final Term[][][] terms = new Term[KINDS.length][][];
    private final long[][] amounts = new long[KINDS.length][];
    private final Map<InvestmentKind, Cover> covers;
    private long keys;

    /** The sites of {@code parts} whose indicator is one of {@code levelled} ("SEGMENT indicatorId") and can be bought. */
    static List<Site> sites(
            List<SegmentPart> parts,
            List<IndicatorDefinition> indicators,
            Map<InvestmentKind, Cover> covers,
            Set<String> levelled) {
        List<Site> sites = new ArrayList<>();
        for (IndicatorDefinition ind : indicators) {
            var kind = InvestmentKind.ofIndicator(ind.id());
            if (kind.isEmpty() || !covers.containsKey(kind.get())) {
                continue;
            }
            boolean whole = !kind.get().perSegment();
            for (int p = 0; p < parts.size(); p++) {
                SegmentPart part = parts.get(p);
                String key = part.segment() + " " + ind.id();
                if (levelled.contains(key)) {
                    double today = ind.per() * SchoolEvaluator.numerator(ind, part) / part.students();
                    sites.add(new Site(
                            kind.get(),
                            whole ? 0 : p,
                            key,
                            whole ? part.assetShare() : 1.0,
                            today,
                            ind.per(),
                            part.students()));
                }
            }
        }
        return sites;
    }

    /** The pull of the levels {@code floors} (by key) at {@code sites}; a level without tilt pulls nothing here. */
    LevelPull(List<Site> sites, Map<String, WaterLevels.Floor> floors, Map<InvestmentKind, Cover> covers) {
        this.covers = covers;
        for (Site site : sites) {
            WaterLevels.Floor f = floors.get(site.key());
            if (f == null || !(f.tilt() > 0)) {
                continue;
            }
            int k = site.kind().ordinal();
            if (terms[k] == null) {
                terms[k] = new Term[site.kind().perSegment() ? 2 : 1][];
                amounts[k] = new long[] {-1, -1};
            }
            Term t = new Term(site.share(), site.today(), site.per(), site.students(), f.level() + f.tilt(), f.tilt());
            Term[] row = terms[k][site.row()];
            if (row == null) {
                terms[k][site.row()] = new Term[] {t};
            } else {
                Term[] longer = Arrays.copyOf(row, row.length + 1);
                longer[row.length] = t;
                terms[k][site.row()] = longer;
            }
            keys |= 1L << (4 * k + site.row());
        }
    }

    /** Whether a level bears on the indicator that {@code kind} raises in this school. */
    boolean pulls(InvestmentKind kind, int part) {
        return (keys & (1L << (4 * kind.ordinal() + (kind.perSegment() ? part : 0)))) != 0;
    }

    /** Which (kind, row) pairs the levels bear on, as bits {@code 4·kind + row}: the same for every level's height. */
    long keys() {
        return keys;
    }

    /** Whether any level bears on this school. */
    boolean any() {
        return keys != 0;
    }

    /** The amount of {@code kind} (for {@code part} when it is per segment) the levels ask for, never negative. */
    long amount(InvestmentKind kind, int part) {
        int k = kind.ordinal();
        int r = kind.perSegment() ? part : 0;
        if (amounts[k][r] < 0) {
            amounts[k][r] = wanted(terms[k][r]);
        }
        return amounts[k][r];
    }

    private static long wanted(Term[] row) {
        double num = 0;
        double den = 0;
        for (Term t : row) {
            num += t.share() / t.tilt() * (t.top() - t.today());
            den += t.per() * t.share() * t.share() / (t.tilt() * t.students());
        }
        double a = (num - 1) / den;
        // A hair below the exact amount rounds down when it is whole: the conditions want at least this much.
        return a <= 0 ? 0 : (long) Math.ceil(a - 1e-9);
    }

    /** The levels' cost in yuan of ending with {@code amount} bought: only differences between choices matter. */
    double penalty(InvestmentKind kind, int part, long amount) {
        Term[] row = terms[kind.ordinal()][kind.perSegment() ? part : 0];
        double unit = covers.get(kind).leastUnitCost();
        double sum = 0;
        for (Term t : row) {
            double d = t.top() - t.value(amount);
            sum += unit * t.students() / (2 * t.per() * t.tilt()) * d * d;
        }
        return sum;
    }
}
