package org.edubalance.core.evaluation;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The scores of one school part, kept as its values alone: the indicator ids and the segment's standards are shared
 * by every part of the segment, and the ratio and the verdict are derived on reading, with the same arithmetic
 * {@link SchoolEvaluator} judges by, so every {@link IndicatorScore} read equals the one it would have stored.
 *
 * <p>Why: a nation-scale evaluation holds 250,000 school parts to the end; seven score objects and their list per
 * part were about 340 bytes each, 85 MB of live heap that each young collection copied. An array of seven values is
 * 72 bytes. Immutable: the values array is owned.
 */
final class IndicatorScores extends AbstractList<IndicatorScore> implements RandomAccess {
    private final String[] ids;
    private final double[] thresholds;
    private final double[] values;

    /** {@code ids} and {@code thresholds} are shared and never written; {@code values} is taken, not copied. */
    IndicatorScores(String[] ids, double[] thresholds, double[] values) {
        this.ids = ids;
        this.thresholds = thresholds;
        this.values = values;
    }

    /** The value of the {@code k}-th indicator, without making its score. */
    double value(int k) {
        return values[k];
    }

    @Override
    public IndicatorScore get(int k) {
        double threshold = thresholds[k];
        if (Double.isNaN(threshold)) {
            return new IndicatorScore(ids[k], values[k], Double.NaN, Double.NaN, false);
        }
        double ratio = values[k] / threshold;
        return new IndicatorScore(ids[k], values[k], threshold, ratio, SchoolEvaluator.meets(ratio));
    }

    @Override
    public int size() {
        return values.length;
    }
}
