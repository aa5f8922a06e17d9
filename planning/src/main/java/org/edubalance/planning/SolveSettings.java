package org.edubalance.planning;

import java.time.Duration;

/**
 * How long a planner may search and how many threads it may use.
 *
 * @param timeLimit the wall-clock budget; the best plan found by then is returned with its proven gap
 * @param threads solver threads (the build machines have two cores)
 */
public record SolveSettings(Duration timeLimit, int threads) {
    public SolveSettings {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit is positive, got " + timeLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread, got " + threads);
        }
    }

    /** {@code seconds} of search on all available cores. */
    public static SolveSettings seconds(long seconds) {
        return new SolveSettings(
                Duration.ofSeconds(seconds), Runtime.getRuntime().availableProcessors());
    }
}
