package org.edubalance.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.school.Segment;
import org.edubalance.core.standard.CvMode;
import org.edubalance.core.standard.CvRule;
import org.edubalance.core.standard.IndicatorDefinition;
import org.edubalance.core.standard.Standard;
import org.edubalance.statistics.inequality.CoefficientOfVariation;
import org.jspecify.annotations.Nullable;

/**
 * A county's statistics for one segment: pooled value and coefficient of variation per indicator, the
 * composite CV, compliant-school count and the segment's resource pass (docs/standards.md §1.3.2–§1.3.3, §2.4,
 * §3.1).
 *
 * <p>CV: {@code x_i = per · X_i / P_i}, weights {@code P_i}, {@code x̄ = per · ΣX_i / ΣP_i},
 * {@code S = sqrt(Σ (P_i/P)(x_i − x̄)²)}, {@code CV = S / x̄}. A zero county value makes the CV NaN ("not
 * evaluable", never a pass); one school gives 0, flagged {@link CvStatus#SINGLE_SCHOOL}. The composite is the
 * mean of the unrounded CVs; it is NaN when any CV is.
 */
public final class SegmentStatisticsCalculator {
    private final Standard standard;

    public SegmentStatisticsCalculator(Standard standard) {
        this.standard = standard;
    }

    /** The segment's result over {@code schools} (all parts of this segment, in scope, with students). */
    public SegmentEvaluation evaluate(Segment segment, List<SchoolEvaluation> schools) {
        int n = schools.size();
        double[] weights = new double[n];
        long students = 0;
        for (int i = 0; i < n; i++) {
            int p = schools.get(i).part().students();
            weights[i] = p;
            students += p;
        }
        CvRule cvRule = standard.cv();
        boolean perIndicator = cvRule.mode() == CvMode.PER_INDICATOR;
        List<IndicatorStatistic> statistics = new ArrayList<>();
        List<Finding> reasons = new ArrayList<>();
        double[] values = new double[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        double cvSum = 0;
        List<IndicatorDefinition> indicators = standard.indicators();
        for (int k = 0; k < indicators.size(); k++) {
            IndicatorDefinition indicator = indicators.get(k);
            double numeratorSum = 0;
            for (int i = 0; i < n; i++) {
                SchoolEvaluation s = schools.get(i);
                values[i] = s.value(k);
                numeratorSum += SchoolEvaluator.numerator(indicator, s.part());
            }
            double countyValue = students == 0 ? Double.NaN : indicator.per() * numeratorSum / students;
            double cv = CoefficientOfVariation.weighted(values, weights, n);
            double unweighted = CoefficientOfVariation.weighted(values, ones, n);
            CvStatus status =
                    Double.isNaN(cv) ? CvStatus.NOT_EVALUABLE : n == 1 ? CvStatus.SINGLE_SCHOOL : CvStatus.EVALUATED;
            @Nullable Double limit = null;
            @Nullable Boolean pass = null;
            if (perIndicator) {
                limit = cvRule.limit(segment);
                pass = cvRule.passes(cv, segment);
                if (!pass) {
                    reasons.add(
                            status == CvStatus.NOT_EVALUABLE
                                    ? Finding.of(FindingCode.CV_NOT_EVALUABLE, "indicator", indicator.id())
                                    : Finding.of(
                                            FindingCode.CV_OVER_LIMIT,
                                            "indicator",
                                            indicator.id(),
                                            "cv",
                                            cv,
                                            "limit",
                                            limit));
                }
            }
            cvSum += cv;
            statistics.add(new IndicatorStatistic(indicator.id(), countyValue, cv, unweighted, limit, pass, status));
        }
        double composite = cvSum / indicators.size();
        Double compositeLimit = perIndicator ? null : cvRule.limit(segment);
        if (!perIndicator && !cvRule.passes(composite, segment)) {
            reasons.add(Finding.of(FindingCode.COMPOSITE_CV_OVER_LIMIT, "cv", composite, "limit", compositeLimit));
        }
        int compliant = 0;
        int judged = 0;
        for (SchoolEvaluation s : schools) {
            if (s.compliant() != null) {
                judged++;
                compliant += s.compliant() ? 1 : 0;
            }
        }
        if (judged > compliant) {
            reasons.add(
                    Finding.of(FindingCode.SCHOOLS_MISS_SCHOOL_RULE, "failing", judged - compliant, "judged", judged));
        }
        if (n == 0) {
            reasons.add(Finding.of(FindingCode.NO_SCHOOL_IN_SEGMENT));
        }
        return new SegmentEvaluation(
                segment, n, students, statistics, composite, compositeLimit, compliant, reasons.isEmpty(), reasons);
    }
}
