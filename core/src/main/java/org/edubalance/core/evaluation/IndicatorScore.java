package org.edubalance.core.evaluation;

/**
 * One school segment's value on one indicator, judged against the pack's standard.
 *
 * @param indicatorId the indicator
 * @param value {@code per × numerator ÷ students}, in the indicator's unit
 * @param threshold the standard for the segment, or NaN when the pack sets none (2012)
 * @param ratio value ÷ threshold (NaN without a threshold)
 * @param met whether value ≥ threshold (false without a threshold)
 */
public record IndicatorScore(String indicatorId, double value, double threshold, double ratio, boolean met) {

    public boolean hasThreshold() {
        return !Double.isNaN(threshold);
    }
}
