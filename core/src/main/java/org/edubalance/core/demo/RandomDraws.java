package org.edubalance.core.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The random draws the demo generator needs, over one seeded {@link SplittableRandom} stream. */
final class RandomDraws {
    private final SplittableRandom random;

    RandomDraws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A well-spread seed for the stream of {@code salt} (a region code) under {@code seed} (SplitMix64 finaliser). */
    static long seedFor(long seed, long salt) {
        long z = seed + salt * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** An integer in {@code low..high}, both included. */
    int uniformInt(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double normal(double mean, double standardDeviation) {
        return mean + standardDeviation * random.nextGaussian();
    }

    /** A log-normal draw with the given median and log-scale spread: the right-skewed shape of per-student assets. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** {@code low + (high - low) * u^skew}: {@code skew > 1} crowds the draws towards {@code low}. */
    double skewed(double low, double high, double skew) {
        return low + (high - low) * Math.pow(random.nextDouble(), skew);
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
