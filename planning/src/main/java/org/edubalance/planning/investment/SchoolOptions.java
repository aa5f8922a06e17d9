package org.edubalance.planning.investment;

import java.util.ArrayList;
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
        this(parts, indicators, rule, covers, Map.of());
    }

    /**
     * Options under extra floors: {@code floors} maps "SEGMENT indicatorId" to a level (in the indicator's unit) that
     * every part of that segment must reach whatever the rule allows — the water levels of {@link WaterLevels}.
     */
    SchoolOptions(
            List<SegmentPart> parts,
            List<IndicatorDefinition> indicators,
            SchoolRule rule,
            Map<InvestmentKind, Cover> covers,
            Map<String, WaterLevels.Floor> floors) {
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
                    WaterLevels.Floor floor = floors.get(part.segment() + " " + ind.id());
                    if (floor != null) {
                        boolean whole = kind.isPresent() && !kind.get().perSegment();
                        level = Math.max(level, floor.at(whole ? part.assetShare() : 1.0));
                    }
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
        int choices = needs.length == 0 ? 1 : needs[0].length;
        int[] r = new int[parts.size()];
        Option best = new Option(Double.POSITIVE_INFINITY, List.of(), true, null);
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
            Option o = priced(mask, r);
            if (o.reason() != null) {
                why = why == null ? o.reason() : why;
            } else if (o.cost() < best.cost()) {
                best = o;
            }
        }
        return Double.isInfinite(best.cost()) ? new Option(best.cost(), List.of(), true, why) : best;
    }

    /** The Lagrangian of this school (docs/planning/investment.md §3.3), built on first use. */
    SchoolLagrangian lagrangian() {
        if (lagrangian == null) {
            lagrangian = new SchoolLagrangian(parts.size(), needs, blocked, backboneCap, covers);
        }
        return lagrangian;
    }

    private Option priced(int mask, int[] r) {
        String school = parts.getFirst().school().code().value();
        List<PlannedAction> actions = new ArrayList<>();
        double cost = 0;
        boolean exact = true;
        for (InvestmentKind kind : InvestmentKind.values()) {
            long shared = 0;
            for (int p = 0; p < parts.size(); p++) {
                if ((mask & (1 << p)) == 0) {
                    continue;
                }
                if (blocked[p][r[p]] != null) {
                    return new Option(Double.POSITIVE_INFINITY, List.of(), true, blocked[p][r[p]]);
                }
                long need = needs[p][r[p]][kind.ordinal()];
                if (!kind.perSegment()) {
                    shared = Math.max(shared, need);
                } else if (need > 0) {
                    Cover.Purchase buy = covers.get(kind).atLeast(need);
                    if (kind == InvestmentKind.TRAIN_BACKBONE_TEACHER && buy.total() > backboneCap[p]) {
                        return new Option(
                                Double.POSITIVE_INFINITY,
                                List.of(),
                                true,
                                Reason.of(
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
                    cost += buy.cost();
                    exact &= buy.exact();
                    add(actions, school, parts.get(p).segment(), kind, buy);
                }
            }
            if (shared > 0) {
                Cover.Purchase buy = covers.get(kind).atLeast(shared);
                cost += buy.cost();
                exact &= buy.exact();
                add(actions, school, null, kind, buy);
            }
        }
        return new Option(cost, actions, exact, null);
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
