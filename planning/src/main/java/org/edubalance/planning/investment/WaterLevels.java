package org.edubalance.planning.investment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.evaluation.SegmentPart;
import org.edubalance.core.evaluation.SegmentSplitter;
import org.edubalance.core.investment.InvestmentKind;
import org.edubalance.core.investment.PlannedAction;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.jspecify.annotations.Nullable;

/**
 * One county's plan under its CV limits by water levels (docs/planning/investment.md §3.3): for every indicator over
 * its limit, the lowest level such that every school, choosing its cheapest way to comply with the per-school rule
 * once the level's pull ({@link LevelPull}) is priced in, leaves the county's CV within the limit.
 *
 * <p>Why levels: the cheapest continuous way to lower an enrolment-weighted CV lifts the lowest schools to one common
 * level (the optimality conditions say every school lifted ends at the same value; a part of a one-through school a
 * little lower, two parts of one ground between their two levels), so a level per indicator is the shape of the
 * optimum; what remains is rounding to whole steps, which {@link CvLagrangeBound} measures.
 */
final class WaterLevels {
    private static final int SEARCH_STEPS = 30;
    private static final int PASSES = 3;
    private static final int TILT_ROUNDS = 4;

    /** An indicator of a segment over its CV limit, and the kind of action that raises it. */
    record Over(Segment segment, IndicatorDefinition indicator, InvestmentKind kind) {
        String key() {
            return segment + " " + indicator.id();
        }
    }

    /**
     * A segment's level for one indicator and its tilt, the unit cost over the CV limit's multiplier in the
     * indicator's unit: a part that gets all of what its school buys ends at {@code level}, a part of a one-through
     * school, which gets only its share {@code s} of a whole-school purchase, at {@code level − tilt·(1/s − 1)} when
     * nothing else pulls its ground ({@link LevelPull} works out the amounts).
     */
    record Floor(double level, double tilt) {}

    /** The plan and the levels that gave it. */
    record Levelled(List<PlannedAction> actions, double cost, Map<String, Floor> floors) {}

    private final Standard standard;
    private final Map<InvestmentKind, Cover> covers;
    private final List<SchoolYear> schools;
    private final List<List<SegmentPart>> parts = new ArrayList<>();
    private final @Nullable SchoolOptions[] options;
    private final SchoolOptions.@Nullable Option[] unpulled;
    private final @Nullable List<LevelPull.Site>[] sites;
    private Set<String> sitesFor = Set.of();

    WaterLevels(Standard standard, Map<InvestmentKind, Cover> covers, List<SchoolYear> schools) {
        this.standard = standard;
        this.covers = covers;
        this.schools = List.copyOf(schools);
        SegmentSplitter splitter = new SegmentSplitter(standard.split());
        for (SchoolYear s : schools) {
            parts.add(splitter.split(s));
        }
        this.options = new SchoolOptions[parts.size()];
        this.unpulled = new SchoolOptions.Option[parts.size()];
        @SuppressWarnings("unchecked")
        List<LevelPull.Site>[] none = new List[parts.size()];
        this.sites = none;
    }

    /** The levelled plan, or null when some school cannot reach a level (no action raises it, or a cap). */
    @Nullable
    Levelled plan(List<Over> over) {
        Map<String, Floor> floors = new HashMap<>();
        Levelled plan = priced(floors);
        for (int pass = 0; pass < PASSES && plan != null; pass++) {
            boolean raised = false;
            for (Over o : over) {
                double c = standard.cv().limit(o.segment());
                if (cv(o, plan.actions()) <= c && (over.size() == 1 || pass == 0)) {
                    continue;
                }
                // With two CVs of one whole-school kind (primary and junior), lifting one segment lifts the other's
                // parts of one-through schools too: each later pass lowers every level as far as the others allow,
                // until no level moves.
                Floor now = floors.get(o.key());
                double lo = 0;
                double hi = Math.max(now == null ? 0 : now.level(), highest(o, plan.actions()));
                double mean = mean(o, plan.actions());
                Floor found = new Floor(hi, tilt(mean, c, hi));
                for (int k = 0; k < SEARCH_STEPS; k++) {
                    double mid = (lo + hi) / 2;
                    floors.put(o.key(), new Floor(mid, tilt(mean, c, mid)));
                    Levelled trial = priced(floors);
                    double tilt = floors.get(o.key()).tilt();
                    // The tilt the optimality conditions ask for at this level depends on the mean the plan gives:
                    // a few rounds of the fixed point (a higher tilt buys less, so the mean and the tilt fall).
                    for (int round = 0; round < TILT_ROUNDS && trial != null; round++) {
                        mean = mean(o, trial.actions());
                        double next = tilt(mean, c, mid);
                        if (Math.abs(next - tilt) <= 1e-6 * Math.max(1, tilt)) {
                            break;
                        }
                        tilt = next;
                        floors.put(o.key(), new Floor(mid, tilt));
                        trial = priced(floors);
                    }
                    if (trial != null && cv(o, trial.actions()) <= c) {
                        hi = mid;
                        found = new Floor(mid, tilt);
                    } else {
                        lo = mid;
                    }
                }
                floors.put(o.key(), found);
                plan = priced(floors);
                // Against the level before this search: the search itself leaves its last trial in the map.
                raised |= now == null || Math.abs(now.level() - found.level()) > 1e-9 * Math.max(1, found.level());
            }
            if (!raised) {
                break;
            }
        }
        return plan;
    }

    /**
     * The tilt the optimality conditions give a level: {@code mean·(1 + c²) − level}; a hair above 0 when the level is
     * that high, which makes the level all but a hard floor (LevelPull: the price of falling short grows as 1/tilt).
     */
    private static double tilt(double mean, double c, double level) {
        return Math.max(mean * (1 + c * c) - level, 1e-9 * Math.max(1, Math.abs(level)));
    }

    /** Each school's cheapest compliance under {@code floors}; null when a school cannot comply. */
    @Nullable
    Levelled priced(Map<String, Floor> floors) {
        List<PlannedAction> actions = new ArrayList<>();
        double cost = 0;
        for (int i = 0; i < parts.size(); i++) {
            List<SegmentPart> own = parts.get(i);
            if (options[i] == null) {
                options[i] = new SchoolOptions(own, standard.indicators(), standard.schoolRule(), covers);
                unpulled[i] = options[i].cheapest((1 << own.size()) - 1);
            }
            LevelPull pull = floors.isEmpty() ? null : new LevelPull(sites(i, floors), floors, covers);
            // No level bears on the school: its cheapest plan is the one without levels.
            SchoolOptions.Option best =
                    pull == null || !pull.any() ? unpulled[i] : options[i].cheapest((1 << own.size()) - 1, pull);
            if (best.reason() != null || Double.isInfinite(best.cost())) {
                return null;
            }
            actions.addAll(best.actions());
            cost += best.cost();
        }
        return new Levelled(actions, cost, Map.copyOf(floors));
    }

    /** Where the levels of {@code floors} can bear on school {@code i}, worked out once for the keys they have. */
    private List<LevelPull.Site> sites(int i, Map<String, Floor> floors) {
        if (!floors.keySet().equals(sitesFor)) {
            sitesFor = Set.copyOf(floors.keySet());
            Arrays.fill(sites, null);
        }
        if (sites[i] == null) {
            sites[i] = LevelPull.sites(parts.get(i), standard.indicators(), covers, sitesFor);
        }
        return sites[i];
    }

    /** The enrolment-weighted mean of {@code o}'s indicator after {@code actions}. */
    double mean(Over o, List<PlannedAction> actions) {
        double[] num = numerators(o, actions);
        double w = 0;
        double sum = 0;
        List<SegmentPart> in = partsOf(o.segment());
        for (int i = 0; i < num.length; i++) {
            w += in.get(i).students();
            sum += num[i];
        }
        return o.indicator().per() * sum / w;
    }

    /** The county CV of {@code o} after {@code actions}, computed as the evaluation computes it. */
    double cv(Over o, List<PlannedAction> actions) {
        return CvCone.cv(partsOf(o.segment()), o.indicator(), numerators(o, actions));
    }

    /** The numerators of {@code o}'s indicator of every part of its segment after {@code actions}. */
    double[] numerators(Over o, List<PlannedAction> actions) {
        Map<String, Long> added = new HashMap<>();
        for (PlannedAction a : actions) {
            if (a.kind() == o.kind() && (!o.kind().perSegment() || a.segment() == o.segment())) {
                added.merge(a.schoolCode(), a.quantity(), Long::sum);
            }
        }
        List<SegmentPart> in = partsOf(o.segment());
        double[] num = new double[in.size()];
        for (int i = 0; i < num.length; i++) {
            SegmentPart p = in.get(i);
            double share = o.kind().perSegment() ? 1 : p.assetShare();
            num[i] = SchoolEvaluator.numerator(o.indicator(), p)
                    + share * added.getOrDefault(p.school().code().value(), 0L);
        }
        return num;
    }

    /** The parts of {@code segment} in school order. */
    List<SegmentPart> partsOf(Segment segment) {
        List<SegmentPart> in = new ArrayList<>();
        for (List<SegmentPart> own : parts) {
            for (SegmentPart p : own) {
                if (p.segment() == segment) {
                    in.add(p);
                }
            }
        }
        return in;
    }

    /** The parts of every school, in school order. */
    List<List<SegmentPart>> parts() {
        return parts;
    }

    List<SchoolYear> schools() {
        return schools;
    }

    /** The highest value of {@code o}'s indicator among its segment's parts: lifting all to it leaves no spread. */
    private double highest(Over o, List<PlannedAction> actions) {
        double[] num = numerators(o, actions);
        List<SegmentPart> in = partsOf(o.segment());
        double top = 0;
        for (int i = 0; i < num.length; i++) {
            top = Math.max(top, o.indicator().per() * num[i] / in.get(i).students());
        }
        return top;
    }
}
