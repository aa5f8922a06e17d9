package org.edubalance.statistics;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeded random samples for the property tests: county-like enrolments and non-negative indicator values, with
 * ties, exact zeros and the occasional weight-0 school mixed in. The same seed always gives the same sample.
 */
public final class RandomSamples {

    private static final String[] ZONES = {"城区", "镇区", "乡村"};

    private RandomSamples() {}

    /** The seeds every property test runs with. */
    public static LongStream seeds() {
        return LongStream.range(0, 24);
    }

    /**
     * A sample of 2 to 40 schools with non-negative values and enrolments in {@code [0, 2500]}; observations 0 and 1
     * have positive weight and different positive values, so the sample is never perfectly equal.
     */
    public static WeightedSample nonNegative(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(39);
        double[] values = new double[n];
        double[] weights = new double[n];
        values[0] = 100.0 + 1000.0 * random.nextDouble();
        values[1] = values[0] + 1.0 + 1000.0 * random.nextDouble();
        weights[0] = 1 + random.nextInt(2500);
        weights[1] = 1 + random.nextInt(2500);
        for (int i = 2; i < n; i++) {
            int kind = random.nextInt(10);
            values[i] = kind == 0 ? 0.0 : kind == 1 ? values[random.nextInt(i)] : 5000.0 * random.nextDouble();
            weights[i] = random.nextInt(12) == 0 ? 0.0 : 1 + random.nextInt(2500);
        }
        return WeightedSample.of(values, weights);
    }

    /** Like {@link #nonNegative} but with small integer weights in {@code [0, 6]}, for replication tests. */
    public static WeightedSample withSmallWeights(long seed) {
        WeightedSample sample = nonNegative(seed);
        double[] weights = sample.weights();
        SplittableRandom random = new SplittableRandom(~seed);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < 2 ? 1 + random.nextInt(6) : random.nextInt(7);
        }
        return WeightedSample.of(sample.values(), weights);
    }

    /** One random zone label (城区, 镇区, 乡村) per observation. */
    public static String[] zones(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = ZONES[random.nextInt(ZONES.length)];
        }
        return labels;
    }

    /** A uniform random permutation of {@code 0..n-1}. */
    public static int[] permutation(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[] order = LongStream.range(0, n).mapToInt(i -> (int) i).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** The sample with every observation of integer weight {@code k} repeated {@code k} times with weight 1. */
    public static WeightedSample replicated(WeightedSample sample) {
        int total = (int) sample.totalWeight();
        double[] values = new double[total];
        int next = 0;
        for (int i = 0; i < sample.size(); i++) {
            for (int copy = 0; copy < (int) sample.weight(i); copy++) {
                values[next++] = sample.value(i);
            }
        }
        return WeightedSample.unweighted(values);
    }

    /** The sample with every value multiplied by {@code factor}. */
    public static WeightedSample scaledValues(WeightedSample sample, double factor) {
        double[] values = sample.values();
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
        return WeightedSample.of(values, sample.weights());
    }

    /** The sample with every weight multiplied by {@code factor}. */
    public static WeightedSample scaledWeights(WeightedSample sample, double factor) {
        double[] weights = sample.weights();
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= factor;
        }
        return WeightedSample.of(sample.values(), weights);
    }

    /** The sample with its observations reordered: observation {@code k} of the result is {@code order[k]}. */
    public static WeightedSample permuted(WeightedSample sample, int[] order) {
        double[] values = new double[order.length];
        double[] weights = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            values[k] = sample.value(order[k]);
            weights[k] = sample.weight(order[k]);
        }
        return WeightedSample.of(values, weights);
    }
}
