package org.edubalance.planning;

import java.time.Duration;

/**
 * One progress report of a running solve, for a progress bar and a "best so far" line on the rotation page.
 *
 * @param phase what the solver is doing now, a short stable word ({@code model}, {@code solve}, {@code search},
 *     {@code bound}, {@code done}) the page translates
 * @param elapsed time since the solve started
 * @param timeLimit the solve's budget, so that {@code elapsed / timeLimit} is an honest upper share of the wait
 * @param incumbent the objective of the best plan found so far; {@code NaN} while none is known
 * @param bound the best proven lower bound so far; {@code NaN} while none is known
 */
public record SolveProgress(String phase, Duration elapsed, Duration timeLimit, double incumbent, double bound) {

    /** The share of the time budget spent, between 0 and 1. */
    public double timeShare() {
        if (timeLimit.isZero()) {
            return 1;
        }
        return Math.min(1, (double) elapsed.toMillis() / timeLimit.toMillis());
    }
}
