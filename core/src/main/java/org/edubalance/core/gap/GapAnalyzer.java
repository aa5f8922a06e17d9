package org.edubalance.core.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edubalance.core.evaluation.SchoolEvaluation;
import org.edubalance.core.evaluation.SchoolEvaluator;
import org.edubalance.core.region.County;
import org.edubalance.core.school.Location;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.statistics.WeightedSample;
import org.edubalance.statistics.inequality.CoefficientOfVariation;
import org.edubalance.statistics.inequality.GiniCoefficient;
import org.edubalance.statistics.inequality.LeaveOneOut;
import org.edubalance.statistics.inequality.TheilIndex;

/**
 * Builds a county's {@link GapAnalysis} from its school evaluations.
 *
 * <p>Location values are pooled ({@code per × Σ numerators ÷ Σ students} within each location), the same way
 * the county value is. Theil T and Gini use school values weighted by enrolment. CV drivers are the schools
 * whose removal lowers the weighted CV most (leave-one-out).
 */
public final class GapAnalyzer {
    private static final int DRIVERS_PER_INDICATOR = 3;
    /** The group of schools without a township: a dash, as tables show an absent value, so it reads in any language. */
    private static final String NO_TOWNSHIP = "—";

    private final Standard standard;
    private final ShortfallCalculator shortfallCalculator;

    public GapAnalyzer(Standard standard) {
        this.standard = standard;
        this.shortfallCalculator = new ShortfallCalculator(standard);
    }

    /** The analysis of {@code county} from its in-scope school parts (any order). */
    public GapAnalysis analyze(County county, List<SchoolEvaluation> schools) {
        List<Shortfall> shortfalls = shortfallCalculator.shortfalls(schools);
        List<LocationComparison> locations = new ArrayList<>();
        List<TheilBreakdown> theil = new ArrayList<>();
        List<CvDriver> drivers = new ArrayList<>();
        List<Double> gini = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            List<SchoolEvaluation> parts =
                    schools.stream().filter(s -> s.segment() == segment).toList();
            if (parts.isEmpty()) {
                continue;
            }
            double[] weights = new double[parts.size()];
            String[] locationLabels = new String[parts.size()];
            String[] townLabels = new String[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                SchoolEvaluation s = parts.get(i);
                weights[i] = s.part().students();
                locationLabels[i] = s.school().location().name();
                String town = s.school().townName();
                townLabels[i] = town == null || town.isBlank() ? NO_TOWNSHIP : town;
            }
            for (int k = 0; k < standard.indicators().size(); k++) {
                IndicatorDefinition indicator = standard.indicators().get(k);
                double[] values = new double[parts.size()];
                for (int i = 0; i < parts.size(); i++) {
                    values[i] = parts.get(i).value(k);
                }
                WeightedSample sample = WeightedSample.of(values, weights);
                locations.add(locationComparison(segment, indicator, parts));
                theil.add(new TheilBreakdown(
                        segment, indicator.id(), "location", TheilIndex.INSTANCE.decompose(sample, locationLabels)));
                theil.add(new TheilBreakdown(
                        segment, indicator.id(), "township", TheilIndex.INSTANCE.decompose(sample, townLabels)));
                gini.add(GiniCoefficient.INSTANCE.evaluate(sample));
                drivers.addAll(drivers(segment, indicator, parts, sample));
            }
        }
        return new GapAnalysis(
                county, shortfalls, ShortfallCalculator.totals(shortfalls), locations, theil, drivers, gini);
    }

    private static LocationComparison locationComparison(
            Segment segment, IndicatorDefinition indicator, List<SchoolEvaluation> parts) {
        Map<Location, double[]> sums = new EnumMap<>(Location.class);
        for (SchoolEvaluation s : parts) {
            double[] sum = sums.computeIfAbsent(s.school().location(), l -> new double[2]);
            sum[0] += SchoolEvaluator.numerator(indicator, s.part());
            sum[1] += s.part().students();
        }
        Map<Location, Double> values = new EnumMap<>(Location.class);
        sums.forEach((location, sum) -> values.put(location, indicator.per() * sum[0] / sum[1]));
        return new LocationComparison(
                segment, indicator.id(), values, ratio(values, Location.URBAN), ratio(values, Location.TOWN));
    }

    private static double ratio(Map<Location, Double> values, Location location) {
        Double top = values.get(location);
        Double rural = values.get(Location.RURAL);
        if (top == null || rural == null || rural == 0) {
            return Double.NaN;
        }
        return top / rural;
    }

    private static List<CvDriver> drivers(
            Segment segment, IndicatorDefinition indicator, List<SchoolEvaluation> parts, WeightedSample sample) {
        if (parts.size() < 3) {
            return List.of();
        }
        double[] contributions = LeaveOneOut.contributions(CoefficientOfVariation.WEIGHTED, sample);
        List<CvDriver> all = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (contributions[i] > 0) {
                SchoolEvaluation s = parts.get(i);
                all.add(new CvDriver(
                        segment,
                        indicator.id(),
                        s.school().code(),
                        s.school().name(),
                        sample.value(i),
                        contributions[i]));
            }
        }
        all.sort(Comparator.comparingDouble(CvDriver::contribution).reversed());
        return all.subList(0, Math.min(DRIVERS_PER_INDICATOR, all.size()));
    }
}
