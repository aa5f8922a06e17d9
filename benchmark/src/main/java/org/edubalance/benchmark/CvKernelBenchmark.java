package org.edubalance.benchmark;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.edubalance.statistics.WeightedSample;
import org.edubalance.statistics.inequality.CoefficientOfVariation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The official weighted CV over one county's schools: the allocation-free kernel the evaluation calls, beside
 * the same measure through an immutable {@link WeightedSample} (which copies and validates its arrays).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CvKernelBenchmark {
    /** Schools in a segment: a small county, a large county, a whole province's segment pooled. */
    @Param({"60", "600", "7000"})
    int schools;

    double[] values;
    double[] weights;
    WeightedSample sample;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        values = new double[schools];
        weights = new double[schools];
        for (int i = 0; i < schools; i++) {
            weights[i] = 20 + random.nextInt(2_000);
            values[i] = 2 + random.nextDouble() * 6;
        }
        sample = WeightedSample.of(values, weights);
    }

    @Benchmark
    public double kernel() {
        return CoefficientOfVariation.weighted(values, weights, schools);
    }

    @Benchmark
    public double throughWeightedSample() {
        return CoefficientOfVariation.WEIGHTED.evaluate(WeightedSample.of(values, weights));
    }
}
