package org.edubalance.planning;

import org.jspecify.annotations.Nullable;

/**
 * How a planner's solve ended and how good its plan provably is, the same six figures for every planner. Numbers that
 * are not known (no plan, no bound) are {@code null}, as JSON has no NaN.
 *
 * @param status how the solve ended
 * @param objective the plan's objective value (lower is better), or {@code null} without a plan
 * @param bound the best proven lower bound on any plan's objective, or {@code null} when none was proven
 * @param gap the relative gap {@code (objective − bound) / |objective|}: 0 when proven best, {@code null} without a
 *     plan or a bound
 * @param solver the solver (and method) that produced the plan
 * @param seconds how long the solve took, in seconds (to the millisecond)
 */
public record PlanningOutcome(
        PlanningStatus status,
        @Nullable Double objective,
        @Nullable Double bound,
        @Nullable Double gap,
        String solver,
        double seconds) {

    /** The outcome of a solve that ended with {@code status}; NaN figures read as unknown. */
    public static PlanningOutcome of(
            PlanningStatus status, double objective, double bound, String solver, java.time.Duration elapsed) {
        return new PlanningOutcome(
                status,
                known(objective),
                known(bound),
                known(gap(objective, bound)),
                solver,
                elapsed.toMillis() / 1000.0);
    }

    /** {@code (objective − bound) / |objective|}, never below 0; NaN when either is unknown. */
    public static double gap(double objective, double bound) {
        if (Double.isNaN(objective) || Double.isNaN(bound)) {
            return Double.NaN;
        }
        return Math.max(0, (objective - bound) / Math.max(Math.abs(objective), 1e-9));
    }

    private static @Nullable Double known(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
