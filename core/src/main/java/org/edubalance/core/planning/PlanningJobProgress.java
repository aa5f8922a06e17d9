package org.edubalance.core.planning;

/**
 * The last progress report of a running job.
 *
 * @param phase the solver's phase word ({@code model}, {@code solve}, {@code done}, …)
 * @param timeShare share of the time limit spent, 0 to 1
 * @param incumbent objective of the best plan so far; NaN while none is known
 * @param bound best proven lower bound so far; NaN while none is known
 */
public record PlanningJobProgress(String phase, double timeShare, double incumbent, double bound) {
    /** Before the first report. */
    public static final PlanningJobProgress NONE = new PlanningJobProgress("queued", 0, Double.NaN, Double.NaN);
}
