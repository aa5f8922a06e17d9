package org.edubalance.core.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * A county's figures for one indicator and segment.
 *
 * @param indicatorId the indicator
 * @param countyValue the pooled county value: {@code per × Σ numerators ÷ Σ students} (the enrolment-weighted mean)
 * @param cv the official enrolment-weighted coefficient of variation (差异系数, docs/standards.md §3.1), unrounded; NaN
 *     when not evaluable
 * @param unweightedCv the plain population CV, for comparison only (never used in a verdict)
 * @param cvLimit the limit a per-indicator pack tests this CV against; {@code null} under a composite pack
 * @param cvPass whether {@code cv ≤ cvLimit}; {@code null} under a composite pack
 * @param status whether the CV could be computed
 */
public record IndicatorStatistic(
        String indicatorId,
        double countyValue,
        double cv,
        double unweightedCv,
        @Nullable Double cvLimit,
        @Nullable Boolean cvPass,
        CvStatus status) {}
