package org.edubalance.app.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.funding.FundingPolicy;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.SchoolYear;
import org.edubalance.planning.funding.FundingPlan;
import org.edubalance.planning.funding.FundingPlan.CountyFunding;
import org.edubalance.planning.funding.FundingPlanner;
import org.jspecify.annotations.Nullable;

/**
 * The effect of a policy change: the rural location factor swept over a range, every other amount of the policy kept,
 * and for each value the county's CV of the formula and its urban : rural and town : rural ratios (docs/planning/
 * funding.md, "Platform"). Each point is a whole {@link FundingPlanner} run, so the chart shows exactly what the page
 * would show with that factor, budget scaling included.
 *
 * @param from the first factor
 * @param step the step between factors
 * @param points one per factor, ascending
 */
record FundingSweep(BigDecimal from, BigDecimal step, List<Point> points) {
    /** More points than this make neither a readable chart nor a quick page. */
    static final int MAX_POINTS = 41;

    FundingSweep {
        points = List.copyOf(points);
    }

    /**
     * One factor's county figures.
     *
     * @param ruralFactor the rural location factor
     * @param cv the county CV of the formula's funds per student; null when undefined
     * @param urbanRatio urban : rural pooled funds per student; null when undefined
     * @param townRatio town : rural pooled funds per student; null when undefined
     */
    record Point(
            double ruralFactor,
            @Nullable Double cv,
            @Nullable Double urbanRatio,
            @Nullable Double townRatio) {}

    /**
     * Sweeps the rural factor of {@code policy} from {@code from} to {@code to} (inclusive, when a whole number of steps
     * reaches it) by {@code step} over one county's schools of {@code year}. The factors are counted in decimals, not
     * accumulated in doubles, so 1.0 + 10 × 0.05 is exactly 1.5.
     *
     * @throws IllegalArgumentException when the range is empty or reversed, the step not positive, a factor negative
     *     or the points more than {@value #MAX_POINTS}
     */
    static FundingSweep of(
            FundingPolicy policy, int year, List<SchoolYear> county, BigDecimal from, BigDecimal to, BigDecimal step) {
        if (step.signum() <= 0 || from.signum() < 0 || to.compareTo(from) < 0) {
            throw new IllegalArgumentException("The sweep needs 0 ≤ from ≤ to and a positive step");
        }
        int count = to.subtract(from).divideToIntegralValue(step).intValueExact() + 1;
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("The sweep has " + count + " points, at most " + MAX_POINTS);
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double factor = from.add(step.multiply(BigDecimal.valueOf(i))).doubleValue();
            FundingPlan plan = new FundingPlanner(withRuralFactor(policy, factor)).plan(year, county);
            if (plan.counties().isEmpty()) {
                points.add(new Point(factor, null, null, null));
                continue;
            }
            CountyFunding c = plan.counties().getFirst();
            points.add(new Point(
                    factor,
                    c.cvFormula(),
                    c.ratioFormula().get(Location.URBAN),
                    c.ratioFormula().get(Location.TOWN)));
        }
        return new FundingSweep(from, step, points);
    }

    /** {@code policy} with another rural factor, everything else as it is. */
    static FundingPolicy withRuralFactor(FundingPolicy policy, double factor) {
        Map<Location, Double> factors = new EnumMap<>(policy.locationFactor());
        factors.put(Location.RURAL, factor);
        return new FundingPolicy(
                policy.id(),
                policy.perStudent(),
                policy.boarderExtra(),
                policy.smallSchoolFloor(),
                policy.specialEducationPerStudent(),
                factors,
                policy.budget());
    }
}
