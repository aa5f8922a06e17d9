package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.SchoolRule;
import org.edubalance.planning.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest actions that make a chosen set of one school's segments meet the per-school rule — exact by
 * enumeration (docs/planning/investment.md §3).
 *
 * <p>The rule (2017: at least 6 of 7 indicators at the standard, none below 85 %) means that in each segment a set of
 * {@code n − minMet} indicators may stay between the floor and the standard, the others must reach it. For a fixed
 * choice of that set per segment the least amounts are forced: a teacher action fills its own segment's shortfall,
 * a whole-school action the largest of its segments' shortfalls divided by each segment's share of the school's
 * assets. Trying every choice (7 per segment under 2017, 49 for a one-through school) gives the least cost.
 */
final class SchoolOptions {
    /** Half the evaluation's tolerance: an amount that reaches this close to the standard reaches it there too. */
    private static final double SLACK = 0.5e-9;

    private final List<SegmentPart> parts;
    private final Map<InvestmentKind, Cover> covers;
    // needs[p][r][k]: the amount of kind k that part p needs under the r-th choice of indicators allowed below the
    // standard; -1 when no action can supply it.
    private final long[][][] needs;
    private final @Nullable Reason[][] blocked;
    private final long[] backboneCap;
    private @Nullable SchoolLagrangian lagrangian;

    SchoolOptions(
            List<SegmentPart> parts,
            List<IndicatorDefinition> indicators,
            SchoolRule rule,
            Map<InvestmentKind, Cover> covers) {
        this.parts = List.copyOf(parts);
        this.covers = covers;
        List<Long> choices =
                relaxations(parts.isEmpty() ? List.of() : withThreshold(indicators, parts.getFirst()), rule.minMet());
        int kinds = InvestmentKind.values().length;
        this.needs = new long[parts.size()][][];
        this.blocked = new Reason[parts.size()][];
        this.backboneCap = new long[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            SegmentPart part = parts.get(p);
            var figures = part.school().segment(part.segment());
            backboneCap[p] = Math.max(0, figures.teachers() - figures.backboneTeachers());
            List<IndicatorDefinition> rated = withThreshold(indicators, part);
            needs[p] = new long[choices.size()][kinds];
            blocked[p] = new Reason[choices.size()];
            for (int r = 0; r < choices.size(); r++) {
                long relaxed = choices.get(r);
                for (int i = 0; i < rated.size(); i++) {
                    IndicatorDefinition ind = rated.get(i);
                    double target = (relaxed & (1L << i)) != 0 ? rule.floorRatio() : 1.0;
                    double level = target * ind.thresholdOrNaN(part.segment());
                    var kind = InvestmentKind.ofIndicator(ind.id());
                    double required = level * part.students() / ind.per();
                    double current = SchoolEvaluator.numerator(ind, part);
                    double shortfall = required * (1 - SLACK) - current;
                    if (shortfall <= 0) {
                        continue;
                    }
                    if (kind.isEmpty() || !covers.containsKey(kind.get())) {
                        blocked[p][r] = Reason.of(
                                "no-action",
                                "school",
                                part.school().code().value(),
                                "segment",
                                part.segment().name(),
                                "indicator",
                                ind.id());
                        continue;
                    }
                    double share = kind.get().perSegment() ? 1.0 : part.assetShare();
                    needs[p][r][kind.get().ordinal()] = (long) Math.ceil(shortfall / share);
                }
            }
        }
    }

    /** The parts of the school, primary first. */
    List<SegmentPart> parts() {
        return parts;
    }

    /**
     * The cheapest way to make the parts in {@code mask} (bit p = the p-th part) compliant.
     *
     * @param cost the cost in yuan; infinite when impossible
     * @param actions the purchases
     * @param exact whether the cost is proven least
     * @param reason why it is impossible, when it is
     */
    record Option(
            double cost,
            List<PlannedAction> actions,
            boolean exact,
            @Nullable Reason reason) {}

    Option cheapest(int mask) {
        return cheapest(mask, null);
    }

    /** The cheapest way for every set of parts (index = mask): a school's offer to the budget's knapsack. */
    Option[] byMask() {
        Option[] byMask = new Option[1 << parts.size()];
        for (int mask = 0; mask < byMask.length; mask++) {
            byMask[mask] = cheapest(mask);
        }
        return byMask;
    }

    /**
     * The choice for the parts in {@code mask} that costs least once the water levels' {@code pull} is added to its
     * cost (docs/planning/investment.md §3.3), with the amounts the pull asks for; without a pull, {@link
     * #cheapest(int)}. The option's cost is what the purchases cost.
     */
    Option cheapest(int mask, @Nullable LevelPull pull) {
        if (pull != null && mask == (1 << parts.size()) - 1) {
            return cheapestPulled(pull);
        }
        int choices = needs.length == 0 ? 1 : needs[0].length;
        int[] r = new int[parts.size()];
        int[] best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        Reason why = null;
        int combos = 1;
        for (int p = 0; p < parts.size(); p++) {
            combos *= (mask & (1 << p)) != 0 ? choices : 1;
        }
        for (int c = 0; c < combos; c++) {
            int rest = c;
            for (int p = 0; p < parts.size(); p++) {
                if ((mask & (1 << p)) != 0) {
                    r[p] = rest % choices;
                    rest /= choices;
                }
            }
            // Scored without writing the actions down: only the best choice's are.
            Priced o = priced(mask, r, pull, null);
            if (o.option().reason() != null) {
                why = why == null ? o.option().reason() : why;
            } else if (o.score() < bestScore) {
                best = r.clone();
                bestScore = o.score();
            }
        }
        if (best == null) {
            return new Option(Double.POSITIVE_INFINITY, List.of(), true, why);
        }
        return priced(mask, best, pull, new ArrayList<>()).option();
    }

    /**
     * A choice as the levels see it: what it costs outside the kinds they pull, and what it needs of those. Many
     * choices need the same of the pulled kinds; only the cheapest of them can win, whatever the levels' height.
     */
    private record Pulled(int[] choice, double baseCost, long[] needs) {}

    private final Map<Long, List<Pulled>> pulledByKeys = new HashMap<>();

    /** {@link #cheapest(int, LevelPull)} for the whole school by the table of choices the pull's kinds leave. */
    private Option cheapestPulled(LevelPull pull) {
        long keys = pull.keys();
        List<Pulled> table = pulledByKeys.computeIfAbsent(keys, this::pulledTable);
        Pulled best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Pulled entry : table) {
            double score = entry.baseCost();
            int k = 0;
            for (long bits = keys; bits != 0; bits &= bits - 1, k++) {
                int bit = Long.numberOfTrailingZeros(bits);
                InvestmentKind kind = InvestmentKind.values()[bit / 4];
                int row = bit % 4;
                long need = entry.needs()[k];
                Cover.Purchase buy = covers.get(kind).atLeast(pulledAmount(kind, row, need, pull));
                if (kind == InvestmentKind.TRAIN_BACKBONE_TEACHER && buy.total() > backboneCap[row]) {
                    score = Double.POSITIVE_INFINITY;
                    break;
                }
                score += buy.cost() + pull.penalty(kind, row, buy.total());
            }
            if (score < bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        int all = (1 << parts.size()) - 1;
        if (best == null) {
            // Nothing passes: the full enumeration says why.
            return cheapest(all);
        }
        return priced(all, best.choice(), pull, new ArrayList<>()).option();
    }

    /**
     * What a school buys of a pulled {@code kind}: what its rule needs, or more if the levels ask it — but no more
     * backbone training than it has teachers to train (the rule's own need beyond that stays refused).
     */
    private long pulledAmount(InvestmentKind kind, int row, long need, LevelPull pull) {
        long wanted = Math.max(need, pull.amount(kind, row));
        return kind == InvestmentKind.TRAIN_BACKBONE_TEACHER
                ? Math.max(need, Math.min(wanted, backboneCap[row]))
                : wanted;
    }

    private List<Pulled> pulledTable(long keys) {
        int choices = needs.length == 0 ? 1 : needs[0].length;
        int combos = 1;
        for (int p = 0; p < parts.size(); p++) {
            combos *= choices;
        }
        Map<List<Long>, Pulled> cheapest = new LinkedHashMap<>();
        int[] r = new int[parts.size()];
        for (int c = 0; c < combos; c++) {
            int rest = c;
            for (int p = 0; p < parts.size(); p++) {
                r[p] = rest % choices;
                rest /= choices;
            }
            Pulled entry = pulled(r, keys);
            if (entry == null) {
                continue;
            }
            List<Long> key = Arrays.stream(entry.needs()).boxed().toList();
            Pulled known = cheapest.get(key);
            if (known == null || entry.baseCost() < known.baseCost()) {
                cheapest.put(key, entry);
            }
        }
        return List.copyOf(cheapest.values());
    }

    /** Choice {@code r} split into its cost outside the pulled {@code keys} and its needs of them; null if blocked. */
    private @Nullable Pulled pulled(int[] r, long keys) {
        double base = 0;
        long[] pulledNeeds = new long[Long.bitCount(keys)];
        for (InvestmentKind kind : InvestmentKind.values()) {
            long shared = 0;
            for (int p = 0; p < parts.size(); p++) {
                if (blocked[p][r[p]] != null) {
                    return null;
                }
                long need = needs[p][r[p]][kind.ordinal()];
                if (!kind.perSegment()) {
                    shared = Math.max(shared, need);
                } else if ((keys & (1L << (4 * kind.ordinal() + p))) != 0) {
                    pulledNeeds[Long.bitCount(keys & ((1L << (4 * kind.ordinal() + p)) - 1))] = need;
                } else if (need > 0) {
                    Cover.Purchase buy = covers.get(kind).atLeast(need);
                    if (kind == InvestmentKind.TRAIN_BACKBONE_TEACHER && buy.total() > backboneCap[p]) {
                        return null;
                    }
                    base += buy.cost();
                }
            }
            if (!kind.perSegment()) {
                if ((keys & (1L << (4 * kind.ordinal()))) != 0) {
                    pulledNeeds[Long.bitCount(keys & ((1L << (4 * kind.ordinal())) - 1))] = shared;
                } else if (shared > 0) {
                    base += covers.get(kind).atLeast(shared).cost();
                }
            }
        }
        return new Pulled(r.clone(), base, pulledNeeds);
    }

    /** The Lagrangian of this school (docs/planning/investment.md §3.3), built on first use. */
    SchoolLagrangian lagrangian() {
        if (lagrangian == null) {
            lagrangian = new SchoolLagrangian(parts.size(), needs, blocked, backboneCap, covers);
        }
        return lagrangian;
    }

    /** A choice's plan and what the choice minimises: its cost, plus the levels' pull under water levels. */
    private record Priced(Option option, double score) {
        static Priced none(Reason reason) {
            return new Priced(new Option(Double.POSITIVE_INFINITY, List.of(), true, reason), Double.POSITIVE_INFINITY);
        }
    }

    /** The plan of choice {@code r}; its actions written into {@code actions}, or only its cost when null. */
    private Priced priced(int mask, int[] r, @Nullable LevelPull pull, @Nullable List<PlannedAction> actions) {
        String school = parts.getFirst().school().code().value();
        double cost = 0;
        double penalty = 0;
        boolean exact = true;
        for (InvestmentKind kind : InvestmentKind.values()) {
            long shared = 0;
            for (int p = 0; p < parts.size(); p++) {
                if ((mask & (1 << p)) == 0) {
                    continue;
                }
                if (blocked[p][r[p]] != null) {
                    return Priced.none(blocked[p][r[p]]);
                }
                long need = needs[p][r[p]][kind.ordinal()];
                boolean pulled = pull != null && pull.pulls(kind, p);
                if (!kind.perSegment()) {
                    shared = Math.max(shared, need);
                } else if (need > 0 || pulled) {
                    if (pulled) {
                        need = pulledAmount(kind, p, need, pull);
                    }
                    Cover.Purchase buy = covers.get(kind).atLeast(need);
                    if (pulled) {
                        penalty += pull.penalty(kind, p, buy.total());
                    }
                    if (kind == InvestmentKind.TRAIN_BACKBONE_TEACHER && buy.total() > backboneCap[p]) {
                        return Priced.none(Reason.of(
                                "backbone-cap",
                                "school",
                                school,
                                "segment",
                                parts.get(p).segment().name(),
                                "needed",
                                need,
                                "trainable",
                                backboneCap[p]));
                    }
                    if (buy.total() == 0) {
                        continue;
                    }
                    cost += buy.cost();
                    exact &= buy.exact();
                    if (actions != null) {
                        add(actions, school, parts.get(p).segment(), kind, buy);
                    }
                }
            }
            if (!kind.perSegment() && pull != null && pull.pulls(kind, 0)) {
                shared = Math.max(shared, pull.amount(kind, 0));
                penalty +=
                        pull.penalty(kind, 0, covers.get(kind).atLeast(shared).total());
            }
            if (shared > 0) {
                Cover.Purchase buy = covers.get(kind).atLeast(shared);
                cost += buy.cost();
                exact &= buy.exact();
                if (actions != null) {
                    add(actions, school, null, kind, buy);
                }
            }
        }
        return new Priced(new Option(cost, actions == null ? List.of() : actions, exact, null), cost + penalty);
    }

    private void add(
            List<PlannedAction> actions,
            String school,
            @Nullable Segment segment,
            InvestmentKind kind,
            Cover.Purchase buy) {
        for (Cover.Bought b : covers.get(kind).bought(buy)) {
            actions.add(new PlannedAction(
                    school,
                    segment,
                    b.action().name(),
                    kind,
                    b.quantity(),
                    b.quantity() * b.action().unitCostYuan()));
        }
    }

    private static List<IndicatorDefinition> withThreshold(List<IndicatorDefinition> indicators, SegmentPart part) {
        return indicators.stream()
                .filter(i -> !Double.isNaN(i.thresholdOrNaN(part.segment())))
                .toList();
    }

    /** Every set of {@code n − minMet} indicators (as bit sets) that may stay between the floor and the standard. */
    private static List<Long> relaxations(List<IndicatorDefinition> rated, int minMet) {
        int n = rated.size();
        int free = Math.max(0, Math.min(n, n - minMet));
        List<Long> sets = new ArrayList<>();
        for (long s = 0; s < (1L << n); s++) {
            if (Long.bitCount(s) == free) {
                sets.add(s);
            }
        }
        return sets;
    }
}
